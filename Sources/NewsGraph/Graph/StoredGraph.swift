/// The graph as the native file stores it: every piece of evidence once, in a sorted table, referenced by index.
///
/// In memory each node, edge and observation holds its `Evidence` values; one
/// sentence typically backs a person, a position, an edge, its observation and
/// an article's `mentions` edge. Writing the table once and indices
/// elsewhere keeps the file several times smaller, and decoding shares each
/// sentence's storage among all its users.
struct StoredGraph: Codable {
    struct StoredNode: Codable {
        var id: String
        var type: NodeType
        var label: String
        var properties: [String: String]
        var dates: [PartialDate]
        var evidence: [Int]
    }

    struct StoredObservation: Codable {
        var date: PartialDate?
        var title: String?
        var role: String?
        var former: Bool
        var evidence: Int
    }

    struct StoredEdge: Codable {
        var id: String
        var type: EdgeType
        var source: String
        var target: String
        var properties: [String: String]
        var dates: [PartialDate]
        var evidence: [Int]
        var observations: [StoredObservation]
    }

    /// Every piece of evidence of the graph, sorted and unique.
    var evidence: [Evidence]
    var nodes: [StoredNode]
    var edges: [StoredEdge]

    init(_ graph: KnowledgeGraph) {
        var all = Set<Evidence>()
        for n in graph.nodes { all.formUnion(n.evidence) }
        for e in graph.edges {
            all.formUnion(e.evidence)
            for o in e.observations { all.insert(o.evidence) }
        }
        evidence = all.sorted()
        var index: [Evidence: Int] = [:]
        index.reserveCapacity(evidence.count)
        for (i, ev) in evidence.enumerated() { index[ev] = i }
        nodes = graph.nodes.map { n in
            StoredNode(
                id: n.id, type: n.type, label: n.label, properties: n.properties, dates: n.dates,
                evidence: n.evidence.map { index[$0]! })
        }
        edges = graph.edges.map { e in
            StoredEdge(
                id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties, dates: e.dates,
                evidence: e.evidence.map { index[$0]! },
                observations: e.observations.map { o in
                    StoredObservation(date: o.date, title: o.title, role: o.role, former: o.former, evidence: index[o.evidence]!)
                })
        }
    }

    /// The in-memory graph; throws when an index is out of the table (a damaged file).
    func graph(file: String) throws -> KnowledgeGraph {
        func ev(_ i: Int, _ owner: String) throws -> Evidence {
            guard evidence.indices.contains(i) else {
                throw NewsGraphError.corruptGraph(file: file, reason: "\(owner) cites evidence #\(i), which does not exist")
            }
            return evidence[i]
        }
        var nodesOut: [Node] = []
        nodesOut.reserveCapacity(nodes.count)
        for n in nodes {
            nodesOut.append(
                Node(
                    id: n.id, type: n.type, label: n.label, properties: n.properties, dates: n.dates,
                    evidence: try n.evidence.map { try ev($0, n.id) }))
        }
        var edgesOut: [Edge] = []
        edgesOut.reserveCapacity(edges.count)
        for e in edges {
            edgesOut.append(
                Edge(
                    id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties, dates: e.dates,
                    evidence: try e.evidence.map { try ev($0, e.id) },
                    observations: try e.observations.map { o in
                        Observation(date: o.date, title: o.title, role: o.role, former: o.former, evidence: try ev(o.evidence, e.id))
                    }))
        }
        return KnowledgeGraph(nodes: nodesOut, edges: edgesOut)
    }
}
