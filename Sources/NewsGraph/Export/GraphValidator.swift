/// Checks that a graph can be exported: unique node and edge ids, every edge between existing nodes.
///
/// XML formats enforce id uniqueness and edge endpoints (GraphML's key references),
/// so a broken graph is refused up front with a clear error instead of producing
/// a file that Gephi or a validator rejects.
public enum GraphValidator {
    /// Throws `NewsGraphError.corruptGraph` naming `file` and the first problem found.
    public static func validate(_ graph: KnowledgeGraph, file: String) throws {
        var ids = Set<String>()
        ids.reserveCapacity(graph.nodes.count)
        for n in graph.nodes where !ids.insert(n.id).inserted {
            throw NewsGraphError.corruptGraph(file: file, reason: "duplicate node id '\(n.id)'")
        }
        // GEXF and CSV drop characters XML 1.0 forbids from ids; two ids differing only in those would merge.
        for n in graph.nodes {
            let clean = XMLText.clean(n.id)
            if clean != n.id && ids.contains(clean) {
                throw NewsGraphError.corruptGraph(
                    file: file, reason: "node ids '\(clean)' and one with control characters would coincide")
            }
        }
        var edgeIds = Set<String>()
        edgeIds.reserveCapacity(graph.edges.count)
        for e in graph.edges {
            guard edgeIds.insert(e.id).inserted else {
                throw NewsGraphError.corruptGraph(file: file, reason: "duplicate edge id '\(e.id)'")
            }
            guard ids.contains(e.source) else {
                throw NewsGraphError.corruptGraph(file: file, reason: "edge '\(e.id)' starts at missing node '\(e.source)'")
            }
            guard ids.contains(e.target) else {
                throw NewsGraphError.corruptGraph(file: file, reason: "edge '\(e.id)' ends at missing node '\(e.target)'")
            }
        }
    }
}
