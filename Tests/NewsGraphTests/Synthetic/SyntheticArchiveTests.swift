import Foundation
import NewsGraph
import Testing

@Suite("Synthetic archive: determinism, shape and formats")
struct SyntheticArchiveTests {
    @Test("The same seed gives byte-identical pages and ground truth")
    func sameSeedSamePages() throws {
        let a = try SyntheticFixtures.pages(seed: 42, articles: 400)
        let b = try SyntheticFixtures.pages(seed: 42, articles: 400)
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.flatMap(\.articles) == b.flatMap(\.articles))
    }

    @Test("Another seed gives another archive")
    func otherSeedOtherPages() throws {
        let a = try SyntheticFixtures.pages(seed: 1, articles: 100)
        let b = try SyntheticFixtures.pages(seed: 2, articles: 100)
        #expect(a.map(\.text) != b.map(\.text))
    }

    @Test("An archive holds exactly the articles asked for, three to five a page, in date order over the years")
    func countsAndDates() throws {
        let pages = try SyntheticFixtures.pages(seed: 3, articles: 2_000)
        #expect(pages.reduce(0) { $0 + $1.articles.count } == 2_000)
        #expect(pages.dropLast().allSatisfy { (3...5).contains($0.articles.count) })
        let dates = pages.map(\.issueDate)
        #expect(zip(dates, dates.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(dates.first?.year == 2019)
        #expect(dates.last?.year == 2024)
        // Every article reports a day on or before its issue.
        #expect(pages.allSatisfy { p in p.articles.allSatisfy { $0.date <= p.issueDate && $0.date.isComplete } })
        #expect(Set(pages.map(\.path)).count == pages.count)
    }

    @Test("Papers come from many gazetteer cities, and articles name counties and townships of them")
    func manyPlaces() throws {
        let archive = try SyntheticArchive(.init(seed: 5, articleCount: 20_000))
        #expect(archive.paperCount >= 10)
        let pages = try SyntheticFixtures.pages(seed: 5, articles: 600)
        let cities = Set(pages.map(\.city))
        #expect(cities.allSatisfy { $0.hasSuffix("市") || $0.hasSuffix("县") })
        let jurisdictions = Set(pages.flatMap { $0.articles.flatMap { $0.people.compactMap(\.jurisdiction) } })
        #expect(jurisdictions.count > cities.count * 3)
    }

    @Test(
        "A page's raw text, with whitespace removed and digits folded, holds each article's headline and clean paragraphs in order"
    )
    func rawPageHoldsCleanText() throws {
        for page in try SyntheticFixtures.pages(seed: 9, articles: 300) {
            let raw = Self.squeezed(page.text)
            var cursor = raw.startIndex
            for a in page.articles {
                for piece in [a.headline] + a.paragraphs {
                    let want = Self.squeezed(piece)
                    let found = raw.range(of: want, range: cursor..<raw.endIndex)
                    #expect(found != nil, "\(page.path): missing \(piece)")
                    if let found { cursor = found.upperBound }
                }
            }
        }
    }

    @Test("Body lines are cut at a narrow column, as PDF extraction leaves them")
    func linesAreCut() throws {
        let pages = try SyntheticFixtures.pages(seed: 11, articles: 200)
        let lines = pages.flatMap { $0.text.split(separator: "\n") }
        let widths = lines.map { $0.unicodeScalars.filter { $0 != " " }.count }
        #expect(widths.filter { $0 > 19 }.count * 10 < lines.count)  // only headlines are longer
        #expect(pages.contains { $0.text.contains("\n\n") })
        #expect(pages.contains { $0.text.unicodeScalars.contains { (0xFF10...0xFF19).contains($0.value) } })
        #expect(pages.contains { $0.text.contains(" 月") || $0.text.contains("日 ") })
    }

    @Test("A JSON Lines record parses and carries the article's id, issue date, city, headline and clean text")
    func jsonLine() throws {
        let page = try #require(try SyntheticFixtures.pages(seed: 13, articles: 5).first)
        let a = page.articles[0]
        let object = try #require(try JSONSerialization.jsonObject(with: Data(page.jsonLine(a).utf8)) as? [String: String])
        #expect(object == ["id": a.id, "date": page.issueDate.edtf, "city": page.city, "title": a.headline, "text": a.text])
    }

    static func squeezed(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !u.properties.isWhitespace {
            out.append((0xFF10...0xFF19).contains(u.value) ? Unicode.Scalar(u.value - 0xFF10 + 0x30)! : u)
        }
        return String(out)
    }
}
