import Testing

@testable import NewsGraph

@Suite struct StringOrderTests {
    /// Scalars that NFC leaves alone, and ones it changes or combines: combining marks, kana voicing,
    /// a compatibility ideograph and its unified form, singleton decompositions, Hangul jamo.
    static let pool: [String] = [
        "a", "e", "A", "-", "/", "%", ">", "汾", "阳", "市", "豈", "\u{8C48}", "\u{F900}", "é", "e\u{301}", "\u{301}",
        "か", "\u{3099}", "が", "〪", "。", "，", "Å", "\u{212B}", "A\u{30A}", "Ω", "\u{2126}", "\u{1100}", "\u{1161}",
        "가", "ｆ", "“", "·",
    ]

    /// Deterministic pseudo-random strings of one to five pieces from the pool.
    static func samples(_ count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in (0...next(5)).map { _ in pool[next(pool.count)] }.joined() }
    }

    @Test func byteDecidedOrderAgreesWithStringOrderOnTrickyUnicode() {
        let strings = Self.samples(400) + ["汾阳市", "汾阳市/孝义", "汾阳市->", "汾阳市%20委", ""]
        for a in strings {
            for b in strings {
                let expected = a == b ? 0 : (a < b ? -1 : 1)
                #expect(StringOrder.compare(a, b) == expected, "\(Array(a.unicodeScalars)) vs \(Array(b.unicodeScalars))")
            }
        }
    }

    @Test func canonicallyEquivalentSpellingsAreEqualAndOrderedAlike() {
        #expect(StringOrder.compare("caf\u{E9}", "cafe\u{301}") == 0)
        #expect(StringOrder.compare("\u{8C48}", "\u{F900}") == 0)
        #expect(StringOrder.less("市委", "市长") == ("市委" < "市长"))
    }
}
