/// A finished graph in the shape the graph file stores it: nodes and edges in id order, evidence by table index.
///
/// `GraphAccumulator.finishCompact(citing:)` makes it; `GraphFileWriter` writes
/// it, and `graph()` turns it into the public `KnowledgeGraph`. Every list is
/// sorted and unique, exactly as in the `KnowledgeGraph` of the same
/// contributions; but a piece of evidence is a 4-byte index into `evidence` (the
/// file's sorted table) instead of an 80-byte copy, dates are indices into the
/// sorted `dates`, and the lists of all nodes (all edges) share one array each.
/// That makes `build` cheap to finish: the graph file cites evidence by index anyway.
struct CompactGraph {
    /// One sighting of an edge (see `Observation`), its parts as numbers.
    struct Sighting: Sendable, Hashable {
        /// Index into `dates`, or -1.
        var date: Int32
        /// Index into `strings`, or -1.
        var title: Int32
        /// Index into `strings`, or -1.
        var role: Int32
        var former: Bool
        /// Index into `evidence`.
        var evidence: Int32
    }

    /// The evidence the graph cites, and (when the facts were given) the facts' own: sorted, unique.
    var evidence: [Evidence] = []
    /// The table index of each citation of the facts, in `GraphDocument.forEachCitation` order; empty without facts.
    var factCitations: [Int32] = []
    /// Every date, sorted and unique.
    var dates: [PartialDate] = []
    /// Titles and roles of sightings, by number (in no particular order).
    var strings: [String] = []

    /// Node ids, sorted.
    var nodeIDs: [String] = []
    var nodeTypes: [NodeType] = []
    var nodeLabels: [String] = []
    /// Each node's properties, in the UTF-8 byte order of their keys (as a graph file writes them).
    var nodeProperties = FlatLists<Property>()
    /// Each node's dates, as indices into `dates`.
    var nodeDates = FlatLists<Int32>()
    /// Each node's evidence, as indices into `evidence`.
    var nodeEvidence = FlatLists<Int32>()

    /// Edges, in id order.
    var edgeTypes: [EdgeType] = []
    /// Each edge's source, as an index into `nodeIDs`.
    var edgeSources: [Int32] = []
    /// Each edge's target, as an index into `nodeIDs`.
    var edgeTargets: [Int32] = []
    /// Each edge's properties, in the UTF-8 byte order of their keys.
    var edgeProperties = FlatLists<Property>()
    var edgeDates = FlatLists<Int32>()
    var edgeEvidence = FlatLists<Int32>()
    /// Each edge's sightings, sorted as `Observation`s sort.
    var edgeSightings = FlatLists<Sighting>()

    /// The number of nodes of each type.
    var counts: GraphCounts {
        var byType: [NodeType: Int] = [:]
        for t in nodeTypes { byType[t, default: 0] += 1 }
        return GraphCounts(nodesByType: byType, edges: edgeTypes.count)
    }

    /// The `KnowledgeGraph`; takes the compact lists apart as it goes.
    mutating func graph() -> KnowledgeGraph {
        // Most lists hold one value, and many lists the same one: share their storage (arrays are copy-on-write).
        var oneDate = [[PartialDate]?](repeating: nil, count: dates.count)
        var oneEvidence = [[Evidence]?](repeating: nil, count: evidence.count)
        func dateList(_ refs: ArraySlice<Int32>) -> [PartialDate] {
            guard refs.count == 1, let r = refs.first.map(Int.init) else { return refs.map { dates[Int($0)] } }
            if let shared = oneDate[r] { return shared }
            oneDate[r] = [dates[r]]
            return oneDate[r]!
        }
        func evidenceList(_ refs: ArraySlice<Int32>) -> [Evidence] {
            guard refs.count == 1, let r = refs.first.map(Int.init) else { return refs.map { evidence[Int($0)] } }
            if let shared = oneEvidence[r] { return shared }
            oneEvidence[r] = [evidence[r]]
            return oneEvidence[r]!
        }

        var nodes: [Node] = []
        nodes.reserveCapacity(nodeIDs.count)
        for i in nodeIDs.indices {
            nodes.append(
                Node(
                    id: nodeIDs[i], type: nodeTypes[i], label: nodeLabels[i], properties: Self.dictionary(nodeProperties[i]),
                    dates: dateList(nodeDates[i]), evidence: evidenceList(nodeEvidence[i])))
        }
        nodeLabels = []
        nodeProperties.removeAll()
        nodeDates.removeAll()
        nodeEvidence.removeAll()

        var edges: [Edge] = []
        edges.reserveCapacity(edgeTypes.count)
        for i in edgeTypes.indices {
            let source = nodeIDs[Int(edgeSources[i])]
            let target = nodeIDs[Int(edgeTargets[i])]
            let observations = edgeSightings[i].map { s in
                Observation(
                    date: s.date < 0 ? nil : dates[Int(s.date)], title: s.title < 0 ? nil : strings[Int(s.title)],
                    role: s.role < 0 ? nil : strings[Int(s.role)], former: s.former, evidence: evidence[Int(s.evidence)])
            }
            edges.append(
                Edge(
                    id: NodeID.edge(edgeTypes[i], source: source, target: target), type: edgeTypes[i], source: source,
                    target: target, properties: Self.dictionary(edgeProperties[i]), dates: dateList(edgeDates[i]),
                    evidence: evidenceList(edgeEvidence[i]), observations: observations))
        }
        self = CompactGraph()
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    private static func dictionary(_ properties: ArraySlice<Property>) -> [String: String] {
        var d: [String: String] = [:]
        d.reserveCapacity(properties.count)
        for p in properties { d[p.key.name] = p.value }
        return d
    }
}
