import Foundation
import Testing

@testable import NewsGraph

@Suite struct JSONLinesReaderTests {
    @Test func readsOneArticlePerLineWithItsIdDateAndCity() throws {
        let path = TextFixtures.fixture("archive.jsonl")
        var problems: [NewsGraphError] = []
        let articles = try PageReader().read(file: path) { problems.append($0) }
        #expect(articles.map(\.id) == ["lvliang-2024-12-04-1", "fenyang-2024-12-10-3"])
        #expect(articles.map(\.file) == [path, path])
        #expect(articles[0].metadata.date?.edtf == "2024-12-04")
        #expect(articles[0].metadata.city == "吕梁市")
        #expect(articles[0].headline == "刘晋萍出席约谈会")
        #expect(articles[0].text == "12月3日，全市约谈会召开。\n市委常委、副市长刘晋萍出席会议。")
        // Line 3 is not JSON, line 4 lacks text: each named, the others go on.
        #expect(
            problems == [
                .malformed(file: path, line: 3, reason: "not valid JSON"),
                .malformed(file: path, line: 4, reason: "missing string field `text`"),
            ])
    }

    @Test func offsetsAreBytesOfTheJSONStringInTheFile() throws {
        let path = TextFixtures.fixture("archive.jsonl")
        let raw = TextFixtures.bytes(path)
        let articles = try PageReader().read(file: path)
        for a in articles {
            var clean = 0
            for u in a.text.unicodeScalars {
                let n = String(u).utf8.count
                let span = a.offsets.rawSpan(cleanUTF8: clean..<clean + n)
                let rawText = String(decoding: raw[span.start..<span.end], as: UTF8.self)
                // A character is itself or a `\uXXXX` escape of itself; a paragraph break
                // replaces the `\n` escapes (and spaces) between two paragraphs.
                let breakOnly = rawText.replacingOccurrences(of: "\\n", with: "").allSatisfy { $0 == " " }
                let ok =
                    rawText == String(u) || (u == "\n" && breakOnly && !rawText.isEmpty)
                    || rawText.lowercased() == String(format: "\\u%04x", u.value)
                #expect(ok, "\(a.id) \(u) ← \(rawText)")
                clean += n
            }
        }
        // 刘晋萍 is written as `\u5218晋萍` in line 1: the span covers the escape.
        let a = articles[0]
        let start = a.text.utf8.count - "刘晋萍出席会议。".utf8.count
        let span = a.offsets.rawSpan(cleanUTF8: start..<start + "刘晋萍".utf8.count)
        #expect(String(decoding: raw[span.start..<span.end], as: UTF8.self) == "\\u5218晋萍")
    }

    @Test func lineFieldsWinOverOptionsWhichFillTheGaps() throws {
        let opts = ReadOptions(metadata: IssueMetadata(date: PartialDate(year: 2000), city: "汾阳市", province: "山西省"))
        let articles = try PageReader(options: opts).read(file: TextFixtures.fixture("archive.jsonl"))
        #expect(
            articles[0].metadata == IssueMetadata(date: PartialDate(year: 2024, month: 12, day: 4), city: "吕梁市", province: "山西省"))
        #expect(articles[1].metadata.city == "汾阳市")
    }

    @Test func aFileOfOnlyBadLinesThrowsTheFirstProblem() throws {
        let path = try TextFixtures.temp(Array("{\"id\": 1}\nnot json\n".utf8), ext: "jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: NewsGraphError.malformed(file: path, line: 1, reason: "missing string field `text`")) {
            try PageReader().read(file: path)
        }
    }
}
