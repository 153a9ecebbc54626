@testable import NewsGraph

/// Small hand-built graphs for the exporter tests: real-looking Chinese content,
/// partial dates, a former office, several observations per edge, and a graph of
/// hostile names.
enum ExportTestGraphs {
    static let file = "seeds/page.txt"

    static func ev(_ article: Int, _ start: Int, _ len: Int, _ sentence: String, _ rule: String) -> Evidence {
        Evidence(
            file: file, article: "\(file)#\(article)", span: Span(start: start, end: start + len), sentence: sentence, rule: rule)
    }

    static func date(_ s: String) -> PartialDate { PartialDate(edtf: s)! }

    /// Two people, two offices (one former), a county, a city, an organisation, an event, an article.
    static func small() -> KnowledgeGraph {
        let s1 = "12月9日，汾阳市委副书记、市长贾永祥出席推进会并讲话。"
        let s2 = "2024年12月，市长贾永祥主持召开约谈会。"
        let s3 = "杭州市人民政府原副市长、杭州市旅游协会会长王宏致辞。"
        let s4 = "2024年，贾永祥任汾阳市市长。"
        let e1 = ev(1, 120, 9, s1, "office-chain")
        let e2 = ev(2, 880, 9, s2, "office-chain")
        let e3 = ev(3, 40, 6, s3, "office-chain")
        let e4 = ev(1, 150, 9, s1, "attendance-verb")
        let e5 = ev(4, 10, 9, s4, "office-chain")
        let nodes = [
            Node(
                id: "article:seeds/page.txt#1", type: .article, label: "汾阳市召开现场观摩推进会",
                properties: [
                    "file": file, "index": "1", "headline": "汾阳市召开现场观摩推进会", "date": "2024-12-10", "id": "seeds/page.txt#1",
                ],
                dates: [date("2024-12-10")], evidence: [e1]),
            Node(
                id: "event:推进会@XXXX-12-09", type: .event, label: "现场观摩推进会",
                properties: ["name": "现场观摩推进会", "noun": "推进会", "date": "XXXX-12-09", "place": "汾阳市"],
                dates: [date("XXXX-12-09")], evidence: [e4]),
            Node(
                id: "event:约谈会@2024-12-03", type: .event, label: "社会消费品零售额完成情况约谈会",
                properties: ["name": "社会消费品零售额完成情况约谈会", "noun": "约谈会", "date": "2024-12-03"],
                dates: [date("2024-12-03")], evidence: [e2]),
            Node(
                id: "organization:杭州市旅游协会", type: .organization, label: "杭州市旅游协会",
                properties: ["name": "杭州市旅游协会", "jurisdiction": "杭州市"], evidence: [e3]),
            Node(
                id: "person:罗丽@page:seeds%2Fpage.txt", type: .person, label: "罗丽", properties: ["name": "罗丽"],
                evidence: [ev(1, 60, 6, "□ 本报记者 罗丽", "byline")]),
            Node(id: "person:王宏@杭州市", type: .person, label: "王宏", properties: ["name": "王宏"], evidence: [e3]),
            Node(id: "person:贾永祥@汾阳市", type: .person, label: "贾永祥", properties: ["name": "贾永祥"], evidence: [e1, e2, e5]),
            Node(
                id: "place:山西省/吕梁市", type: .place, label: "吕梁市",
                properties: ["name": "吕梁市", "level": "prefecture", "code": "141100"]),
            Node(
                id: "place:山西省/吕梁市/汾阳市", type: .place, label: "汾阳市",
                properties: ["name": "汾阳市", "level": "county", "code": "141182"],
                evidence: [e1]),
            Node(
                id: "position:杭州市人民政府副市长", type: .position, label: "杭州市人民政府副市长",
                properties: ["title": "杭州市人民政府副市长", "role": "副市长", "jurisdiction": "杭州市"], evidence: [e3]),
            Node(
                id: "position:杭州市旅游协会会长", type: .position, label: "杭州市旅游协会会长",
                properties: ["title": "杭州市旅游协会会长", "role": "会长", "organization": "杭州市旅游协会"], evidence: [e3]),
            Node(
                id: "position:汾阳市市长", type: .position, label: "汾阳市市长",
                properties: ["title": "汾阳市市长", "role": "市长", "jurisdiction": "汾阳市"], evidence: [e1, e2]),
        ]
        let edges = [
            Edge(
                id: "attended:person:贾永祥@汾阳市->event:推进会@XXXX-12-09", type: .attended,
                source: "person:贾永祥@汾阳市", target: "event:推进会@XXXX-12-09", properties: ["role": "attendee,speaker"],
                dates: [date("XXXX-12-09")], evidence: [e4],
                observations: [
                    Observation(date: date("XXXX-12-09"), role: "attendee", evidence: e4),
                    Observation(date: date("XXXX-12-09"), role: "speaker", evidence: e4),
                ]),
            Edge(
                id: "attended:person:贾永祥@汾阳市->event:约谈会@2024-12-03", type: .attended,
                source: "person:贾永祥@汾阳市", target: "event:约谈会@2024-12-03", properties: ["role": "host"],
                dates: [date("2024-12-03")], evidence: [e2],
                observations: [Observation(date: date("2024-12-03"), role: "host", evidence: e2)]),
            Edge(
                id: "authored:person:罗丽@page:seeds%2Fpage.txt->article:seeds/page.txt#1", type: .authored,
                source: "person:罗丽@page:seeds%2Fpage.txt", target: "article:seeds/page.txt#1", properties: ["role": "reporter"],
                evidence: [ev(1, 60, 6, "□ 本报记者 罗丽", "byline")],
                observations: [Observation(date: nil, role: "reporter", evidence: ev(1, 60, 6, "□ 本报记者 罗丽", "byline"))]),
            Edge(
                id: "heldIn:event:推进会@XXXX-12-09->place:山西省/吕梁市/汾阳市", type: .heldIn,
                source: "event:推进会@XXXX-12-09", target: "place:山西省/吕梁市/汾阳市", evidence: [e1]),
            Edge(
                id: "holds:person:王宏@杭州市->position:杭州市人民政府副市长", type: .holds,
                source: "person:王宏@杭州市", target: "position:杭州市人民政府副市长",
                properties: ["title": "原副市长", "resolvedTitle": "杭州市人民政府副市长", "former": "true"],
                dates: [date("2024-12-06")], evidence: [e3],
                observations: [Observation(date: date("2024-12-06"), title: "原副市长", former: true, evidence: e3)]),
            Edge(
                id: "holds:person:王宏@杭州市->position:杭州市旅游协会会长", type: .holds,
                source: "person:王宏@杭州市", target: "position:杭州市旅游协会会长",
                properties: ["title": "会长", "resolvedTitle": "杭州市旅游协会会长", "former": "false"],
                dates: [date("2024-12-06")], evidence: [e3],
                observations: [Observation(date: date("2024-12-06"), title: "会长", evidence: e3)]),
            Edge(
                id: "holds:person:贾永祥@汾阳市->position:汾阳市市长", type: .holds,
                source: "person:贾永祥@汾阳市", target: "position:汾阳市市长",
                properties: ["title": "市长", "resolvedTitle": "汾阳市市长", "former": "false"],
                dates: [date("2024-12-03"), date("2024-12"), date("2024"), date("XXXX-12-09")], evidence: [e1, e2, e5],
                observations: [
                    Observation(date: date("2024-12-03"), title: "市长", evidence: e2),
                    Observation(date: date("2024-12"), title: "市长", evidence: e2),
                    Observation(date: date("2024"), title: "市长", evidence: e5),
                    Observation(date: date("XXXX-12-09"), title: "市长", evidence: e1),
                ]),
            Edge(
                id: "locatedIn:place:山西省/吕梁市/汾阳市->place:山西省/吕梁市", type: .locatedIn,
                source: "place:山西省/吕梁市/汾阳市", target: "place:山西省/吕梁市"),
            Edge(
                id: "mentions:article:seeds/page.txt#1->person:贾永祥@汾阳市", type: .mentions,
                source: "article:seeds/page.txt#1", target: "person:贾永祥@汾阳市", evidence: [e1]),
            Edge(
                id: "partOf:position:杭州市旅游协会会长->organization:杭州市旅游协会", type: .partOf,
                source: "position:杭州市旅游协会会长", target: "organization:杭州市旅游协会", evidence: [e3]),
        ]
        return KnowledgeGraph(nodes: nodes.sorted { $0.id < $1.id }, edges: edges.sorted { $0.id < $1.id })
    }

    /// Names that break naive writers: markup, quotes, CDATA ends, control characters, formulas.
    static let hostileLabels = [
        "<script>alert(1)</script>",
        "Tom & Jerry \"Ltd\" 'quoted'",
        "x]]>y",
        "bell\u{07}null\u{00}esc\u{1B}",
        "=cmd|' /C calc'!A0",
        "+1-2@3",
        "-leading minus",
        "@at sign",
        "tab\tnew\nline\rcr",
        "  spaced  out  ",
        "'already quoted",
        "王宏, \"会长\"",
        "non\u{FFFE}char\u{FFFF}s",
        "a,b;c",
    ]

    /// One person per hostile label (ids built from the label too), each attending one hostile event.
    static func hostile() -> KnowledgeGraph {
        let eventId = "event:<会议> & \"座谈\"@2024-12-09"
        var nodes = [
            Node(
                id: eventId, type: .event, label: "<会议> & \"座谈\" ]]> \u{0C}",
                properties: ["date": "2024-12-09", "noun": "座谈会"], dates: [date("2024-12-09")])
        ]
        var edges: [Edge] = []
        for (i, label) in hostileLabels.enumerated() {
            let id = "person:\(label)@#\(i)"
            let e = ev(i + 1, i * 10, 6, "“\(label)”出席会议。", "attendance-verb")
            nodes.append(Node(id: id, type: .person, label: label, properties: ["name": label], evidence: [e]))
            edges.append(
                Edge(
                    id: "attended:\(id)->\(eventId)", type: .attended, source: id, target: eventId,
                    properties: ["role": label], dates: [date("2024-12-09")], evidence: [e],
                    observations: [Observation(date: date("2024-12-09"), role: label, evidence: e)]))
        }
        return KnowledgeGraph(nodes: nodes.sorted { $0.id < $1.id }, edges: edges.sorted { $0.id < $1.id })
    }
}
