import Testing

@testable import NewsGraph

@Suite struct EvidenceOrderTests {
    static func evidence(
        _ file: String, _ article: String, _ start: Int, _ end: Int, _ sentence: String, _ rule: String
    ) -> Evidence {
        Evidence(file: file, article: article, span: Span(start: start, end: end), sentence: sentence, rule: rule)
    }

    @Test func evidenceSortsByFileArticleRangeRuleThenSentence() {
        let all = [
            Self.evidence("b.txt", "b.txt#1", 0, 9, "甲。", "office-chain"),
            Self.evidence("a.txt", "a.txt#2", 0, 9, "甲。", "office-chain"),
            Self.evidence("a.txt", "a.txt#1", 5, 9, "甲。", "office-chain"),
            Self.evidence("a.txt", "a.txt#1", 5, 8, "乙。", "office-chain"),
            Self.evidence("a.txt", "a.txt#1", 5, 8, "甲。", "byline"),
            Self.evidence("a.txt", "a.txt#1", 5, 8, "甲。", "office-chain"),
            Self.evidence("汾阳/a.txt", "汾阳/a.txt#1", 0, 1, "", "article"),
        ]
        let byTuple = all.sorted {
            ($0.file, $0.article, $0.start, $0.end, $0.rule, $0.sentence)
                < ($1.file, $1.article, $1.start, $1.end, $1.rule, $1.sentence)
        }
        #expect(all.sorted() == byTuple)
        #expect(Set(all).count == all.count)
    }

    @Test func canonicallyEquivalentEvidenceIsOneSetElement() {
        let composed = Self.evidence("café.txt", "café.txt#1", 3, 9, "caf\u{E9}会议。", "event")
        let decomposed = Self.evidence("cafe\u{301}.txt", "cafe\u{301}.txt#1", 3, 9, "cafe\u{301}会议。", "event")
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
        #expect(Set([composed, decomposed]).count == 1)
        #expect(!(composed < decomposed) && !(decomposed < composed))
    }
}
