import Testing

@testable import NewsGraph

/// The headline matcher's pair sets must count and intersect exactly as `Set<UInt64>` would.
struct BigramSetTests {
    /// Deterministic pseudo-random pairs, with repeats, in a small range so sets overlap.
    private func pairs(_ seed: UInt64, _ n: Int) -> [UInt64] {
        var x = seed
        return (0..<n).map { _ in
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return 1 + (x >> 33) % 300
        }
    }

    @Test func countsMembershipUnionAndSharedPairsLikeASet() {
        for (a, b) in [(0, 0), (1, 40), (200, 3), (500, 700)] {
            let pa = pairs(UInt64(a + 7), a)
            let pb = pairs(UInt64(b + 99), b)
            let sa = BigramSet(pa)
            let sb = BigramSet(pb)
            let ra = Set(pa)
            let rb = Set(pb)
            #expect(sa.count == ra.count)
            #expect(sa.union(sb).count == ra.union(rb).count)
            #expect(sa.sharedCount(sb) == ra.intersection(rb).count)
            #expect(sa.sortedValues == ra.sorted())
            for g in UInt64(1)...310 { #expect(sa.contains(g) == ra.contains(g)) }
            #expect(
                Bigrams.overlap(sa, sb)
                    == (ra.isEmpty || rb.isEmpty ? 0 : Double(ra.intersection(rb).count) / Double(min(ra.count, rb.count))))
        }
    }

    @Test func pairsOfAdjacentIdeographsIgnoreSpacesAndBreakAtOtherCharacters() {
        let s = Bigrams.of("汾阳 市，召开会议")
        // 汾阳 阳市 | 召开 开会 会议
        #expect(s.count == 5)
        #expect(s.contains(UInt64(0x9633) << 32 | UInt64(0x5E02)))  // 阳市 across the space
    }
}
