import Testing

@testable import NewsGraph

@Suite struct GraphAccumulatorTests {
    static func evidence(_ start: Int, _ sentence: String = "汾阳市召开会议。") -> Evidence {
        Evidence(file: "a.txt", article: "a.txt#1", span: Span(start: start, end: start + 3), sentence: sentence, rule: "place")
    }

    /// `org:汾阳市%20委` sorts before `org:汾阳市` once `->` follows (`%` < `-`), though after it as a node id.
    @Test func edgesComeOutInTheOrderOfTheirIdStrings() {
        var acc = GraphAccumulator()
        let ids = ["org:汾阳市", "org:汾阳市%20委", "org:汾阳市/委", "place:山西省", "place:山西省/吕梁市", "article:a"]
        var refs: [GraphAccumulator.NodeRef] = []
        for (i, id) in ids.enumerated() {
            refs.append(acc.node(id, .organization, label: id, evidence: acc.evidence(Self.evidence(i * 10))))
        }
        for s in refs {
            for t in refs {
                acc.edge(.locatedIn, from: s, to: t, evidence: acc.evidence(Self.evidence(0)))
                acc.edge(.mentions, from: t, to: s, evidence: acc.evidence(Self.evidence(0)))
            }
        }
        let graph = acc.finish()
        #expect(graph.edges.count == 2 * ids.count * (ids.count - 1))
        #expect(graph.edges.map(\.id) == graph.edges.map(\.id).sorted())
        #expect(graph.nodes.map(\.id) == ids.sorted())
        #expect(graph.edges.allSatisfy { $0.id == NodeID.edge($0.type, source: $0.source, target: $0.target) })
    }

    @Test func repeatedContributionsKeepEachEvidenceAndDateOnceInOrder() {
        var acc = GraphAccumulator()
        let dates = [PartialDate(year: 2024, month: 3, day: 1), PartialDate(year: 2023), PartialDate(year: 2024, month: 3)]
        // Many more repeats than the compaction threshold, in a scrambled order.
        for k in 0..<500 {
            let ev = acc.evidence(Self.evidence((k * 37) % 50))
            acc.node("place:汾阳市", .place, label: "汾阳市", properties: [.level: "county"], evidence: ev, date: dates[k % 3])
        }
        let node = acc.finish().nodes[0]
        #expect(node.evidence == (0..<50).map { Self.evidence($0) })
        #expect(node.dates == dates.sorted())
        #expect(node.properties == ["level": "county"])
    }

    /// `é` precomposed and `e` + combining acute are `==` but not the same bytes: one piece of evidence,
    /// the first met standing for both, as a `Set<Evidence>` would keep it.
    @Test func evidenceEqualWithoutTheSameBytesIsCitedOnce() {
        let composed = Self.evidence(5, "会议在Caf\u{E9}举行。")
        let decomposed = Self.evidence(5, "会议在Cafe\u{301}举行。")
        #expect(composed == decomposed)
        var acc = GraphAccumulator()
        let a = acc.node("place:汾阳市", .place, label: "汾阳市", evidence: acc.evidence(composed))
        let b = acc.node("person:李明", .person, label: "李明", evidence: acc.evidence(Self.evidence(9)))
        for e in [decomposed, composed, decomposed] {
            acc.node("place:汾阳市", .place, label: "汾阳市", evidence: acc.evidence(e))
            acc.edge(
                .mentions, from: a, to: b, evidence: acc.evidence(e),
                observation: (date: nil, title: "市长", role: nil, former: false))
        }
        let graph = acc.finish()
        let node = graph.nodes.first { $0.id == "place:汾阳市" }!
        #expect(node.evidence.count == 1)
        #expect(node.evidence.first.map { Array($0.sentence.utf8) } == Array(composed.sentence.utf8))
        #expect(graph.edges.count == 1)
        #expect(graph.edges[0].evidence.count == 1)
        #expect(graph.edges[0].observations.count == 1)
        #expect(graph.edges[0].observations.first.map { Array($0.evidence.sentence.utf8) } == Array(composed.sentence.utf8))
    }

    @Test func impliedEvidenceCountsOnlyWhenNothingNamesTheNode() {
        var acc = GraphAccumulator()
        let named = acc.evidence(Self.evidence(1))
        let implied = acc.evidence(Self.evidence(2))
        acc.node("place:山西省", .place, label: "山西省", implied: implied)
        acc.node("place:吕梁市", .place, label: "吕梁市", implied: implied)
        acc.node("place:吕梁市", .place, label: "吕梁市", evidence: named)
        acc.node("place:吕梁市", .place, label: "吕梁市", implied: implied)
        let graph = acc.finish()
        #expect(graph.nodes.map(\.id) == ["place:吕梁市", "place:山西省"])
        #expect(graph.nodes.map(\.evidence) == [[Self.evidence(1)], [Self.evidence(2)]])
    }

    @Test func votesPickTheCommonestValueThenTheSmallest() {
        var acc = GraphAccumulator()
        for level in ["county", "prefecture", "prefecture", "county", "city"] {
            acc.node("place:汾阳市", .place, label: level == "city" ? "汾阳" : "汾阳市", properties: [.level: level])
        }
        let node = acc.finish().nodes[0]
        #expect(node.properties["level"] == "county")
        #expect(node.label == "汾阳市")
    }
}
