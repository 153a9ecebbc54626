@testable import NewsGraph

/// A small hand-built graph for the report tests: one city, several people per office,
/// full, month-only, year-unknown and missing dates, a former office, an event with
/// attendees, and a person and sentence written to break out of HTML and JSON.
struct ReportFixture {
    /// Nodes and edges by id while building.
    private var nodes: [String: Node] = [:]
    private var edges: [String: Edge] = [:]

    static let hostileName = "<script>alert(1)</script>"
    static let hostileTitle = "\"&</script>主任"
    static let hostileSentence = "会上，\"&\"<script>alert(1)</script>主任</script><img src=x onerror=alert(2)>讲话。"

    var graph: KnowledgeGraph {
        KnowledgeGraph(nodes: nodes.values.sorted { $0.id < $1.id }, edges: edges.values.sorted { $0.id < $1.id })
    }

    /// Evidence from a sentence with its mention marked `⟦…⟧`; offsets are UTF-8 bytes from `base`.
    static func evidence(_ marked: String, file: String, article: String, base: Int, rule: String) -> Evidence {
        let open = marked.range(of: "⟦")!
        let close = marked.range(of: "⟧")!
        let before = marked[..<open.lowerBound].utf8.count
        let inside = marked[open.upperBound..<close.lowerBound].utf8.count
        let sentence = marked.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "")
        return Evidence(
            file: file, article: article, span: Span(start: base + before, end: base + before + inside),
            sentence: sentence, rule: rule)
    }

    /// The standard fixture.
    static func standard() -> ReportFixture {
        var f = ReportFixture()
        let march = PartialDate(year: 2024, month: 3, day: 5)
        let june = PartialDate(year: 2024, month: 6)
        let december = PartialDate(month: 12, day: 9)
        let mayor = f.position("临河市市长", role: "市长", organization: "临河市人民政府")
        let deputy = f.position("临河市副市长", role: "副市长", organization: "临河市人民政府")
        let secretary = f.position("临河市委书记", role: "书记", organization: "中共临河市委员会")
        let odd = f.position(hostileTitle, role: "主任", organization: "临河市&办公室")

        let wang = f.person("王建国")
        let zhao = f.person("赵丽华")
        let chen = f.person("陈志远")
        let ouyang = f.person("欧阳明")
        let hostile = f.person(hostileName)

        f.holds(wang, mayor, "市长", march, "临河市委副书记、⟦市长王建国⟧出席会议并讲话。", file: "a.txt", article: "a.txt#1", base: 100)
        f.holds(wang, mayor, "市长", december, "⟦市长王建国⟧在调研时强调，要抓好冬季安全生产。", file: "b.txt", article: "b.txt#1", base: 40)
        f.holds(zhao, deputy, "副市长", march, "⟦副市长赵丽华⟧主持会议。", file: "a.txt", article: "a.txt#1", base: 400)
        f.holds(zhao, mayor, "市长", june, "⟦市长赵丽华⟧带队检查防汛工作。", file: "c.txt", article: "c.txt#2", base: 900)
        f.holds(
            chen, deputy, "原副市长", december, "临河市人民政府⟦原副市长陈志远⟧出席活动。", file: "b.txt", article: "b.txt#1", base: 300,
            former: true)
        f.holds(chen, secretary, "市委书记", nil, "⟦市委书记陈志远⟧到会指导。", file: "d.txt", article: "d.txt#1", base: 12)
        f.holds(
            hostile, odd, hostileTitle, march,
            "会上，\"&\"⟦<script>alert(1)</script>⟧主任</script><img src=x onerror=alert(2)>讲话。", file: "a.txt",
            article: "a.txt#1", base: 700)

        let event = f.event(
            "招商推介会", noun: "推介会", date: march, place: "临河市", "3月5日，临河市⟦招商推介会⟧召开。", file: "a.txt", article: "a.txt#1",
            base: 20)
        f.attended(wang, event, "attended", march, "⟦市长王建国⟧出席会议并讲话。", file: "a.txt", article: "a.txt#1", base: 100)
        f.attended(wang, event, "spoke", march, "⟦王建国⟧强调，要优化营商环境。", file: "a.txt", article: "a.txt#1", base: 200)
        f.attended(zhao, event, "presided", march, "⟦副市长赵丽华⟧主持会议。", file: "a.txt", article: "a.txt#1", base: 400)
        f.attended(ouyang, event, "attended", march, "企业家代表⟦欧阳明⟧参加推介会。", file: "a.txt", article: "a.txt#1", base: 500)
        return f
    }

    /// Findings as the auditor would report them on this graph.
    static func findings() -> [ReportFinding] {
        [
            ReportFinding(
                kind: "conflict", date: PartialDate(year: 2024, month: 6),
                people: [.init(id: "person:王建国@临河市", name: "王建国"), .init(id: "person:赵丽华@临河市", name: "赵丽华")],
                offices: ["临河市市长"], summary: "临河市市长: 王建国 and 赵丽华 on 2024-06",
                evidence: [
                    evidence("⟦市长赵丽华⟧带队检查防汛工作。", file: "c.txt", article: "c.txt#2", base: 900, rule: "office-chain")
                ]),
            ReportFinding(
                kind: "former-office", date: PartialDate(month: 12, day: 9),
                people: [.init(id: "person:\(hostileName)@临河市", name: hostileName)],
                offices: [hostileTitle], summary: "\(hostileName) was \(hostileTitle) </script>",
                evidence: [
                    evidence(
                        hostileSentence.replacingOccurrences(
                            of: "<script>alert(1)</script>", with: "⟦<script>alert(1)</script>⟧"), file: "a.txt",
                        article: "a.txt#1", base: 700, rule: "office-chain")
                ]),
        ]
    }

    private mutating func position(_ title: String, role: String, organization: String) -> String {
        let id = "position:\(title)"
        nodes[id] = Node(
            id: id, type: .position, label: title,
            properties: ["title": title, "role": role, "organization": organization, "jurisdiction": "临河市"])
        return id
    }

    private mutating func person(_ name: String) -> String {
        let id = "person:\(name)@临河市"
        nodes[id] = Node(id: id, type: .person, label: name, properties: ["name": name])
        return id
    }

    private mutating func event(
        _ name: String, noun: String, date: PartialDate, place: String, _ marked: String, file: String, article: String,
        base: Int
    ) -> String {
        let id = "event:\(name)@\(date.edtf)"
        let ev = Self.evidence(marked, file: file, article: article, base: base, rule: "event")
        nodes[id] = Node(
            id: id, type: .event, label: name,
            properties: ["name": name, "noun": noun, "date": date.edtf, "place": place], dates: [date], evidence: [ev])
        return id
    }

    private mutating func holds(
        _ person: String, _ position: String, _ written: String, _ date: PartialDate?, _ marked: String,
        file: String, article: String, base: Int, former: Bool = false
    ) {
        let ev = Self.evidence(marked, file: file, article: article, base: base, rule: "office-chain")
        let obs = Observation(date: date, title: written, former: former, evidence: ev)
        var edge = link(.holds, person, position, ev, date, obs)
        edge.properties["title"] = Set(edge.observations.compactMap(\.title)).sorted().joined(separator: "；")
        edge.properties["resolvedTitle"] = nodes[position]!.label
        edge.properties["former"] = former ? "true" : "false"
        edges[edge.id] = edge
        addEvidence(person, ev, date)
    }

    private mutating func attended(
        _ person: String, _ event: String, _ role: String, _ date: PartialDate, _ marked: String, file: String,
        article: String, base: Int
    ) {
        let ev = Self.evidence(marked, file: file, article: article, base: base, rule: "attendance")
        var edge = link(.attended, person, event, ev, date, Observation(date: date, role: role, evidence: ev))
        edge.properties["role"] = Set(edge.observations.compactMap(\.role)).sorted().joined(separator: ",")
        edges[edge.id] = edge
        addEvidence(person, ev, date)
    }

    private mutating func link(
        _ type: EdgeType, _ s: String, _ t: String, _ ev: Evidence, _ date: PartialDate?, _ obs: Observation
    ) -> Edge {
        let id = "\(type.rawValue):\(s)->\(t)"
        var edge = edges[id] ?? Edge(id: id, type: type, source: s, target: t)
        edge.evidence = Array(Set(edge.evidence + [ev])).sorted()
        if let date { edge.dates = Array(Set(edge.dates + [date])).sorted() }
        edge.observations = (edge.observations + [obs]).sorted()
        edges[id] = edge
        return edge
    }

    private mutating func addEvidence(_ id: String, _ ev: Evidence, _ date: PartialDate?) {
        nodes[id]!.evidence = Array(Set(nodes[id]!.evidence + [ev])).sorted()
        if let date { nodes[id]!.dates = Array(Set(nodes[id]!.dates + [date])).sorted() }
    }
}
