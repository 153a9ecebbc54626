/// Collects contributions to nodes and edges in any order, then emits the sorted graph.
///
/// Every contribution carries evidence and an optional date; properties are
/// voted (see `Votes`), so the result depends only on the set of contributions.
///
/// Built for archives of a million articles: evidence and dates are interned
/// once (`evidence(_:)`, ids in `RefList`s instead of hash sets of structs),
/// nodes are addressed by a `NodeRef` after their first lookup, edges by the
/// integers of their ends and type, and the long edge id strings are not made
/// at all by `finishCompact` (from which `build` writes the graph file). The
/// output is the same as collecting real values in sets and sorting them:
/// interning keeps `==`, and each list is ordered by the rank of its values in
/// the one sorted table of all of them.
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
    /// The `CompactGraph` of `finishCompact()`, with its indices turned into values.
    mutating func finish() -> KnowledgeGraph {
        var compact = finishCompact()
        return compact.graph()
    }

    /// The finished graph in the graph file's shape: nodes and edges sorted by id, every list sorted and
    /// unique, evidence and dates as indices into sorted tables (see `CompactGraph`).
    ///
    /// With `facts`, their evidence (each article's mentions, offices, events, attendances) joins the
    /// evidence table, which is then the graph file's whole table, and `factCitations` numbers each citation.
    /// Consumes the drafts as it goes, so the compact graph and the drafts are not both whole in memory.
    mutating func finishCompact() -> CompactGraph { finishCompact(citing: [ArticleFacts]()) }

    /// The compact graph, its evidence table also holding the evidence `facts` cite (see `finishEvidence`).
    mutating func finishCompact<Facts: Collection<ArticleFacts>>(citing facts: Facts) -> CompactGraph {
        var out = CompactGraph()
        let evidenceRank: [Int32]
        (out.evidence, evidenceRank, out.factCitations) = finishEvidence(citing: facts)
        let dateRank: [Int32]
        (dateRank, out.dates) = Self.ranks(of: dateTable.values)
        dateTable = InternTable()
        out.strings = stringTable.values
        stringTable = InternTable()
        nodeIndex = [:]
        edgeIndex = [:]

        var nodeOrder: [Int]
        var nodeRank = [Int32](repeating: 0, count: nodes.count)
        var sourceRank = [Int32](repeating: 0, count: nodes.count)
        do {
            let nodeIDs = nodes.map(\.id)
            nodeOrder = Self.order(nodeIDs)
            // Edge ids are `TYPE:SOURCE->TARGET`, and no id holds a `>`, so their order is that of the
            // type, then of `SOURCE->`, then of the target: sort integers instead of long strings.
            for (r, i) in Self.order(nodeIDs.map { $0 + "->" }).enumerated() { sourceRank[i] = Int32(r) }
        }
        for (r, i) in nodeOrder.enumerated() { nodeRank[i] = Int32(r) }
        var typeRank: [EdgeType: Int] = [:]
        for (r, i) in Self.order(EdgeType.allCases.map { $0.rawValue + ":" }).enumerated() {
            typeRank[EdgeType.allCases[i]] = r
        }

        out.nodeIDs.reserveCapacity(nodes.count)
        out.nodeTypes.reserveCapacity(nodes.count)
        out.nodeLabels.reserveCapacity(nodes.count)
        out.nodeProperties.reserveCapacity(nodes.count)
        // The flat lists at about their final size: grown by doubling, each would briefly be there twice.
        var held = (dates: 0, evidence: 0)
        for i in nodes.indices {
            held.dates += nodes[i].dates.heldCount
            held.evidence += nodes[i].evidence.isEmpty ? nodes[i].implied.heldCount : nodes[i].evidence.heldCount
        }
        out.nodeDates.reserveCapacity(lists: nodes.count, elements: held.dates)
        out.nodeEvidence.reserveCapacity(lists: nodes.count, elements: held.evidence)
        for i in nodeOrder {
            var d = NodeDraft(id: "", type: .place)
            swap(&d, &nodes[i])
            out.nodeIDs.append(d.id)
            out.nodeTypes.append(d.type)
            out.nodeLabels.append(Self.winner(d.labels, key: "") ?? d.id)
            out.nodeProperties.append(Self.winners(d.properties))
            out.nodeDates.append(d.dates.take(orderedBy: dateRank))
            out.nodeEvidence.append(
                d.evidence.isEmpty ? d.implied.take(orderedBy: evidenceRank) : d.evidence.take(orderedBy: evidenceRank))
        }
        nodes = []
        nodeOrder = []

        let edgeKeys = edges.map {
            (type: typeRank[$0.type]!, source: sourceRank[Int($0.source)], target: nodeRank[Int($0.target)])
        }
        sourceRank = []
        var edgeOrder = Array(edges.indices)
        edgeOrder.sort { a, b in
            let x = edgeKeys[a]
            let y = edgeKeys[b]
            return (x.type, x.source, x.target) < (y.type, y.source, y.target)
        }
        out.edgeTypes.reserveCapacity(edges.count)
        out.edgeSources.reserveCapacity(edges.count)
        out.edgeTargets.reserveCapacity(edges.count)
        out.edgeProperties.reserveCapacity(edges.count)
        held = (0, 0)
        var sighted = 0
        for i in edges.indices {
            held.dates += edges[i].dates.heldCount
            held.evidence += edges[i].evidence.heldCount
            sighted += edges[i].observations.count
        }
        out.edgeDates.reserveCapacity(lists: edges.count, elements: held.dates)
        out.edgeEvidence.reserveCapacity(lists: edges.count, elements: held.evidence)
        out.edgeSightings.reserveCapacity(lists: edges.count, elements: sighted)
        let (dates, strings) = (out.dates, out.strings)
        for i in edgeOrder {
            var d = EdgeDraft(type: .mentions, source: 0, target: 0)
            swap(&d, &edges[i])
            out.edgeTypes.append(d.type)
            out.edgeSources.append(nodeRank[Int(d.source)])
            out.edgeTargets.append(nodeRank[Int(d.target)])
            // By rank: two numbers of equal evidence (equal, not byte-equal) are one observation.
            var sightings = d.observations.map { o in
                CompactGraph.Sighting(
                    date: o.date < 0 ? -1 : dateRank[Int(o.date)], title: o.title, role: o.role, former: o.former,
                    evidence: evidenceRank[Int(o.evidence)])
            }
            if sightings.count > 1 { sightings = Array(Set(sightings)) }
            sightings.sort { Self.precedes($0, $1, dates: dates, strings: strings) }
            var props = Self.winners(d.properties)
            props.merge(Self.edgeProperties(d.type, sightings, strings: strings)) { _, derived in derived }
            out.edgeProperties.append(props)
            out.edgeDates.append(d.dates.take(orderedBy: dateRank))
            out.edgeEvidence.append(d.evidence.take(orderedBy: evidenceRank))
            out.edgeSightings.append(sightings)
        }
        edges = []
        return out
    }

    /// The sorted table of the evidence the graph cites (and `facts` cite), each interned number's index in it
    /// (-1 when nothing cites its value), and the index of each of the facts' citations.
    ///
    /// Numbers stand for bytes (`EvidenceInterner`), so equal pieces of evidence (canonically equivalent
    /// text) may hold several; they get one index, and the table keeps one spelling: for evidence the graph
    /// cites, that of the first number interned, else
    /// that of the facts' first citation, as the graph file's `EvidenceTable` keeps the first cited in
    /// `GraphDocument.forEachCitation` order.
    private mutating func finishEvidence<Facts: Collection<ArticleFacts>>(
        citing facts: Facts
    ) -> (table: [Evidence], rank: [Int32], factCitations: [Int32]) {
        // 1: the graph cites it; 2: only the facts do; 0: nothing (implied evidence of a node named later).
        var cited = [UInt8](repeating: 0, count: evidenceTable.values.count)
        for i in nodes.indices {
            if nodes[i].evidence.isEmpty {
                nodes[i].implied.forEachID { cited[Int($0)] = 1 }
            } else {
                nodes[i].evidence.forEachID { cited[Int($0)] = 1 }
            }
        }
        for i in edges.indices {
            edges[i].evidence.forEachID { cited[Int($0)] = 1 }
            for o in edges[i].observations { cited[Int(o.evidence)] = 1 }
        }
        var factCitations: [Int32] = []
        // For numbers first cited by the facts: the order of that first citation.
        var firstFactCitation: [Int32: Int32] = [:]
        func cite(_ e: Evidence) {
            let n = evidenceTable.number(e)
            if Int(n) == cited.count { cited.append(0) }
            if cited[Int(n)] == 0 {
                cited[Int(n)] = 2
                firstFactCitation[n] = Int32(firstFactCitation.count)
            }
            factCitations.append(n)
        }
        // Through pointers: `for m in mentions` would copy (retain every field of) each fact.
        // Each article read once (packed facts unpack on every read).
        for f in facts {
            f.mentions.withUnsafeBufferPointer { p in for j in p.indices { cite(p[j].evidence) } }
            f.offices.withUnsafeBufferPointer { p in for j in p.indices { cite(p[j].evidence) } }
            f.events.withUnsafeBufferPointer { p in for j in p.indices { cite(p[j].evidence) } }
            f.attendances.withUnsafeBufferPointer { p in for j in p.indices { cite(p[j].evidence) } }
        }

        var table = evidenceTable.values
        evidenceTable = EvidenceInterner()
        var rank = [Int32](repeating: -1, count: table.count)
        var representatives: [Int32] = []
        table.withUnsafeBufferPointer { t in
            let e = t.baseAddress!
            // Every number in value order, equal values by number: runs of equal values, the first interned first.
            let order = EvidenceTable.sortedOrder(t.count) { EvidenceTable.compare(e + Int($0), e + Int($1)) }
            var start = 0
            while start < order.count {
                var end = start + 1
                while end < order.count && EvidenceTable.compare(e + Int(order[start]), e + Int(order[end])) == 0 { end += 1 }
                let run = order[start..<end]
                var representative: Int32?
                if run.count == 1 {
                    if cited[Int(run[start])] != 0 { representative = run[start] }
                } else if run.contains(where: { cited[Int($0)] == 1 }) {
                    representative = run.first
                } else {
                    representative = run.filter { cited[Int($0)] == 2 }.min { firstFactCitation[$0]! < firstFactCitation[$1]! }
                }
                if let representative {
                    for n in run { rank[Int(n)] = Int32(representatives.count) }
                    representatives.append(representative)
                }
                start = end
            }
        }
        cited = []
        // Move every representative to its index in place, the others to the end: a sorted copy would double
        // the table. Through a buffer pointer, whose `swapAt` moves the bytes (an array's would retain and release).
        var destination = [Int32](repeating: -1, count: table.count)
        for (k, n) in representatives.enumerated() { destination[Int(n)] = Int32(k) }
        var next = Int32(representatives.count)
        for i in destination.indices where destination[i] < 0 {
            destination[i] = next
            next += 1
        }
        table.withUnsafeMutableBufferPointer { t in
            destination.withUnsafeMutableBufferPointer { d in
                for i in t.indices {
                    while d[i] != Int32(i) {
                        let j = Int(d[i])
                        t.swapAt(i, j)
                        d.swapAt(i, j)
                    }
                }
            }
        }
        table.removeLast(table.count - representatives.count)
        for i in factCitations.indices { factCitations[i] = rank[Int(factCitations[i])] }
        return (table, rank, factCitations)
    }

    /// `Observation.<` on sightings: by date (none last), evidence, then title, role and former.
    private static func precedes(
        _ l: CompactGraph.Sighting, _ r: CompactGraph.Sighting, dates: [PartialDate], strings: [String]
    ) -> Bool {
        let ld = l.date < 0 ? PartialDate(year: Int.max) : dates[Int(l.date)]
        let rd = r.date < 0 ? PartialDate(year: Int.max) : dates[Int(r.date)]
        if ld != rd { return ld < rd }
        if l.evidence != r.evidence { return l.evidence < r.evidence }
        func text(_ n: Int32) -> String { n < 0 ? "" : strings[Int(n)] }
        return (text(l.title), text(l.role), l.former ? 1 : 0) < (text(r.title), text(r.role), r.former ? 1 : 0)
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

    /// Summary properties of an edge, derived from its sightings in order (documented in schema/graph-model.md).
    static func edgeProperties(
        _ type: EdgeType, _ sightings: [CompactGraph.Sighting], strings: [String]
    ) -> [String: String] {
        switch type {
        case .holds:
            var titles: [String] = []
            var seen = Set<String>()
            for o in sightings where o.title >= 0 {
                let t = strings[Int(o.title)]
                if seen.insert(t).inserted { titles.append(t) }
            }
            guard !sightings.isEmpty else { return [:] }
            let former = sightings.allSatisfy(\.former)
            return ["title": titles.joined(separator: "；"), "former": former ? "true" : "false"]
        case .attended, .authored:
            let roles = Set(sightings.compactMap { $0.role < 0 ? nil : strings[Int($0.role)] }).sorted()
            return roles.isEmpty ? [:] : ["role": roles.joined(separator: ",")]
        default:
            return [:]
        }
    }
}
