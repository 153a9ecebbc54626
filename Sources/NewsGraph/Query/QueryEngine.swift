import Foundation

/// Answers the users' questions over one graph: who attended which event, which offices a
/// person held when, who held an office, and how big the graph is.
///
/// Every answer carries the evidence it rests on. A person named by a name several
/// Person nodes share is never guessed: the answer is the list of candidates, and a
/// node id picks one of them. The engine is read-only and builds its lookups once.
public struct QueryEngine: Sendable {
    let index: GraphIndex

    public init(graph: KnowledgeGraph) {
        index = GraphIndex(graph)
    }

    /// People a query names: the node with that id, else those with exactly that name,
    /// else those whose name contains it. Sorted by name, then id.
    func matchPeople(_ query: String) -> [Node] {
        if let n = index.node(query), n.type == .person { return [n] }
        let people = index.nodes(of: .person)
        let exact = people.filter { GraphIndex.name(of: $0) == query || $0.label == query }
        let found = exact.isEmpty ? people.filter { GraphIndex.name(of: $0).contains(query) } : exact
        return found.sorted { (GraphIndex.name(of: $0), $0.id) < (GraphIndex.name(of: $1), $1.id) }
    }

    /// Resolves a person query to one node and answers about it, or lists the candidates.
    func resolvePerson<Answer: Sendable>(_ query: String, _ answer: (Node) -> Answer) -> PersonResolution<Answer> {
        let matches = matchPeople(query)
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(answer(matches[0]))
        default: return .ambiguous(matches.map(candidate(for:)))
        }
    }

    /// What tells one person apart from namesakes: offices, places, article count.
    public func candidate(for person: Node) -> PersonCandidate {
        let histories = officeHistories(of: person.id)
        var places = Set(histories.compactMap(\.jurisdiction))
        if let anchor = person.properties["jurisdiction"] ?? Self.anchor(ofPersonID: person.id) { places.insert(anchor) }
        return PersonCandidate(
            id: person.id, name: GraphIndex.name(of: person),
            offices: Array(Set(histories.map(\.resolvedTitle))).sorted(), places: places.sorted(),
            articles: articleCount(of: person))
    }

    /// The place (or organisation, or file) a person id is anchored to: the part after `@`,
    /// last path component, unescaped (`person:李明@山西省/吕梁市/汾阳市` → `汾阳市`).
    static func anchor(ofPersonID id: String) -> String? {
        guard let at = id.range(of: "@", options: .backwards) else { return nil }
        var tail = String(id[at.upperBound...])
        for prefix in ["org:", "page:"] where tail.hasPrefix(prefix) { tail.removeFirst(prefix.count) }
        guard let last = tail.split(separator: "/").last else { return nil }
        let part = String(last)
        return part.removingPercentEncoding ?? part
    }

    /// Distinct articles citing the person or any relation of theirs.
    func articleCount(of person: Node) -> Int {
        var articles = Set(person.evidence.map(\.article))
        for e in index.outgoing[person.id] ?? [] { for ev in e.evidence { articles.insert(ev.article) } }
        return articles.count
    }

    /// A sort key that puts unknown dates last and partial dates near their full neighbours.
    static func sortKey(_ d: PartialDate?) -> PartialDate { d ?? PartialDate(year: Int.max) }
}
