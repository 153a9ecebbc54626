import Testing

@testable import NewsGraph

@Suite struct OffsetMapTests {
    @Test func verbatimRunsCostOneSegmentWhateverTheirLength() {
        var m = OffsetMap()
        for k in 0..<1000 { m.append(cleanByteCount: 3, raw: Span(start: 10 + 3 * k, end: 13 + 3 * k)) }
        #expect(m.count == 3000)
        #expect(m.segmentCount == 1)
        #expect(m.rawSpan(cleanUTF8: 3..<9) == Span(start: 13, end: 19))
    }

    @Test func reEncodedScalarsMapEveryByteToTheWholeRawCharacter() {
        // Three GB18030-like characters: 3 clean bytes each from 2 raw bytes.
        var m = OffsetMap()
        for k in 0..<3 { m.append(cleanByteCount: 3, raw: Span(start: 2 * k, end: 2 * k + 2)) }
        #expect(m.segmentCount == 1)
        #expect(m.rawSpan(cleanUTF8: 3..<6) == Span(start: 2, end: 4))
        #expect(m.starts == [0, 0, 0, 2, 2, 2, 4, 4, 4])
        #expect(m.ends == [2, 2, 2, 4, 4, 4, 6, 6, 6])
    }

    @Test func gapsFromRemovedSpacesAreCoveredByASpanAcrossThem() {
        // "汾 阳" → "汾阳": the clean pair spans the removed space.
        var m = OffsetMap()
        m.append(cleanByteCount: 3, raw: Span(start: 0, end: 3))
        m.append(cleanByteCount: 3, raw: Span(start: 4, end: 7))
        #expect(m.rawSpan(cleanUTF8: 0..<6) == Span(start: 0, end: 7))
        #expect(m.rawSpan(cleanUTF8: 3..<6) == Span(start: 4, end: 7))
    }

    @Test func slicesKeepTheMappingAndCanBeAppendedTogether() {
        var m = OffsetMap()
        m.append(cleanByteCount: 1, raw: Span(start: 0, end: 3))  // full-width digit
        m.append(cleanByteCount: 3, raw: Span(start: 3, end: 6))
        m.append(cleanByteCount: 3, raw: Span(start: 8, end: 11))
        let s = m.slice(1..<7)
        #expect(s.count == 6)
        #expect(s.rawSpan(cleanUTF8: 0..<3) == Span(start: 3, end: 6))
        #expect(s.rawSpan(cleanUTF8: 3..<6) == Span(start: 8, end: 11))
        var joined = m.slice(0..<1)
        joined.append(m, range: 4..<7)
        #expect(joined.starts == [0, 8, 9, 10])
        #expect(joined.rawSpan(cleanUTF8: 1..<4) == Span(start: 8, end: 11))
        // A slice starting inside a re-encoded unit keeps that unit's raw range.
        var g = OffsetMap()
        g.append(cleanByteCount: 3, raw: Span(start: 0, end: 2))
        g.append(cleanByteCount: 3, raw: Span(start: 2, end: 4))
        #expect(g.slice(1..<6).rawSpan(cleanUTF8: 0..<2) == Span(start: 0, end: 2))
    }

    @Test func theLegacyPerByteInitializerMapsTheSame() {
        let m = OffsetMap(starts: [0, 0, 0, 5], ends: [3, 3, 3, 6])
        #expect(m.rawSpan(cleanUTF8: 0..<3) == Span(start: 0, end: 3))
        #expect(m.rawSpan(cleanUTF8: 3..<4) == Span(start: 5, end: 6))
    }
}
