import Foundation
import Testing

@testable import NewsGraph

/// Odd input never traps the tagger, and evidence always points inside the raw article.
struct TaggerRobustnessTests {
    @Test(arguments: [
        "", " ", "\n\n\n", "。。。！？；", "ABC abc 123 😀🇨🇳", "副市长", "市委书记、", "（", "（王", "本报讯（记者",
        "12月", "12月99日召开会议", "王", "欧阳", "、、、和和和的的的", String(repeating: "书记", count: 500),
    ])
    func oddTextGivesWellFormedResults(_ text: String) {
        let t = TagTestSupport.tag(text, city: "吕梁市")
        let n = text.utf8.count
        for m in t.mentions {
            #expect(m.cleanStart >= 0 && m.cleanEnd <= n && m.cleanStart <= m.cleanEnd)
            #expect(m.evidence.start >= 0 && m.evidence.end <= max(n, 1))
        }
    }

    // Speed on such text is measured by the benchmark (`newsgraph-bench`), not asserted here.
    @Test func aLongArticleWithoutPunctuationFindsEveryMentionAndCitesAWindow() {
        let unit = "市委书记韦东明出席推进会并讲话居民李大爷说很好"
        let text = String(repeating: unit, count: 4000)
        let t = TagTestSupport.tag(text, city: "吕梁市")
        #expect(t.mentions(of: .person).count == 4000)  // 韦东明 each time; 李大爷 never
        // Evidence cites a window of the endless "sentence", not all of it.
        #expect(t.mentions.allSatisfy { $0.evidence.sentence.utf8.count < 1000 })
        #expect(t.offices.first?.evidence.sentence.hasSuffix("…") == true)
    }

    @Test func anArticleWithoutAnOffsetMapFallsBackToTheArticleSpan() {
        let a = Article(
            id: "x#1", file: "x", index: 1, text: "副市长韦东明出席。", offsets: OffsetMap(), rawSpan: Span(start: 40, end: 80))
        let t = TagTestSupport.tagger.tag(a)
        #expect(t.offices.first?.evidence.span == Span(start: 40, end: 80))
    }
}
