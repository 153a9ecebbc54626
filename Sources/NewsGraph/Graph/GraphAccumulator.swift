/// Collects contributions to nodes and edges in any order, then emits the sorted graph.
///
/// Every contribution carries evidence and an optional date; properties are
/// voted (see `Votes`), so the result depends only on the set of contributions.
///
/// Built for archives of a million articles: evidence and dates are interned
/// once (`evidence(_:)`, ids in `RefList`s instead of hash sets of structs),
/// nodes are addressed by a `NodeRef` after their first lookup, edges by the
/// integers of their ends and type, and the long edge id strings are written
/// only once, in `finish()`. The output is the same as collecting real values
/// in sets and sorting them: interning keeps `==`, and each list is ordered by
/// the rank of its values in the one sorted table of all of them.
struct GraphAccumulator {
    /// A node, by its slot.
    typealias NodeRef = Int32
    /// Interned evidence.
    typealias EvidenceRef = Int32

    /// One candidate value of a property and how often it was proposed.
    private struct Vote {
        var key: String
        var value: String
        var count: Int
    }

    private struct NodeDraft {
        var id: String
        var type: NodeType
        var labels: [Vote] = []
        var properties: [Vote] = []
        var dates = RefList()
        var evidence = RefList()
        /// Evidence that only implies the node (an ancestor place, a person known from an office claim);
        /// used when no evidence names the node directly, so it is no longer kept once some does.
        var implied = RefList()
    }

    private struct EdgeDraft {
        var type: EdgeType
        var source: NodeRef
        var target: NodeRef
        var dates = RefList()
        var evidence = RefList()
        var observations: [ObservationDraft] = []
        var observationsCompacted = 0
        var properties: [Vote] = []
    }

    /// An observation with its parts interned (strings and dates by id, -1 for none).
    private struct ObservationDraft: Hashable, Comparable {
        var date: Int32
        var title: Int32
        var role: Int32
        var former: Bool
        var evidence: EvidenceRef

        static func < (l: ObservationDraft, r: ObservationDraft) -> Bool {
            (l.date, l.title, l.role, l.former ? 1 : 0, l.evidence) < (r.date, r.title, r.role, r.former ? 1 : 0, r.evidence)
        }
    }

    /// The edge key: its type and its two ends (an edge id is a function of these and back).
    private struct EdgeKey: Hashable {
        var source: NodeRef
        var target: NodeRef
        var type: EdgeType
    }

    private var nodeIndex: [String: NodeRef] = [:]
    private var nodes: [NodeDraft] = []
    private var edgeIndex: [EdgeKey: Int32] = [:]
    private var edges: [EdgeDraft] = []
    private var evidenceTable = EvidenceInterner()
    private var dateTable = InternTable<PartialDate>()
    private var stringTable = InternTable<String>()

    /// Makes room for about `count` distinct pieces of evidence (saves rehashing a large table as it grows).
    mutating func reserveEvidence(_ count: Int) {
        evidenceTable.reserveCapacity(count)
    }

    /// The id of `e`, interning it on first sight (equal evidence, one id).
    mutating func evidence(_ e: Evidence) -> EvidenceRef { evidenceTable.number(e) }

    private mutating func date(_ d: PartialDate) -> Int32 { dateTable.number(d) }

    private mutating func string(_ s: String) -> Int32 { stringTable.number(s) }

    /// The node `id`, if it exists.
    func node(_ id: String) -> NodeRef? { nodeIndex[id] }

    /// True when the node exists.
    func hasNode(_ id: String) -> Bool { nodeIndex[id] != nil }

    /// The node `id`, created (with `type`, nothing voted yet) when new; the caller contributes to it next.
    mutating func ref(_ id: String, _ type: NodeType) -> NodeRef {
        if let r = nodeIndex[id] { return r }
        let r = NodeRef(nodes.count)
        nodes.append(NodeDraft(id: id, type: type))
        nodeIndex[id] = r
        return r
    }

    /// Adds (or reinforces) a node; returns its reference for edges.
    @discardableResult
    mutating func node(
        _ id: String, _ type: NodeType, label: String, properties: KeyValuePairs<String, String?> = [:],
        evidence: EvidenceRef? = nil, implied: EvidenceRef? = nil, date: PartialDate? = nil
    ) -> NodeRef {
        let ref = self.ref(id, type)
        reinforce(
            ref, label: label, properties: properties, evidence: evidence, implied: implied, date: date)
        return ref
    }

    /// Reinforces a node already known by reference (same as `node(_:…)` with its id).
    mutating func reinforce(
        _ ref: NodeRef, label: String, properties: KeyValuePairs<String, String?> = [:],
        evidence: EvidenceRef? = nil, implied: EvidenceRef? = nil, date: PartialDate? = nil
    ) {
        let dateID = date.map { self.date($0) }
        // Mutate in place: copying a draft out and back would copy its lists on every contribution.
        Self.add(
            to: &nodes[Int(ref)], label: label, properties: properties, evidence: evidence, implied: implied,
            date: dateID)
    }

    private static func add(
        to d: inout NodeDraft, label: String, properties: KeyValuePairs<String, String?>, evidence: EvidenceRef?,
        implied: EvidenceRef?, date: Int32?
    ) {
        if let evidence {
            if d.evidence.isEmpty && !d.implied.isEmpty { d.implied = RefList() }
            d.evidence.insert(evidence)
        } else if let implied, d.evidence.isEmpty {
            d.implied.insert(implied)
        }
        if !label.isEmpty { vote(&d.labels, key: "", value: label) }
        for (k, v) in properties {
            if let v, !v.isEmpty { vote(&d.properties, key: k, value: v) }
        }
        if let date { d.dates.insert(date) }
    }

    private static func vote(_ votes: inout [Vote], key: String, value: String) {
        for i in votes.indices where votes[i].key == key && votes[i].value == value {
            votes[i].count += 1
            return
        }
        votes.append(Vote(key: key, value: value, count: 1))
    }

    /// Adds (or reinforces) an edge; `observation` records one sighting (holds, attended).
    mutating func edge(
        _ type: EdgeType, from source: NodeRef, to target: NodeRef, evidence: EvidenceRef? = nil,
        date: PartialDate? = nil, observation: (date: PartialDate?, title: String?, role: String?, former: Bool)? = nil,
        properties: KeyValuePairs<String, String?> = [:]
    ) {
        guard source != target else { return }
        let key = EdgeKey(source: source, target: target, type: type)
        let slot: Int
        if let s = edgeIndex[key] {
            slot = Int(s)
        } else {
            slot = edges.count
            edges.append(EdgeDraft(type: type, source: source, target: target))
            edgeIndex[key] = Int32(slot)
        }
        let dateID = date.map { self.date($0) }
        var obs: ObservationDraft?
        if let o = observation, let evidence {
            obs = ObservationDraft(
                date: o.date.map { self.date($0) } ?? -1, title: o.title.map { string($0) } ?? -1,
                role: o.role.map { string($0) } ?? -1, former: o.former, evidence: evidence)
        }
        Self.add(to: &edges[slot], evidence: evidence, date: dateID, observation: obs, properties: properties)
    }

    private static func add(
        to d: inout EdgeDraft, evidence: EvidenceRef?, date: Int32?, observation: ObservationDraft?,
        properties: KeyValuePairs<String, String?>
    ) {
        if let evidence { d.evidence.insert(evidence) }
        if let date { d.dates.insert(date) }
        if let observation, d.observations.last != observation {
            d.observations.append(observation)
            if d.observations.count >= 16 && d.observations.count >= 2 * d.observationsCompacted {
                d.observations = Array(Set(d.observations)).sorted()
                d.observationsCompacted = d.observations.count
            }
        }
        for (k, v) in properties {
            if let v, !v.isEmpty { vote(&d.properties, key: k, value: v) }
        }
    }

    /// The finished graph: nodes and edges sorted by id, every list sorted and unique.
    ///
    /// Consumes the drafts as it goes, so the graph and the drafts are not both whole in memory.
    mutating func finish() -> KnowledgeGraph {
        let (evidenceRank, sortedEvidence) = evidenceTable.sortedRanks()
        let (dateRank, sortedDates) = Self.ranks(of: dateTable.values)
        dateTable.dropLookup()
        nodeIndex = [:]
        edgeIndex = [:]

        let nodeIDs = nodes.map(\.id)
        let nodeOrder = Self.order(nodeIDs)
        // Edge ids are `TYPE:SOURCE->TARGET`, and no id holds a `>`, so their order is that of the
        // type, then of `SOURCE->`, then of the target: sort integers instead of long strings.
        let sourceOrder = Self.order(nodeIDs.map { $0 + "->" })
        let typeOrder = Self.order(EdgeType.allCases.map { $0.rawValue + ":" })
        var nodeRank = [Int32](repeating: 0, count: nodes.count)
        for (r, i) in nodeOrder.enumerated() { nodeRank[i] = Int32(r) }
        var sourceRank = [Int32](repeating: 0, count: nodes.count)
        for (r, i) in sourceOrder.enumerated() { sourceRank[i] = Int32(r) }
        var typeRank: [EdgeType: Int] = [:]
        for (r, i) in typeOrder.enumerated() { typeRank[EdgeType.allCases[i]] = r }

        // Most lists hold one value, and many lists the same one: share their storage (arrays are copy-on-write).
        var oneDate = [[PartialDate]?](repeating: nil, count: sortedDates.count)
        func dates(_ list: inout RefList) -> [PartialDate] {
            let ranks = list.take(orderedBy: dateRank)
            guard ranks.count == 1 else { return ranks.map { sortedDates[Int($0)] } }
            if let shared = oneDate[Int(ranks[0])] { return shared }
            let one = [sortedDates[Int(ranks[0])]]
            oneDate[Int(ranks[0])] = one
            return one
        }
        var oneEvidence = [[Evidence]?](repeating: nil, count: sortedEvidence.count)
        func evidence(_ list: inout RefList) -> [Evidence] {
            let ranks = list.take(orderedBy: evidenceRank)
            guard ranks.count == 1 else { return ranks.map { sortedEvidence[Int($0)] } }
            if let shared = oneEvidence[Int(ranks[0])] { return shared }
            let one = [sortedEvidence[Int(ranks[0])]]
            oneEvidence[Int(ranks[0])] = one
            return one
        }

        var outNodes: [Node] = []
        outNodes.reserveCapacity(nodes.count)
        for i in nodeOrder {
            var d = NodeDraft(id: "", type: .place)
            swap(&d, &nodes[i])
            outNodes.append(
                Node(
                    id: d.id, type: d.type, label: Self.winner(d.labels, key: "") ?? d.id,
                    properties: Self.winners(d.properties), dates: dates(&d.dates),
                    evidence: d.evidence.isEmpty ? evidence(&d.implied) : evidence(&d.evidence)))
        }
        nodes = []

        let edgeKeys = edges.map {
            (type: typeRank[$0.type]!, source: sourceRank[Int($0.source)], target: nodeRank[Int($0.target)])
        }
        var edgeOrder = Array(edges.indices)
        edgeOrder.sort { a, b in
            let x = edgeKeys[a]
            let y = edgeKeys[b]
            return (x.type, x.source, x.target) < (y.type, y.source, y.target)
        }
        var outEdges: [Edge] = []
        outEdges.reserveCapacity(edges.count)
        for i in edgeOrder {
            var d = EdgeDraft(type: .mentions, source: 0, target: 0)
            swap(&d, &edges[i])
            let source = nodeIDs[Int(d.source)]
            let target = nodeIDs[Int(d.target)]
            // By rank: two numbers of equal evidence (equal, not byte-equal) are one observation.
            let ranked = d.observations.map { o in
                var r = o
                r.evidence = evidenceRank[Int(o.evidence)]
                return r
            }
            var observations = Set(ranked).map { o in
                Observation(
                    date: o.date < 0 ? nil : dateTable[o.date], title: o.title < 0 ? nil : stringTable[o.title],
                    role: o.role < 0 ? nil : stringTable[o.role], former: o.former,
                    evidence: sortedEvidence[Int(o.evidence)])
            }
            observations.sort()
            var props = Self.winners(d.properties)
            props.merge(Self.edgeProperties(d.type, observations)) { _, derived in derived }
            outEdges.append(
                Edge(
                    id: NodeID.edge(d.type, source: source, target: target), type: d.type, source: source,
                    target: target, properties: props,
                    dates: dates(&d.dates), evidence: evidence(&d.evidence), observations: observations))
        }
        edges = []
        return KnowledgeGraph(nodes: outNodes, edges: outEdges)
    }

    /// The indices of `strings` in `String` order.
    private static func order(_ strings: [String]) -> [Int] {
        var order = Array(strings.indices)
        order.sort { StringOrder.less(strings[$0], strings[$1]) }
        return order
    }

    /// For each value of `table`, its rank in the sorted table; and the sorted table.
    private static func ranks<T: Comparable>(of table: [T]) -> (rank: [Int32], sorted: [T]) {
        var order = Array(0..<Int32(table.count))
        order.sort { table[Int($0)] < table[Int($1)] }
        var rank = [Int32](repeating: 0, count: table.count)
        for (r, i) in order.enumerated() { rank[Int(i)] = Int32(r) }
        return (rank, order.map { table[Int($0)] })
    }

    /// The most frequent value of `key`; among equals, the smallest.
    private static func winner(_ votes: [Vote], key: String) -> String? {
        var best: Vote?
        for v in votes where v.key == key {
            if let b = best {
                if v.count > b.count || (v.count == b.count && v.value < b.value) { best = v }
            } else {
                best = v
            }
        }
        return best?.value
    }

    /// The winner of every voted key.
    private static func winners(_ votes: [Vote]) -> [String: String] {
        var out: [String: String] = [:]
        for v in votes where out[v.key] == nil { out[v.key] = winner(votes, key: v.key) }
        return out
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
