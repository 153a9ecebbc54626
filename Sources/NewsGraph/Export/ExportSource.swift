/// The nodes and edges an export reads: a graph in memory or a graph file read as a stream.
///
/// The writers make one or more passes over each list: one to learn what comes before the
/// records (property keys, degrees, the timeline, validation; see `ExportIndex`), then one to
/// write. Every pass gives the records in the same order (a file's: sorted by id). A record
/// comes with its weight, the number of distinct articles among its evidence, and its evidence
/// as a stream (`ExportEvidence`): a pass that does not write evidence does not read it, and one
/// that does never holds a hub's evidence list whole (a province cites a sentence of nearly
/// every article).
protocol ExportSource {
    /// True when the node ids and the edge ids come strictly ascending (a graph file's order, which
    /// the reader then checks); false when they may come in any order (a graph built in memory).
    var promisesSortedIDs: Bool { get }

    /// Calls `body` with each node, its article count and its evidence. The node's own `evidence`
    /// may be empty: writers read the evidence through the stream.
    func forEachNode(_ body: (_ node: Node, _ articleCount: Int, _ evidence: ExportEvidence) throws -> Void) throws

    /// Calls `body` with each edge, its article count and its evidence. The edge's own `evidence`
    /// may be empty: writers read the evidence through the stream. Its observations are complete.
    func forEachEdge(_ body: (_ edge: Edge, _ articleCount: Int, _ evidence: ExportEvidence) throws -> Void) throws
}

/// The evidence of one record, read in order, one piece at a time, by the function given to it.
typealias ExportEvidence = ((Evidence) throws -> Void) throws -> Void

extension KnowledgeGraph: ExportSource {
    var promisesSortedIDs: Bool { false }

    func forEachNode(_ body: (_ node: Node, _ articleCount: Int, _ evidence: ExportEvidence) throws -> Void) throws {
        for n in nodes {
            try body(n, n.articleCount) { visit in for e in n.evidence { try visit(e) } }
        }
    }

    func forEachEdge(_ body: (_ edge: Edge, _ articleCount: Int, _ evidence: ExportEvidence) throws -> Void) throws {
        for e in edges {
            try body(e, e.articleCount) { visit in for x in e.evidence { try visit(x) } }
        }
    }
}
