import Foundation
import Testing

@testable import NewsGraph

/// Graph files with their query index in a temporary folder, and the answers to compare.
struct IndexFixture {
    let directory: URL
    let graphPath: String

    /// Saves `document` as a graph file and writes its index.
    init(_ document: GraphDocument, name: String = "fixture.graph.json") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("qindex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        graphPath = directory.appendingPathComponent(name).path
        try GraphStore.save(document, to: graphPath)
        try QueryIndex.write(forGraph: graphPath)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }

    var indexPath: String { QueryIndex.path(forGraph: graphPath) }

    func open() throws -> QueryIndex {
        switch QueryIndex.open(graph: graphPath) {
        case .ready(let index): return index
        case .missing: throw NewsGraphError.unreadable(file: indexPath, reason: "missing")
        case .unusable(let reason): throw NewsGraphError.unreadable(file: indexPath, reason: reason)
        }
    }

    /// The graph of the synthetic archive `seed` (`articles` articles), read by the standard pipeline.
    static func synthetic(seed: UInt64, articles: Int) throws -> GraphDocument {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qindex-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for page in try SyntheticArchive(.init(seed: seed, articleCount: articles)) {
            let url = dir.appendingPathComponent(page.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(page.text.utf8).write(to: url)
            files.append(url.path)
        }
        let result = try Pipeline.standard().facts(files: files)
        #expect(result.failures.isEmpty, "\(result.failures)")
        return GraphBuilder().build(try ArticleFactSet(result.items))
    }

    /// An answer as canonical JSON text, for comparing answers whole.
    static func text<T: Encodable>(_ value: T) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "unencodable"
    }

    static func text<T: Encodable & Sendable>(_ r: PersonResolution<T>) -> String {
        switch r {
        case .notFound: return "not found"
        case .ambiguous(let c): return "ambiguous " + text(c)
        case .found(let a): return "found " + text(a)
        }
    }
}
