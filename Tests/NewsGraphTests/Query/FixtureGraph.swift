@testable import NewsGraph

/// Builds a small KnowledgeGraph by hand, the way the builder would: nodes, holds and
/// attended edges with one observation per sentence, places with their parents.
struct FixtureGraph {
    private var nodes: [String: Node] = [:]
    private var edges: [String: Edge] = [:]

    var graph: KnowledgeGraph {
        KnowledgeGraph(
            nodes: nodes.values.sorted { $0.id < $1.id },
            edges: edges.values.sorted { $0.id < $1.id })
    }

    /// Places from the top down (`["浙江省", "嘉兴市", "桐乡市"]`); returns the last one's id.
    @discardableResult
    mutating func place(_ path: [String], level: String = "county") -> String {
        var parent: String?
        var id = ""
        for (i, name) in path.enumerated() {
            id = "place:" + path[...i].joined(separator: "/")
            if nodes[id] == nil {
                nodes[id] = Node(id: id, type: .place, label: name, properties: ["name": name, "level": level])
            }
            if let parent { link(.locatedIn, id, parent) }
            parent = id
        }
        return id
    }

    /// The Article node of `article`, with the paper's city when given; returns its id.
    @discardableResult
    mutating func article(_ article: FixtureArticle, city: String? = nil) -> String {
        let id = "article:\(article.id)"
        var props = ["id": article.id, "file": article.file, "index": String(article.index)]
        props["city"] = city
        props["date"] = article.date?.edtf
        nodes[id] = Node(id: id, type: .article, label: article.id, properties: props)
        return id
    }

    /// The article names a place in the sentence holding `phrase` (a `mentions` edge).
    mutating func mentions(_ article: FixtureArticle, place: String, phrase: String) {
        let ev = article.evidence(phrase, rule: "gazetteer")
        link(.mentions, "article:\(article.id)", place, evidence: ev, date: article.date)
    }

    /// A person known at a place; returns `person:NAME@PLACE`.
    @discardableResult
    mutating func person(_ name: String, at place: String) -> String {
        let id = "person:\(name)@\(place)"
        if nodes[id] == nil { nodes[id] = Node(id: id, type: .person, label: name, properties: ["name": name]) }
        return id
    }

    /// One sentence saying `person` holds an office.
    mutating func holds(
        _ person: String, _ resolvedTitle: String, role: String, jurisdiction: String?, organization: String? = nil,
        written: String, former: Bool = false, in article: FixtureArticle, phrase: String, occurrence: Int = 0
    ) {
        let positionID = "position:\(resolvedTitle)"
        if nodes[positionID] == nil {
            var props = ["title": resolvedTitle, "role": role]
            if let jurisdiction { props["jurisdiction"] = jurisdiction }
            if let organization { props["organization"] = organization }
            nodes[positionID] = Node(id: positionID, type: .position, label: resolvedTitle, properties: props)
        }
        let ev = article.evidence(phrase, occurrence: occurrence, rule: "office-chain")
        let obs = Observation(date: article.date, title: written, former: former, evidence: ev)
        var edge = link(.holds, person, positionID, evidence: ev, date: article.date, observation: obs)
        let forms = Set(edge.observations.compactMap(\.title)).sorted()
        edge.properties["title"] = forms.joined(separator: "；")
        edge.properties["resolvedTitle"] = resolvedTitle
        edge.properties["former"] = edge.observations.last?.former == true ? "true" : "false"
        edges[edge.id] = edge
        addEvidence(person, ev, date: article.date)
    }

    /// An event announced in an article; returns its id.
    @discardableResult
    mutating func event(
        _ name: String, noun: String, place: String?, placeID: String?, in article: FixtureArticle, phrase: String
    ) -> String {
        let id = "event:\(name)@\(article.date?.edtf ?? "undated")"
        var props = ["name": name, "noun": noun]
        if let d = article.date { props["date"] = d.edtf }
        if let place { props["place"] = place }
        let ev = article.evidence(phrase, rule: "event")
        nodes[id] = Node(
            id: id, type: .event, label: name, properties: props, dates: article.date.map { [$0] } ?? [], evidence: [ev])
        if let placeID { link(.heldIn, id, placeID) }
        return id
    }

    /// One sentence saying `person` took part in `event` in `role`.
    mutating func attended(_ person: String, _ event: String, role: AttendanceRole, in article: FixtureArticle, phrase: String) {
        let ev = article.evidence(phrase, rule: "attendance")
        let obs = Observation(date: article.date, role: role.rawValue, evidence: ev)
        var edge = link(.attended, person, event, evidence: ev, date: article.date, observation: obs)
        edge.properties["role"] = Set(edge.observations.compactMap(\.role)).sorted().joined(separator: ",")
        edges[edge.id] = edge
        addEvidence(person, ev, date: article.date)
    }

    @discardableResult
    private mutating func link(
        _ type: EdgeType, _ source: String, _ target: String, evidence: Evidence? = nil, date: PartialDate? = nil,
        observation: Observation? = nil
    ) -> Edge {
        let id = "\(type.rawValue):\(source)->\(target)"
        var edge = edges[id] ?? Edge(id: id, type: type, source: source, target: target)
        if let evidence { edge.evidence = Array(Set(edge.evidence + [evidence])).sorted() }
        if let date { edge.dates = Array(Set(edge.dates + [date])).sorted() }
        if let observation { edge.observations = (edge.observations + [observation]).sorted() }
        edges[id] = edge
        return edge
    }

    private mutating func addEvidence(_ id: String, _ ev: Evidence, date: PartialDate?) {
        guard var n = nodes[id] else { return }
        n.evidence = Array(Set(n.evidence + [ev])).sorted()
        if let date { n.dates = Array(Set(n.dates + [date])).sorted() }
        nodes[id] = n
    }
}
