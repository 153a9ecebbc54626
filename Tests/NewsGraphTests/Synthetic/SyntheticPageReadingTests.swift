import Foundation
import NewsGraph
import Testing

/// The synthetic pages are realistic enough for the real text stage: it finds the
/// articles the generator wrote, with the names it cut and spaced out rejoined.
@Suite("Synthetic pages through the real PageReader")
struct SyntheticPageReadingTests {
    /// Writes the pages to a temporary folder and reads each back with its issue metadata.
    static func readBack(_ pages: [SyntheticPage]) throws -> [(SyntheticPage, [Article])] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var out: [(SyntheticPage, [Article])] = []
        for page in pages {
            let url = dir.appendingPathComponent(page.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(page.text.utf8).write(to: url)
            out.append((page, try PageReader(options: ReadOptions(metadata: page.metadata)).read(file: url.path)))
        }
        return out
    }

    @Test("The reader splits every page into the articles generated, with their headlines")
    func segmentsIntoGeneratedArticles() throws {
        let pages = try SyntheticFixtures.pages(seed: 41, articles: 400)
        var wrongCount: [String] = []
        var headlines = 0
        var total = 0
        for (page, articles) in try Self.readBack(pages) {
            if articles.count != page.articles.count {
                wrongCount.append("\(page.path): \(articles.count) of \(page.articles.count)")
            }
            for (got, want) in zip(articles, page.articles) {
                total += 1
                if got.headline == want.headline { headlines += 1 }
            }
        }
        #expect(wrongCount.isEmpty, "\(wrongCount.count) pages: \(wrongCount.prefix(5))")
        #expect(headlines * 10 >= total * 9, "\(headlines) of \(total) headlines")
    }

    @Test("Names cut by line breaks or spaced out come back whole in the clean text")
    func namesComeBackWhole() throws {
        let pages = try SyntheticFixtures.pages(seed: 43, articles: 300)
        var missing: [String] = []
        var checked = 0
        for (page, articles) in try Self.readBack(pages) where articles.count == page.articles.count {
            for (got, want) in zip(articles, page.articles) {
                let clean =
                    [got.headline ?? "", got.subtitle ?? "", got.text].joined(separator: "\n") + got.authors.map(\.name).joined()
                for p in want.people where p.kind != .photographer {
                    checked += 1
                    if !clean.contains(p.name) { missing.append("\(want.id): \(p.name)") }
                }
            }
        }
        #expect(checked > 500)
        #expect(missing.isEmpty, "\(missing.count) names: \(missing.prefix(5))")
    }
}
