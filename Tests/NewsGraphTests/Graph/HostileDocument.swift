@testable import NewsGraph

/// A small graph document whose strings hold everything a JSON writer can get wrong: every control
/// character, quotes, backslashes, slashes, DEL, line and paragraph separators, emoji, combining
/// marks and canonically equivalent spellings, empty strings, and optionals left nil.
enum HostileDocument {
    static let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! }))
    static let nasty = [
        "", "\"quoted\" \\ back\\slash /slash/ //", controls, "del\u{7F}", "sep\u{2028}para\u{2029}", "emoji 😀👩‍👩‍👧 🇨🇳",
        "é precomposed", "e\u{301} decomposed", "\t汾阳市\n委\r书记\u{8}\u{C}", "</script>", "\u{FEFF}bom", "ａｂｃ１２３",
    ]

    static func evidence(_ k: Int, sentence: String, file: String = "pages/a \"b\".txt", article: String? = nil) -> Evidence {
        Evidence(
            file: file, article: article ?? file + "#1", span: Span(start: k * 10, end: k * 10 + 6), sentence: sentence,
            rule: k % 2 == 0 ? "rule/\(k)" : "")
    }

    static func make() throws -> GraphDocument {
        var ev: [Evidence] = []
        for (k, s) in nasty.enumerated() { ev.append(evidence(k, sentence: s)) }
        // Canonically equivalent but different bytes: `==` holds, so the table keeps one (the first met).
        ev.append(evidence(50, sentence: "Café"))
        ev.append(evidence(50, sentence: "Cafe\u{301}"))
        ev.append(evidence(51, sentence: "Cafe\u{301} 2", file: "pages/é.txt"))
        ev.append(evidence(51, sentence: "Café 2", file: "pages/e\u{301}.txt"))
        let article = try articleFacts(ev)
        let other = try otherFacts()
        let nodes = [
            Node(
                id: "article:pages/a", type: .article, label: nasty[1],
                properties: ["id": "pages/a \"b\".txt#1", "file": "pages/a \"b\".txt", "": "empty key"],
                dates: [PartialDate(year: 2024, month: 12, day: 9), PartialDate(month: 12, day: 9)], evidence: [ev[0], ev[1]]),
            Node(
                id: "person:李明@山西省", type: .person, label: "李明",
                properties: [
                    "a": "1", "B": "2", "é": "3", "e\u{301}x": "4", "10": "5", "9": "6", "Z": nasty[2], "z": nasty[5], "名": "7",
                    "\u{1}": "8",
                ], dates: [PartialDate(year: 2024)], evidence: Array(ev[2...])),
            Node(id: "place:山西省", type: .place, label: "", properties: [:], dates: [], evidence: []),
        ]
        let edges = [
            Edge(
                id: "holds:person:李明@山西省->place:山西省", type: .holds, source: "person:李明@山西省", target: "place:山西省",
                properties: ["title": nasty[4], "former": "false"], dates: [PartialDate(year: 2024, month: 1)],
                evidence: [ev[3], ev[13]],
                observations: [
                    Observation(date: nil, title: nil, role: nil, former: false, evidence: ev[3]),
                    Observation(date: PartialDate(year: 2023), title: nasty[6], role: "", former: true, evidence: ev[14]),
                    Observation(date: PartialDate(month: 2), title: "", role: nasty[8], former: false, evidence: ev[15]),
                ]),
            Edge(
                id: "mentions:article:pages/a->person:李明@山西省", type: .mentions, source: "article:pages/a",
                target: "person:李明@山西省", evidence: [ev[12]]),
        ]
        let facts = try ArticleFactSet([article, other])
        var document = GraphDocument(facts: facts, graph: KnowledgeGraph(nodes: nodes, edges: edges))
        document.articles = facts.articles.map(\.record)
        return document
    }

    private static func articleFacts(_ ev: [Evidence]) throws -> ArticleFacts {
        let a = Article(
            id: "pages/a \"b\".txt#1", file: "pages/a \"b\".txt", index: 1, headline: nasty[2], subtitle: "",
            authors: [Author(name: nasty[5], role: .photographer, span: Span(start: 3, end: 9))], text: "",
            offsets: OffsetMap(), rawSpan: Span(start: 0, end: 400),
            metadata: IssueMetadata(date: PartialDate(year: 2024, month: 12), city: nasty[1], province: nil),
            contentHash: "0123456789abcdef")
        let tagged = TaggedArticle(
            article: a,
            mentions: ev.enumerated().map { k, e in
                Mention(
                    kind: MentionKind.allCases[k % MentionKind.allCases.count], text: nasty[k % nasty.count],
                    canonical: nasty[(k + 3) % nasty.count], cleanRange: k..<(k + 2), evidence: e,
                    attributes: k % 3 == 0 ? [:] : ["level": "county", nasty[k % nasty.count]: nasty[(k + 1) % nasty.count]])
            },
            offices: [
                OfficeClaim(
                    person: "李明", title: nasty[1], resolvedTitle: "", organization: nil, jurisdiction: nasty[4], role: "市长",
                    former: true, date: nil, evidence: ev[4]),
                OfficeClaim(
                    person: "", title: "", resolvedTitle: nasty[7], organization: nasty[6], jurisdiction: nil, role: "",
                    former: false, date: PartialDate(day: 3), evidence: ev[5]),
            ],
            events: [
                EventMention(
                    key: "E1", name: nasty[9], noun: "会", date: nil, place: nil, organizer: nil, evidence: ev[6]),
                EventMention(
                    key: "E2", name: "", noun: nasty[3], date: PartialDate(year: 2024, month: 1, day: 31), place: nasty[10],
                    organizer: nasty[11], evidence: ev[7]),
            ],
            attendances: [
                Attendance(person: nasty[2], event: "E1", role: .onStage, evidence: ev[8]),
                Attendance(person: "李明", event: "E2", role: .presided, evidence: ev[6]),
            ],
            dates: [PartialDate(year: 2024, month: 12, day: 9), PartialDate(year: 2024)])
        return ArticleFacts(tagged, placePaths: ["汾阳市": "山西省/吕梁市/汾阳市", nasty[1]: nasty[2], "": ""])
    }

    /// An article with nothing optional set and every list empty.
    private static func otherFacts() throws -> ArticleFacts {
        let a = Article(
            id: "pages/z.txt#2", file: "pages/z.txt", index: 2, text: "", offsets: OffsetMap(), rawSpan: Span(start: 5, end: 5))
        return ArticleFacts(TaggedArticle(article: a))
    }
}
