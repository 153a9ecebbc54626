import Foundation

/// Adds articles to a graph file on disk, safely against concurrent adds.
public enum GraphUpdater {
    /// What an add did.
    public struct Result: Sendable, Equatable {
        /// Outcome per added article, in input order.
        public var outcomes: [ArticleFactSet.AddOutcome]
        /// Ids of articles removed because a re-read file no longer yields them.
        public var removed: [String]
        /// False when nothing changed and the file was left untouched.
        public var wrote: Bool
        /// The graph now on disk.
        public var document: GraphDocument
    }

    /// Adds `facts` to the graph at `path` (created when absent) under the file's lock.
    ///
    /// Reads the current graph *after* taking the lock, so an add that ran
    /// meanwhile is included; when every article is already present the file
    /// is not rewritten at all (it stays byte-identical).
    public static func add(
        _ facts: [ArticleFacts], to path: String, builder: GraphBuilder = GraphBuilder(),
        writer: AtomicFileWriter = AtomicFileWriter()
    ) throws -> Result {
        let lock = try GraphLock(graphPath: path)
        defer { lock.unlock() }
        let exists = FileManager.default.fileExists(atPath: path)
        var document = exists ? try current(path, builder: builder) : builder.build(ArticleFactSet())
        let report = try document.add(facts, file: path, builder: builder)
        let changed = report.changed || !exists
        if changed { try GraphStore.save(document, to: path, writer: writer) }
        return Result(outcomes: report.outcomes, removed: report.removed, wrote: changed, document: document)
    }

    /// The document in the existing file at `path`; a new one when the file is empty (e.g. made by `touch`).
    /// The file is mapped, not read into memory, and unmapped before the caller saves.
    private static func current(_ path: String, builder: GraphBuilder) throws -> GraphDocument {
        let mapped = try MappedFile(path)
        guard mapped.count > 0 else { return builder.build(ArticleFactSet()) }
        return try GraphStore.decode(mapped, file: path)
    }
}
