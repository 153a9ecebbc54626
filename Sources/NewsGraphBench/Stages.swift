import Foundation
import NewsGraph

/// The harness's one door into the library's stages.
///
/// Every call the benchmark times goes through here, so when a stage's API
/// changes (or a stage lands in main) only this file changes. A stage the
/// library does not have yet answers `nil` and the report says `n/a`.
enum Stages {
    /// What the graph stage keeps per article (the tagger's output, slimmed when the graph stage allows).
    typealias Facts = TaggedArticle

    /// Reads and decodes a file: (Unicode scalars, bytes).
    static func decode(_ path: String) throws -> (chars: Int, bytes: Int) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        return (text.unicodeScalars.count, data.count)
    }

    /// Decode + normalize + segment one page.
    static func read(_ entry: Corpus.Entry) throws -> [Article] {
        try PageReader(options: ReadOptions(metadata: entry.metadata)).read(file: entry.path)
    }

    static func makeTagger() throws -> Tagger { try Tagger.standard() }

    /// Tag + relate one article.
    static func tag(_ tagger: Tagger, _ article: Article) -> TaggedArticle { tagger.tag(article) }

    /// What the graph builder keeps of a tagged article.
    static func facts(_ tagged: TaggedArticle) -> Facts { tagged }

    /// The graph of all facts, or nil while the graph builder is not in main.
    static func build(_ facts: [Facts]) throws -> KnowledgeGraph? { nil }

    static func save(_ graph: KnowledgeGraph, to path: String) throws { try GraphStore.save(graph, to: path) }

    static func load(_ path: String) throws -> KnowledgeGraph { try GraphStore.load(path) }

    /// Export formats the library writes (empty until the exporters are in main).
    static let exportFormats: [String] = []

    /// Writes one export of `graph` under `directory`; returns bytes written.
    static func export(_ graph: KnowledgeGraph, format: String, to directory: String) throws -> Int { 0 }

    /// Named queries over a loaded graph, each returning how many answers it found
    /// (empty until the query library is in main).
    static func queries(_ graph: KnowledgeGraph) -> [(name: String, run: () throws -> Int)] { [] }
}
