import Foundation

@testable import NewsGraph

/// The facts of a synthetic archive, read from pages on disk as `build` reads them.
enum SyntheticFacts {
    /// The pages of the archive `seed` (about `articles` articles), written to a temporary folder, tagged with
    /// each page's issue metadata and turned into facts.
    static func read(seed: UInt64, articles: Int) throws -> [ArticleFacts] {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var files: [String] = []
        var metadata: [String: IssueMetadata] = [:]
        for page in try SyntheticFixtures.pages(seed: seed, articles: articles) {
            let path = dir.file(page.path)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(page.text.utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
            metadata[path] = page.metadata
        }
        var facts: [ArticleFacts] = []
        let pipeline = try Pipeline.standard()
        for file in files {
            var p = pipeline
            p.reader.options.metadata = metadata[file]!
            facts += try p.tag(file: file).map(p.facts)
        }
        return facts
    }
}
