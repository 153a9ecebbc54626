import Foundation
import NewsGraph

/// Shared inputs of the synthetic-archive tests: the repository's seeds, surnames and gold.
enum SyntheticFixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Synthetic
        .deletingLastPathComponent()  // NewsGraphTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The raw seed pages.
    static func seedTexts() throws -> [String] {
        let dir = repoRoot.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    }

    /// Every person the gold annotation of the seeds names.
    static func seedPeople() throws -> Set<String> {
        let dir = repoRoot.appendingPathComponent("Tests/NewsGraphTests/Fixtures/gold")
        var out = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            for p in object?["persons"] as? [String] ?? [] { out.insert(p) }
        }
        return out
    }

    /// Surnames of the bundled lexicon, read directly from the file (not through the generator).
    static func surnames() throws -> Set<String> {
        let url = repoRoot.appendingPathComponent("Sources/NewsGraph/Resources/lexicons/surnames.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return Set(
            text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap {
                $0.split(separator: "\t").first.map(String.init)
            })
    }

    /// All pages of an archive.
    static func pages(seed: UInt64, articles: Int, reserved: [String] = []) throws -> [SyntheticPage] {
        Array(try SyntheticArchive(.init(seed: seed, articleCount: articles, reservedTexts: reserved)))
    }
}
