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

    /// One candidate value of a property (or the label) and how often it was proposed.
    struct Vote {
        var value: String
        var count: Int32
        var key: PropertyKey
    }

    private struct NodeDraft {
        var id: String
        /// Votes for the label and the properties.
        var votes: [Vote] = []
        var dates = RefList()
        /// The evidence naming the node; while none does, the evidence implying it (`onlyImplied`).
        var evidence = RefList()
        var type: NodeType
        /// `evidence` only implies the node (an ancestor place, a person known from an office claim): it is
        /// kept while no evidence names the node directly, and dropped once some does.
        var onlyImplied = false

        init(id: String, type: NodeType) {
            self.id = id
            self.type = type
        }
    }

    // 48 bytes: a million-article archive makes over ten million edges, most with one piece of evidence.
    struct EdgeDraft {
        var source: NodeRef
        var target: NodeRef
        var type: EdgeType
        /// Index into `edgeExtras`, or -1: the minority of edges with sightings or properties keep them there.
        var extra: Int32 = -1
        var dates = RefList()
        var evidence = RefList()
    }

    /// What only some edges have: sightings (holds, attended, authored) and voted properties.
    struct EdgeExtra {
        var observations: [ObservationDraft] = []
        var observationsCompacted: Int32 = 0
        var properties: [Vote] = []
    }

    /// An observation with its parts interned (strings and dates by id, -1 for none).
    struct ObservationDraft: Hashable, Comparable {
        var date: Int32
        var title: Int32
        var role: Int32
        var former: Bool
        var evidence: EvidenceRef

        static func < (l: ObservationDraft, r: ObservationDraft) -> Bool {
            (l.date, l.title, l.role, l.former ? 1 : 0, l.evidence) < (r.date, r.title, r.role, r.former ? 1 : 0, r.evidence)
        }
    }

    private var nodeIndex: [String: NodeRef] = [:]
    private var nodes: [NodeDraft] = []
    /// Edges by their type and two ends (an edge id is a function of these and back), hashed by the ends.
    private var edgeIndex = HashIndex(capacity: 1024)
    private var edges: [EdgeDraft] = []
    private var edgeExtras: [EdgeExtra] = []
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
        _ id: String, _ type: NodeType, label: String, properties: KeyValuePairs<PropertyKey, String?> = [:],
        evidence: EvidenceRef? = nil, implied: EvidenceRef? = nil, date: PartialDate? = nil
    ) -> NodeRef {
        let ref = self.ref(id, type)
        reinforce(
            ref, label: label, properties: properties, evidence: evidence, implied: implied, date: date)
        return ref
    }

    /// Reinforces a node already known by reference (same as `node(_:…)` with its id).
    mutating func reinforce(
        _ ref: NodeRef, label: String, properties: KeyValuePairs<PropertyKey, String?> = [:],
        evidence: EvidenceRef? = nil, implied: EvidenceRef? = nil, date: PartialDate? = nil
    ) {
        let dateID = date.map { self.date($0) }
        // Mutate in place: copying a draft out and back would copy its lists on every contribution.
        Self.add(
            to: &nodes[Int(ref)], label: label, properties: properties, evidence: evidence, implied: implied,
            date: dateID)
    }

    private static func add(
        to d: inout NodeDraft, label: String, properties: KeyValuePairs<PropertyKey, String?>, evidence: EvidenceRef?,
        implied: EvidenceRef?, date: Int32?
    ) {
        if let evidence {
            if d.onlyImplied {
                d.evidence = RefList()
                d.onlyImplied = false
            }
            d.evidence.insert(evidence)
        } else if let implied, d.evidence.isEmpty || d.onlyImplied {
            d.onlyImplied = true
            d.evidence.insert(implied)
        }
        if !label.isEmpty { vote(&d.votes, key: .label, value: label) }
        for (k, v) in properties {
            if let v, !v.isEmpty { vote(&d.votes, key: k, value: v) }
        }
        if let date { d.dates.insert(date) }
    }

    private static func vote(_ votes: inout [Vote], key: PropertyKey, value: String) {
        for i in votes.indices where votes[i].key == key && votes[i].value == value {
            votes[i].count += 1
            return
        }
        votes.append(Vote(value: value, count: 1, key: key))
    }

    /// Adds (or reinforces) an edge; `observation` records one sighting (holds, attended).
    mutating func edge(
        _ type: EdgeType, from source: NodeRef, to target: NodeRef, evidence: EvidenceRef? = nil,
        date: PartialDate? = nil, observation: (date: PartialDate?, title: String?, role: String?, former: Bool)? = nil,
        properties: KeyValuePairs<PropertyKey, String?> = [:]
    ) {
        guard source != target else { return }
        let hash = ByteHash.mix(UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target)))
        let (found, inserted) = edges.withUnsafeBufferPointer { e in
            edgeIndex.findOrInsert(hash: hash, newID: Int32(e.count)) { id in
                let d = e[Int(id)]
                return d.source == source && d.target == target && d.type == type
            }
        }
        let slot = Int(found)
        if inserted { edges.append(EdgeDraft(source: source, target: target, type: type)) }
        if let date { edges[slot].dates.insert(self.date(date)) }
        if let evidence { edges[slot].evidence.insert(evidence) }
        var obs: ObservationDraft?
        if let o = observation, let evidence {
            obs = ObservationDraft(
                date: o.date.map { self.date($0) } ?? -1, title: o.title.map { string($0) } ?? -1,
                role: o.role.map { string($0) } ?? -1, former: o.former, evidence: evidence)
        }
        guard obs != nil || properties.contains(where: { $0.1.map { !$0.isEmpty } ?? false }) else { return }
        if edges[slot].extra < 0 {
            edges[slot].extra = Int32(edgeExtras.count)
            edgeExtras.append(EdgeExtra())
        }
        Self.add(to: &edgeExtras[Int(edges[slot].extra)], observation: obs, properties: properties)
    }

    private static func add(
        to d: inout EdgeExtra, observation: ObservationDraft?, properties: KeyValuePairs<PropertyKey, String?>
    ) {
        if let observation, d.observations.last != observation {
            d.observations.append(observation)
            if d.observations.count >= 16 && d.observations.count >= 2 * Int(d.observationsCompacted) {
                d.observations = Array(Set(d.observations)).sorted()
                d.observationsCompacted = Int32(d.observations.count)
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
        edgeIndex = HashIndex()

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
        var typeRank: [EdgeType: UInt64] = [:]
        for (r, i) in Self.order(EdgeType.allCases.map { $0.rawValue + ":" }).enumerated() {
            typeRank[EdgeType.allCases[i]] = UInt64(r)
        }

        out.nodeIDs.reserveCapacity(nodes.count)
        out.nodeTypes.reserveCapacity(nodes.count)
        out.nodeLabels.reserveCapacity(nodes.count)
        // The flat lists at about their final size: grown by doubling, each would briefly be there twice.
        var held = (dates: 0, evidence: 0, properties: 0)
        for i in nodes.indices {
            held.dates += nodes[i].dates.heldCount
            held.evidence += nodes[i].evidence.heldCount
            held.properties += nodes[i].votes.count
        }
        out.nodeDates.reserveCapacity(lists: nodes.count, elements: held.dates)
        out.nodeEvidence.reserveCapacity(lists: nodes.count, elements: held.evidence)
        out.nodeProperties.reserveCapacity(lists: nodes.count, elements: held.properties)
        for i in nodeOrder {
            var d = NodeDraft(id: "", type: .place)
            swap(&d, &nodes[i])
            out.nodeIDs.append(d.id)
            out.nodeTypes.append(d.type)
            out.nodeLabels.append(Self.winner(d.votes, key: .label) ?? d.id)
            out.nodeProperties.append(Self.winners(d.votes))
            out.nodeDates.append(d.dates.take(orderedBy: dateRank))
            out.nodeEvidence.append(d.evidence.take(orderedBy: evidenceRank))
        }
        nodes = []
        nodeOrder = []

        // Each edge's place in id order as one integer: 8 bytes an edge where a tuple of ranks took 16.
        precondition(nodeRank.count < 1 << 30 && EdgeType.allCases.count <= 16, "more than 2^30 nodes or 16 edge types")
        var edgeKeys = [UInt64](repeating: 0, count: edges.count)
        for i in edges.indices {
            let e = edges[i]
            edgeKeys[i] = typeRank[e.type]! << 60 | UInt64(sourceRank[Int(e.source)]) << 30 | UInt64(nodeRank[Int(e.target)])
        }
        sourceRank = []
        var edgeOrder = Array(0..<Int32(edges.count))
        edgeKeys.withUnsafeBufferPointer { k in edgeOrder.sort { k[Int($0)] < k[Int($1)] } }
        edgeKeys = []
        out.edges = FinishedEdges(
            drafts: edges, extras: edgeExtras, order: edgeOrder, nodeRank: nodeRank, dateRank: dateRank,
            evidenceRank: evidenceRank, dates: out.dates, strings: out.strings)
        edges = []
        edgeExtras = []
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
        for i in nodes.indices { nodes[i].evidence.forEachID { cited[Int($0)] = 1 } }
        for i in edges.indices { edges[i].evidence.forEachID { cited[Int($0)] = 1 } }
        for x in edgeExtras {
            for o in x.observations { cited[Int(o.evidence)] = 1 }
        }
        var factCitations: [Int32] = []
        // For numbers first cited by the facts: the order of that first citation.
        var firstFactCitation: [Int32: Int32] = [:]
        // The sentences of an article's evidence the graph holds already, by the storage of the sentence just
        // unpacked: evidence only the facts cite takes the held copy instead of keeping a second one (at a
        // million articles, hundreds of megabytes of repeated sentences, at the build's peak). So each article's
        // citations are read twice: looked up (noting the held sentences), then cited; only the evidence not
        // found is hashed again, to be interned.
        var held: [UInt: String] = [:]
        var found: [Int32] = []
        var firstOfArticle = 0
        func lookUp(_ e: Evidence) {
            let n = evidenceTable.find(e) ?? -1
            found.append(n)
            if n >= 0, let a = Self.storage(e.sentence), held[a] == nil { held[a] = evidenceTable.values[Int(n)].sentence }
        }
        func cite(_ e: Evidence) {
            var n = found[factCitations.count - firstOfArticle]
            if n < 0 {
                var e = e
                if let a = Self.storage(e.sentence), let copy = held[a] { e.sentence = copy }
                n = evidenceTable.number(e)
            }
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
            held.removeAll(keepingCapacity: true)
            found.removeAll(keepingCapacity: true)
            firstOfArticle = factCitations.count
            for lookingUp in [true, false] {
                func visit(_ e: Evidence) { if lookingUp { lookUp(e) } else { cite(e) } }
                f.mentions.withUnsafeBufferPointer { p in for j in p.indices { visit(p[j].evidence) } }
                f.offices.withUnsafeBufferPointer { p in for j in p.indices { visit(p[j].evidence) } }
                f.events.withUnsafeBufferPointer { p in for j in p.indices { visit(p[j].evidence) } }
                f.attendances.withUnsafeBufferPointer { p in for j in p.indices { visit(p[j].evidence) } }
            }
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

    /// The address of `s`'s heap storage; nil for strings stored inline (up to 15 bytes), which have none.
    private static func storage(_ s: String) -> UInt? {
        let address = s.utf8.withContiguousStorageIfAvailable { p in
            p.count > 15 ? p.baseAddress.map { UInt(bitPattern: $0) } : nil
        }
        return address ?? nil
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
}
