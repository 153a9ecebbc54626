@testable import NewsGraph

/// Reference (the format's first implementation, kept for tests): the graph as the native file stores it, for `JSONEncoder`.
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

    var nodes: [StoredNode]
    var edges: [StoredEdge]

    /// Every piece of evidence `graph` holds.
    static func evidence(of graph: KnowledgeGraph) -> [Evidence] {
        var all: [Evidence] = []
        for n in graph.nodes { all += n.evidence }
        for e in graph.edges {
            all += e.evidence
            for o in e.observations { all.append(o.evidence) }
        }
        return all
    }

    init(_ graph: KnowledgeGraph, table: ReferenceEvidenceTable) {
        nodes = graph.nodes.map { n in
            StoredNode(
                id: n.id, type: n.type, label: n.label, properties: n.properties, dates: n.dates,
                evidence: n.evidence.map(table.ref))
        }
        edges = graph.edges.map { e in
            StoredEdge(
                id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties, dates: e.dates,
                evidence: e.evidence.map(table.ref),
                observations: e.observations.map { o in
                    StoredObservation(
                        date: o.date, title: o.title, role: o.role, former: o.former, evidence: table.ref(o.evidence))
                })
        }
    }

    /// The in-memory graph; throws when a citation is outside the table (a damaged file).
    func graph(table: ReferenceEvidenceTable, file: String) throws -> KnowledgeGraph {
        var nodesOut: [Node] = []
        nodesOut.reserveCapacity(nodes.count)
        for n in nodes {
            nodesOut.append(
                Node(
                    id: n.id, type: n.type, label: n.label, properties: n.properties, dates: n.dates,
                    evidence: try n.evidence.map { try table.evidence($0, file: file, owner: n.id) }))
        }
        var edgesOut: [Edge] = []
        edgesOut.reserveCapacity(edges.count)
        for e in edges {
            edgesOut.append(
                Edge(
                    id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties, dates: e.dates,
                    evidence: try e.evidence.map { try table.evidence($0, file: file, owner: e.id) },
                    observations: try e.observations.map { o in
                        Observation(
                            date: o.date, title: o.title, role: o.role, former: o.former,
                            evidence: try table.evidence(o.evidence, file: file, owner: e.id))
                    }))
        }
        return KnowledgeGraph(nodes: nodesOut, edges: edgesOut)
    }
}
