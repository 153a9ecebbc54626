/// A finished graph in the shape the graph file stores it: nodes and edges in id order, evidence by table index.
///
/// `GraphAccumulator.finishCompact(citing:)` makes it; `GraphFileWriter` writes
/// it, and `graph()` turns it into the public `KnowledgeGraph`. Every list is
/// sorted and unique, exactly as in the `KnowledgeGraph` of the same
/// contributions; but a piece of evidence is a 4-byte index into `evidence` (the
/// file's sorted table) instead of an 80-byte copy, dates are indices into the
/// sorted `dates`, and the lists of all nodes share one array each. The edges,
/// ten times as many, are finished one at a time as they are taken (`edges`),
/// so they are never all in memory in this form. That makes `build` cheap to
/// finish: the graph file cites evidence by index anyway.
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

    /// The edges, finished one at a time in id order as they are taken (see `GraphAccumulator.FinishedEdges`).
    var edges = GraphAccumulator.FinishedEdges()

    /// One finished edge: its ends as indices into `nodeIDs`, its lists as indices into the tables.
    struct Edge {
        var type: EdgeType
        var source: Int32
        var target: Int32
        /// In the UTF-8 byte order of the keys.
        var properties: [Property]
        var dates: [Int32]
        var evidence: [Int32]
        /// Sorted as `Observation`s sort.
        var sightings: [Sighting]
    }

    /// The number of nodes of each type.
    var counts: GraphCounts {
        var byType: [NodeType: Int] = [:]
        for t in nodeTypes { byType[t, default: 0] += 1 }
        return GraphCounts(nodesByType: byType, edges: edges.count)
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

        var finished: [NewsGraph.Edge] = []
        finished.reserveCapacity(edges.count)
        while let e = edges.next() {
            let source = nodeIDs[Int(e.source)]
            let target = nodeIDs[Int(e.target)]
            let observations = e.sightings.map { s in
                Observation(
                    date: s.date < 0 ? nil : dates[Int(s.date)], title: s.title < 0 ? nil : strings[Int(s.title)],
                    role: s.role < 0 ? nil : strings[Int(s.role)], former: s.former, evidence: evidence[Int(s.evidence)])
            }
            finished.append(
                NewsGraph.Edge(
                    id: NodeID.edge(e.type, source: source, target: target), type: e.type, source: source,
                    target: target, properties: Self.dictionary(e.properties[...]), dates: dateList(e.dates[...]),
                    evidence: evidenceList(e.evidence[...]), observations: observations))
        }
        self = CompactGraph()
        return KnowledgeGraph(nodes: nodes, edges: finished)
    }

    private static func dictionary(_ properties: ArraySlice<Property>) -> [String: String] {
        var d: [String: String] = [:]
        d.reserveCapacity(properties.count)
        for p in properties { d[p.key.name] = p.value }
        return d
    }
}
