/// The nodes and edges an export reads: a graph in memory or a graph file read as a stream.
///
/// The writers make one or more passes over each list: one to learn what comes before the
/// records (property keys, degrees, the timeline, validation; see `ExportIndex`), then one to
/// write. Every pass gives the records in the same order (a file's: sorted by id). A record
/// comes with its weight, the number of distinct articles among its evidence, so that a pass
/// that does not write evidence need not read it.
protocol ExportSource {
    /// True when the node ids and the edge ids come strictly ascending (a graph file's order, which
    /// the reader then checks); false when they may come in any order (a graph built in memory).
    var promisesSortedIDs: Bool { get }

    /// Calls `body` with each node and its article count. Without `evidence` a node's evidence
    /// may be left empty (its article count is still exact).
    func forEachNode(evidence: Bool, _ body: (Node, _ articleCount: Int) throws -> Void) throws

    /// Calls `body` with each edge and its article count. Without `evidence` an edge's evidence
    /// may be left empty (its article count is still exact); its observations are always complete.
    func forEachEdge(evidence: Bool, _ body: (Edge, _ articleCount: Int) throws -> Void) throws
}

extension KnowledgeGraph: ExportSource {
    var promisesSortedIDs: Bool { false }

    func forEachNode(evidence: Bool, _ body: (Node, _ articleCount: Int) throws -> Void) throws {
        for n in nodes { try body(n, n.articleCount) }
    }

    func forEachEdge(evidence: Bool, _ body: (Edge, _ articleCount: Int) throws -> Void) throws {
        for e in edges { try body(e, e.articleCount) }
    }
}
