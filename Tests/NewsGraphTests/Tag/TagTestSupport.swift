import Foundation

@testable import NewsGraph

/// Builds test articles from plain clean text (identity offset map) and reads ⟦…⟧ marks.
enum TagTestSupport {
    /// One shared tagger over the bundled lexicons (loading them once keeps the suite fast).
    static let tagger: Tagger = try! Tagger.standard()

    /// An article whose clean text is `text` and whose raw bytes are the same bytes.
    static func article(
        _ text: String, city: String? = nil, province: String? = nil, date: PartialDate? = nil,
        authors: [Author] = [], file: String = "test.txt"
    ) -> Article {
        let n = text.utf8.count
        let map = OffsetMap(starts: (0..<n).map { Int32($0) }, ends: (0..<n).map { Int32($0 + 1) })
        return Article(
            id: "\(file)#1", file: file, index: 1, authors: authors, text: text, offsets: map,
            rawSpan: Span(start: 0, end: n), metadata: IssueMetadata(date: date, city: city, province: province))
    }

    /// Tags `text` as one article.
    static func tag(_ text: String, city: String? = nil, province: String? = nil, date: PartialDate? = nil) -> TaggedArticle {
        tagger.tag(article(text, city: city, province: province, date: date))
    }

    /// The text without ⟦ ⟧ and the marked stretches, with their UTF-8 ranges in the unmarked text.
    static func marked(_ s: String) -> (text: String, marks: [(String, Range<Int>)]) {
        var out = ""
        var marks: [(String, Range<Int>)] = []
        var open: Int?
        var current = ""
        for ch in s {
            if ch == "⟦" {
                open = out.utf8.count
                current = ""
            } else if ch == "⟧", let o = open {
                marks.append((current, o..<out.utf8.count))
                open = nil
            } else {
                out.append(ch)
                if open != nil { current.append(ch) }
            }
        }
        return (out, marks)
    }

    /// Person names found, in text order, without repeats.
    static func persons(_ t: TaggedArticle) -> [String] {
        var seen: Set<String> = []
        return t.mentions(of: .person).map(\.text).filter { seen.insert($0).inserted }
    }
}
