/// Lookups the writers need that the graph does not store: degrees, edges by endpoint, property keys.
///
/// Built once per export in O(nodes + edges); indexes refer to positions in
/// `graph.nodes` and `graph.edges`, so nothing is copied.
struct ExportIndex {
    /// Node position by id.
    let nodePosition: [String: Int]
    /// In-degree plus out-degree, by node position.
    let degree: [Int]
    /// Edge positions by source node position, in edge order.
    let outgoing: [[Int]]
    /// Edge positions by target node position, in edge order.
    let incoming: [[Int]]
    /// Every node property key used in the graph, sorted.
    let nodePropertyKeys: [String]
    /// Every edge property key used in the graph, sorted.
    let edgePropertyKeys: [String]

    init(_ graph: KnowledgeGraph) {
        var position: [String: Int] = [:]
        position.reserveCapacity(graph.nodes.count)
        for (i, n) in graph.nodes.enumerated() { position[n.id] = i }
        var degree = [Int](repeating: 0, count: graph.nodes.count)
        var outgoing = [[Int]](repeating: [], count: graph.nodes.count)
        var incoming = [[Int]](repeating: [], count: graph.nodes.count)
        for (i, e) in graph.edges.enumerated() {
            if let s = position[e.source] {
                degree[s] += 1
                outgoing[s].append(i)
            }
            if let t = position[e.target] {
                degree[t] += 1
                incoming[t].append(i)
            }
        }
        var nodeKeys = Set<String>()
        for n in graph.nodes { nodeKeys.formUnion(n.properties.keys) }
        var edgeKeys = Set<String>()
        for e in graph.edges { edgeKeys.formUnion(e.properties.keys) }
        self.nodePosition = position
        self.degree = degree
        self.outgoing = outgoing
        self.incoming = incoming
        self.nodePropertyKeys = nodeKeys.sorted()
        self.edgePropertyKeys = edgeKeys.sorted()
    }

    /// Degree of the node with `id` (0 when the id is unknown).
    func degree(of id: String) -> Int { nodePosition[id].map { degree[$0] } ?? 0 }
}
