/// Checks that a graph can be exported: unique node and edge ids, every edge between existing nodes.
///
/// XML formats enforce id uniqueness and edge endpoints (GraphML's key references),
/// so a broken graph is refused up front with a clear error instead of producing
/// a file that Gephi or a validator rejects. The checks are made by the pass that
/// builds the writers' `ExportIndex`, so a graph file read as a stream is checked
/// the same way, without holding its ids in a set.
public enum GraphValidator {
    /// Throws `NewsGraphError.corruptGraph` naming `file` and the first problem found.
    public static func validate(_ graph: KnowledgeGraph, file: String) throws {
        _ = try ExportIndex(graph, file: file)
    }
}
