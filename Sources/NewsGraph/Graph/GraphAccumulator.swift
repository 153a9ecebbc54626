/// Collects contributions to nodes and edges in any order, then emits the sorted graph.
///
/// Every contribution carries evidence and an optional date; properties are
/// voted (see `Votes`), so the result depends only on the set of contributions.
struct GraphAccumulator {
    private struct NodeDraft {
        var type: NodeType
        var label = Votes<String>()
        var properties: [String: Votes<String>] = [:]
        var dates: Set<PartialDate> = []
        var evidence: Set<Evidence> = []
        /// Evidence that only implies the node (an ancestor place, a person known from an office claim);
        /// used when no evidence names the node directly.
        var implied: Set<Evidence> = []
    }

    private struct EdgeDraft {
        var type: EdgeType
        var source: String
        var target: String
        var dates: Set<PartialDate> = []
        var evidence: Set<Evidence> = []
        var observations: Set<Observation> = []
        var properties: [String: Votes<String>] = [:]
    }

    private var nodes: [String: NodeDraft] = [:]
    private var edges: [String: EdgeDraft] = [:]

    /// Adds (or reinforces) a node.
    mutating func node(
        _ id: String, _ type: NodeType, label: String, properties: [String: String] = [:],
        evidence: Evidence? = nil, implied: Evidence? = nil, date: PartialDate? = nil
    ) {
        // Mutate in place through the dictionary's accessor: copying a draft out and back
        // would copy its evidence set on every contribution (quadratic on busy nodes).
        Self.add(
            to: &nodes[id, default: NodeDraft(type: type)], label: label, properties: properties, evidence: evidence,
            implied: implied, date: date)
    }

    private static func add(
        to d: inout NodeDraft, label: String, properties: [String: String], evidence: Evidence?, implied: Evidence?,
        date: PartialDate?
    ) {
        if let implied { d.implied.insert(implied) }
        if !label.isEmpty { d.label.add(label) }
        for (k, v) in properties where !v.isEmpty {
            d.properties[k, default: Votes()].add(v)
        }
        if let evidence { d.evidence.insert(evidence) }
        if let date { d.dates.insert(date) }
    }

    /// True when the node exists.
    func hasNode(_ id: String) -> Bool { nodes[id] != nil }

    /// Adds (or reinforces) an edge; `observation` records one sighting (holds, attended).
    mutating func edge(
        _ type: EdgeType, from source: String, to target: String, evidence: Evidence? = nil,
        date: PartialDate? = nil, observation: Observation? = nil, properties: [String: String] = [:]
    ) {
        guard source != target else { return }
        let id = NodeID.edge(type, source: source, target: target)
        Self.add(
            to: &edges[id, default: EdgeDraft(type: type, source: source, target: target)], evidence: evidence, date: date,
            observation: observation, properties: properties)
    }

    private static func add(
        to d: inout EdgeDraft, evidence: Evidence?, date: PartialDate?, observation: Observation?,
        properties: [String: String]
    ) {
        if let evidence { d.evidence.insert(evidence) }
        if let date { d.dates.insert(date) }
        if let observation { d.observations.insert(observation) }
        for (k, v) in properties where !v.isEmpty {
            d.properties[k, default: Votes()].add(v)
        }
    }

    /// The finished graph: nodes and edges sorted by id, every list sorted and unique.
    func finish() -> KnowledgeGraph {
        var outNodes: [Node] = []
        outNodes.reserveCapacity(nodes.count)
        for (id, d) in nodes {
            var props: [String: String] = [:]
            for (k, votes) in d.properties {
                if let w = votes.winner { props[k] = w }
            }
            outNodes.append(
                Node(
                    id: id, type: d.type, label: d.label.winner ?? id, properties: props,
                    dates: d.dates.sorted(), evidence: (d.evidence.isEmpty ? d.implied : d.evidence).sorted()))
        }
        outNodes.sort { $0.id < $1.id }
        var outEdges: [Edge] = []
        outEdges.reserveCapacity(edges.count)
        for (id, d) in edges {
            // Edges to nodes that were never created would dangle; they cannot arise
            // from the builder, but guard so a malformed fact cannot break the graph.
            guard nodes[d.source] != nil, nodes[d.target] != nil else { continue }
            let observations = d.observations.sorted()
            var props: [String: String] = [:]
            for (k, votes) in d.properties {
                if let w = votes.winner { props[k] = w }
            }
            props.merge(Self.edgeProperties(d.type, observations)) { _, derived in derived }
            outEdges.append(
                Edge(
                    id: id, type: d.type, source: d.source, target: d.target,
                    properties: props, dates: d.dates.sorted(),
                    evidence: d.evidence.sorted(), observations: observations))
        }
        outEdges.sort { $0.id < $1.id }
        return KnowledgeGraph(nodes: outNodes, edges: outEdges)
    }

    /// Summary properties of an edge, derived from its observations (documented in schema/graph-model.md).
    static func edgeProperties(_ type: EdgeType, _ observations: [Observation]) -> [String: String] {
        switch type {
        case .holds:
            var titles: [String] = []
            var seen = Set<String>()
            for o in observations {
                if let t = o.title, seen.insert(t).inserted { titles.append(t) }
            }
            guard !observations.isEmpty else { return [:] }
            let former = observations.allSatisfy(\.former)
            return ["title": titles.joined(separator: "；"), "former": former ? "true" : "false"]
        case .attended, .authored:
            let roles = Set(observations.compactMap(\.role)).sorted()
            return roles.isEmpty ? [:] : ["role": roles.joined(separator: ",")]
        default:
            return [:]
        }
    }
}
