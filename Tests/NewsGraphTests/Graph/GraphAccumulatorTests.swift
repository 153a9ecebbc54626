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
            acc.node("place:汾阳市", .place, label: "汾阳市", properties: ["level": "county"], evidence: ev, date: dates[k % 3])
        }
        let node = acc.finish().nodes[0]
        #expect(node.evidence == (0..<50).map { Self.evidence($0) })
        #expect(node.dates == dates.sorted())
        #expect(node.properties == ["level": "county"])
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
            acc.node("place:汾阳市", .place, label: level == "city" ? "汾阳" : "汾阳市", properties: ["level": level])
        }
        let node = acc.finish().nodes[0]
        #expect(node.properties["level"] == "county")
        #expect(node.label == "汾阳市")
    }
}
