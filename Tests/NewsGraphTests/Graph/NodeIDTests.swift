import Testing

@testable import NewsGraph

@Suite struct NodeIDTests {
    @Test func escapingKeepsCJKAndMakesSeparatorsAndSpacesSafe() {
        #expect(NodeID.escape("汾阳市委") == "汾阳市委")
        #expect(NodeID.escape("a b/c@d:e#f%g") == "a%20b%2Fc%40d%3Ae%23f%25g")
        #expect(NodeID.escape("王\u{3000}明\u{200B}") == "王%E3%80%80明%E2%80%8B")
        #expect(NodeID.escape("\u{0}\n\u{7F}") == "%00%0A%7F")
    }

    @Test func distinctComponentsGiveDistinctIdsAndEscapingCanBeUndone() {
        // `%` itself is escaped, so no two inputs collide and display can reverse it.
        let inputs = ["a/b", "a%2Fb", "a%252Fb", "李 明", "李%20明", "宁波市", "宁波市 "]
        let escaped = inputs.map(NodeID.escape)
        #expect(Set(escaped).count == inputs.count)
        #expect(escaped.map(HomonymFinder.unescape) == inputs)
    }

    @Test func placeAndPersonIdsFollowTheDocumentedShapes() {
        #expect(NodeID.place(path: ["山西省", "吕梁市", "汾阳市"]) == "place:山西省/吕梁市/汾阳市")
        #expect(NodeID.person(name: "李明", disambiguator: "山西省/吕梁市") == "person:李明@山西省/吕梁市")
        #expect(NodeID.position(owner: "汾阳市委", role: "书记") == "position:汾阳市委/书记")
        #expect(NodeID.article("seeds/a b.txt#3") == "article:seeds%2Fa%20b.txt%233")
        #expect(NodeID.edge(.holds, source: "person:x@y", target: "position:z/w") == "holds:person:x@y->position:z/w")
    }
}
