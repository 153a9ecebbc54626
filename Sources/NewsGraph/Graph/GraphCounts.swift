/// How many nodes of each type and how many edges a graph has: what a summary line reports.
public struct GraphCounts: Sendable, Equatable {
    /// Nodes by type (a type without nodes may be absent).
    public var nodesByType: [NodeType: Int]
    /// The number of edges.
    public var edges: Int

    public init(nodesByType: [NodeType: Int], edges: Int) {
        self.nodesByType = nodesByType
        self.edges = edges
    }

    /// The counts of `graph`.
    public init(_ graph: KnowledgeGraph) {
        var byType: [NodeType: Int] = [:]
        for n in graph.nodes { byType[n.type, default: 0] += 1 }
        self.init(nodesByType: byType, edges: graph.edges.count)
    }

    /// The number of nodes.
    public var nodes: Int { nodesByType.values.reduce(0, +) }
}
