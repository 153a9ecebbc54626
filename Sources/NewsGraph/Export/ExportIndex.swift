/// What the writers need to know before they write a record, learnt in one pass over an
/// `ExportSource`: node ordinals by id, degrees, property keys, and (for JSON-LD) each node's
/// direct links. The same pass checks that the graph can be exported (see `GraphValidator`).
///
/// Its tables are per node (ids, types, degrees) plus, for JSON-LD, one 32-bit entry per edge
/// that links two nodes directly: a graph file of any size is exported without holding its
/// records, their properties or their evidence.
struct ExportIndex {
    /// A schema.org (or NewsGraph) property that links the ends of an edge directly, in JSON-LD.
    enum LinkTerm: UInt32, CaseIterable {
        case attendee, author, memberOf, parentOrganization, partOf, containedInPlace, location, locatedIn
        case organizer, mentions

        /// The property's name in the context.
        var name: String { String(describing: self) }
    }

    /// One direct link of a node: the node at its other end and the term (holds: the link names the edge).
    struct Link {
        var other: Int
        var term: LinkTerm
        /// The edge's id when it is not `NodeID.edge(.holds, source:target:)` (holds links only).
        var holdsID: String?
    }

    private(set) var nodeCount = 0
    private(set) var edgeCount = 0
    /// In-degree plus out-degree, by node ordinal.
    private(set) var degree: [UInt32] = []
    /// Node types, by ordinal.
    private(set) var nodeType: [NodeType] = []
    /// Every node property key used in the graph, sorted.
    private(set) var nodePropertyKeys: [String] = []
    /// Every edge property key used in the graph, sorted.
    private(set) var edgePropertyKeys: [String] = []
    /// Ordinals of the positions whose label a `holds` edge's role name falls back to (JSON-LD).
    private(set) var labelsWanted = Set<Int>()
    /// The first and last day of the GEXF timeline (with `timeline`; nil when nothing is dated).
    private(set) var timelineStart: DateSpell.Day?
    private(set) var timelineEnd: DateSpell.Day?

    private var ids = NodeIDTable()
    /// The ids whose key bytes are not their own (see `NameBytes.key`), by ordinal.
    private var exactIDs: [Int: String] = [:]
    /// CSR of the direct links: node i's are `links[linkStart[i]..<linkStart[i + 1]]`, in edge order;
    /// each is `other << 4 | term`.
    private var linkStart: [UInt32] = []
    private var links: [UInt32] = []
    private var holdsIDs: [Int: String] = [:]

    /// Reads `source` once (not its evidence), checking it as `GraphValidator` says; errors name `file`.
    /// With `links`, records each node's direct links (JSON-LD); with `timeline`, the bounds of
    /// the spells of events and their edges (GEXF).
    init(_ source: some ExportSource, file: String, links withLinks: Bool = false, timeline: Bool = false) throws {
        let sorted = source.promisesSortedIDs
        var nodeKeys = Set<String>()
        var unclean: [(ordinal: Int, clean: String)] = []
        var previous: String?
        try source.forEachNode { n, _, _ in
            if sorted, let previous {
                if previous == n.id { throw NewsGraphError.corruptGraph(file: file, reason: "node id \(n.id) appears twice") }
                if !(previous < n.id) {
                    throw NewsGraphError.corruptGraph(file: file, reason: "nodes are not sorted by id at \(n.id)")
                }
            }
            if sorted { previous = n.id }
            let key = NameBytes.key(n.id)
            if !key.elementsEqual(n.id.utf8) { exactIDs[nodeCount] = n.id }
            ids.append(key: key)
            nodeType.append(n.type)
            nodeKeys.formUnion(n.properties.keys)
            let clean = XMLText.clean(n.id)
            if clean != n.id { unclean.append((nodeCount, clean)) }
            if timeline, n.type == .event { widenTimeline(DateSpell.spells(for: n.dates).spells) }
            nodeCount += 1
        }
        ids.seal()
        if !sorted, let repeated = firstRepeatedID() {
            throw NewsGraphError.corruptGraph(file: file, reason: "duplicate node id '\(id(repeated))'")
        }
        // GEXF and CSV drop characters XML 1.0 forbids from ids; two ids differing only in those would merge.
        for u in unclean where ordinal(of: u.clean) != nil {
            throw NewsGraphError.corruptGraph(
                file: file, reason: "node ids '\(u.clean)' and one with control characters would coincide")
        }
        nodePropertyKeys = nodeKeys.sorted()

        degree = [UInt32](repeating: 0, count: nodeCount)
        guard !withLinks || nodeCount < 1 << 28 else {
            throw NewsGraphError.corruptGraph(file: file, reason: "too many nodes for a JSON-LD export (\(nodeCount))")
        }
        var linkOwner: [UInt32] = []
        var linkValue: [UInt32] = []
        var oddHolds: [Int: String] = [:]
        var edgeKeys = Set<String>()
        var edgeIDs = Set<String>()
        previous = nil
        try source.forEachEdge { e, _, _ in
            if !sorted, !edgeIDs.insert(e.id).inserted {
                throw NewsGraphError.corruptGraph(file: file, reason: "duplicate edge id '\(e.id)'")
            }
            let s = ordinal(of: e.source)
            let t = ordinal(of: e.target)
            if sorted {
                guard s != nil, t != nil else {
                    throw NewsGraphError.corruptGraph(file: file, reason: "edge \(e.id) points to a missing node")
                }
                if let previous, !(previous < e.id) {
                    throw NewsGraphError.corruptGraph(file: file, reason: "edges are not sorted by id at \(e.id)")
                }
                previous = e.id
            }
            guard let s else {
                throw NewsGraphError.corruptGraph(file: file, reason: "edge '\(e.id)' starts at missing node '\(e.source)'")
            }
            guard let t else {
                throw NewsGraphError.corruptGraph(file: file, reason: "edge '\(e.id)' ends at missing node '\(e.target)'")
            }
            degree[s] += 1
            degree[t] += 1
            edgeKeys.formUnion(e.properties.keys)
            if withLinks, let (owner, other, term) = link(e, source: s, target: t) {
                if term == .memberOf {
                    // The link names the edge: rebuilt from its ends' ids when that gives its id's very bytes.
                    if !NodeID.edge(.holds, source: id(s), target: id(t)).utf8.elementsEqual(e.id.utf8) {
                        oddHolds[linkOwner.count] = e.id
                    }
                    if e.properties["resolvedTitle"] == nil && e.properties["title"] == nil { labelsWanted.insert(t) }
                }
                linkOwner.append(UInt32(owner))
                linkValue.append(UInt32(other) << 4 | term.rawValue)
            }
            if timeline { widenTimeline(GEXFWriter.timeline(of: e).spells) }
            edgeCount += 1
        }
        edgePropertyKeys = edgeKeys.sorted()
        if withLinks { groupLinks(owners: linkOwner, values: linkValue, oddHolds: oddHolds) }
    }

    private mutating func widenTimeline(_ spells: [DateSpell]) {
        for s in spells {
            if timelineStart.map({ s.start < $0 }) ?? true { timelineStart = s.start }
            if timelineEnd.map({ s.end > $0 }) ?? true { timelineEnd = s.end }
        }
    }

    /// The ordinal of the node with `id`, or nil.
    func ordinal(of id: String) -> Int? {
        NameBytes.key(id).withUnsafeBufferPointer { ids.ordinal(ofKey: $0) }
    }

    /// The id of node `ordinal`.
    func id(_ ordinal: Int) -> String {
        if let exact = exactIDs[ordinal] { return exact }
        return ids.withKey(ordinal) { String(decoding: $0, as: UTF8.self) }
    }

    /// The direct links of node `ordinal`, in edge order (empty unless built `links`).
    func links(of ordinal: Int) -> [Link] {
        guard ordinal + 1 < linkStart.count else { return [] }
        return (Int(linkStart[ordinal])..<Int(linkStart[ordinal + 1])).map { k in
            let v = links[k]
            return Link(other: Int(v >> 4), term: LinkTerm(rawValue: v & 15)!, holdsID: holdsIDs[k])
        }
    }

    /// The direct link `e` makes, seen from the node that carries it in JSON-LD.
    ///
    /// `attended` and `authored` point the other way in schema.org (`Event attendee Person`,
    /// `Article author Person`), so they are written on their target; the rest on their source.
    private func link(_ e: Edge, source s: Int, target t: Int) -> (owner: Int, other: Int, term: LinkTerm)? {
        switch e.type {
        case .attended: return (t, s, .attendee)
        case .authored: return (t, s, .author)
        case .holds: return (s, t, .memberOf)
        case .partOf:
            return (s, t, nodeType[s] == .organization && nodeType[t] == .organization ? .parentOrganization : .partOf)
        case .locatedIn:
            if nodeType[t] == .place && nodeType[s] == .place { return (s, t, .containedInPlace) }
            return (s, t, nodeType[t] == .place ? .location : .locatedIn)
        case .heldIn: return (s, t, .location)
        case .organizedBy: return (s, t, .organizer)
        case .mentions: return (s, t, .mentions)
        }
    }

    /// Sorts the links, met in edge order, by owner (stably) into the CSR tables.
    private mutating func groupLinks(owners: [UInt32], values: [UInt32], oddHolds: [Int: String]) {
        var start = [UInt32](repeating: 0, count: nodeCount + 1)
        for o in owners { start[Int(o) + 1] += 1 }
        for i in 0..<nodeCount { start[i + 1] += start[i] }
        var next = start
        var grouped = [UInt32](repeating: 0, count: values.count)
        for (k, o) in owners.enumerated() {
            let slot = Int(next[Int(o)])
            next[Int(o)] += 1
            grouped[slot] = values[k]
            if let odd = oddHolds[k] { holdsIDs[slot] = odd }
        }
        linkStart = start
        links = grouped
    }

    /// The first ordinal whose id equals an earlier one's (`String ==`), or nil.
    private func firstRepeatedID() -> Int? {
        var first: Int?
        var k = 0
        let hashes = ids.sortedHashes
        let ordinals = ids.sortedOrdinals
        while k < hashes.count {
            var end = k + 1
            while end < hashes.count, hashes[end] == hashes[k] { end += 1 }
            // Within a run of equal hashes the ordinals ascend: the repeat of an id is the later one.
            if end - k > 1 {
                for a in k..<end {
                    for b in (a + 1)..<end {
                        let (x, y) = (Int(ordinals[a]), Int(ordinals[b]))
                        let same = ids.withKey(x) { kx in ids.withKey(y) { ky in kx.elementsEqual(ky) } }
                        if same, first.map({ y < $0 }) ?? true { first = y }
                    }
                }
            }
            k = end
        }
        return first
    }
}
