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
            var id: String?
            var type: NodeType?
            var label: String?
            var properties: [String: String]?
            var dates: [PartialDate]?
            var sawEvidence = false
            try s.beginObject()
            while let key = try s.nextKey() {
                if s.keyIs(key, "dates") {
                    dates = try self.dates()
                } else if s.keyIs(key, "evidence") {
                    try readCitations()
                    sawEvidence = true
                } else if s.keyIs(key, "id") {
                    id = try string()
                } else if s.keyIs(key, "label") {
                    label = try string()
                } else if s.keyIs(key, "properties") {
                    properties = try dictionary()
                } else if s.keyIs(key, "type") {
                    let at = s.pos
                    let raw = try string()
                    guard let t = NodeType(rawValue: raw) else {
                        throw JSONScanError(message: "unknown node type \(raw)", offset: at)
                    }
                    type = t
                } else {
                    try s.skipValue()
                }
            }
            guard let id, let type, let label, let properties, let dates, sawEvidence else {
                throw missing("dates, evidence, id, label, properties or type in a node")
            }
            out.append(
                Node(
                    id: id, type: type, label: label, properties: properties, dates: dates,
                    evidence: try resolveCitations(owner: id)))
        }
        return out
    }

    private mutating func readEdges() throws -> [Edge] {
        var out: [Edge] = []
        // Observations cite evidence by index; resolved once the edge's id (named in errors) is known.
        var observations: [(date: PartialDate?, title: String?, role: String?, former: Bool, evidence: Int)] = []
        try s.beginArray()
        while try s.nextElement() {
            progress()
            var id: String?
            var type: EdgeType?
            var source: String?
            var target: String?
            var properties: [String: String]?
            var dates: [PartialDate]?
            var sawEvidence = false
            var sawObservations = false
            observations.removeAll(keepingCapacity: true)
            try s.beginObject()
            while let key = try s.nextKey() {
                if s.keyIs(key, "dates") {
                    dates = try self.dates()
                } else if s.keyIs(key, "evidence") {
                    try readCitations()
                    sawEvidence = true
                } else if s.keyIs(key, "id") {
                    id = try s.string()
                } else if s.keyIs(key, "observations") {
                    try s.beginArray()
                    while try s.nextElement() { observations.append(try readObservation()) }
                    sawObservations = true
                } else if s.keyIs(key, "properties") {
                    properties = try dictionary()
                } else if s.keyIs(key, "source") {
                    source = try string()
                } else if s.keyIs(key, "target") {
                    target = try string()
                } else if s.keyIs(key, "type") {
                    let at = s.pos
                    let raw = try string()
                    guard let t = EdgeType(rawValue: raw) else {
                        throw JSONScanError(message: "unknown edge type \(raw)", offset: at)
                    }
                    type = t
                } else {
                    try s.skipValue()
                }
            }
            guard let id, let type, let source, let target, let properties, let dates, sawEvidence, sawObservations else {
                throw missing("dates, evidence, id, observations, properties, source, target or type in an edge")
            }
            var resolved: [Observation] = []
            resolved.reserveCapacity(observations.count)
            for o in observations {
                resolved.append(
                    Observation(
                        date: o.date, title: o.title, role: o.role, former: o.former, evidence: try cited(o.evidence, owner: id)))
            }
            out.append(
                Edge(
                    id: id, type: type, source: source, target: target, properties: properties, dates: dates,
                    evidence: try resolveCitations(owner: id), observations: resolved))
        }
        return out
    }

    private mutating func readObservation() throws -> (
        date: PartialDate?, title: String?, role: String?, former: Bool, evidence: Int
    ) {
        var date: PartialDate?
        var title: String?
        var role: String?
        var former: Bool?
        var evidence: Int?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "date") {
                date = try optionalDate()
            } else if s.keyIs(key, "evidence") {
                evidence = try s.int()
            } else if s.keyIs(key, "former") {
                former = try s.bool()
            } else if s.keyIs(key, "role") {
                role = try optionalString()
            } else if s.keyIs(key, "title") {
                title = try optionalString()
            } else {
                try s.skipValue()
            }
        }
        guard let former, let evidence else { throw missing("evidence or former in an observation") }
        return (date, title, role, former, evidence)
    }
}
