/// The graph part of a graph file's body: `{"edges":[…],"nodes":[…]}`.
extension GraphFileReader {
    mutating func readGraph() throws -> KnowledgeGraph {
        var nodes: [Node]?
        var edges: [Edge]?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "edges") {
                edges = try readEdges()
            } else if s.keyIs(key, "nodes") {
                nodes = try readNodes()
            } else {
                try s.skipValue()
            }
        }
        guard let nodes, let edges else { throw missing("edges or nodes in the graph") }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    private mutating func readNodes() throws -> [Node] {
        var out: [Node] = []
        try s.beginArray()
        while try s.nextElement() {
            progress()
            let n = try records.node(&s, evidence: true)
            out.append(
                Node(
                    id: n.id, type: n.type, label: n.label, properties: n.properties, dates: n.dates,
                    evidence: try resolveCitations(owner: n.id)))
        }
        return out
    }

    private mutating func readEdges() throws -> [Edge] {
        var out: [Edge] = []
        try s.beginArray()
        while try s.nextElement() {
            progress()
            let e = try records.edge(&s, evidence: true)
            var resolved: [Observation] = []
            resolved.reserveCapacity(records.observations.count)
            for o in records.observations {
                resolved.append(
                    Observation(
                        date: o.date, title: o.title, role: o.role, former: o.former, evidence: try cited(o.evidence, owner: e.id)
                    ))
            }
            out.append(
                Edge(
                    id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties, dates: e.dates,
                    evidence: try resolveCitations(owner: e.id), observations: resolved))
        }
        return out
    }
}
