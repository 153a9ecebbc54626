import Foundation

/// Decodes the nodes and edges a query needs from their JSON fragments in the graph file,
/// and collects them into a small `KnowledgeGraph` in the file's (id) order.
///
/// Each fragment is checked against the index (its id hashes to the ordinal, an edge's
/// type and ends agree), so a damaged or mismatched index throws instead of answering.
struct SubgraphLoader {
    let index: QueryIndex
    private(set) var nodes: [Int: Node] = [:]
    private(set) var edges: [Int: Edge] = [:]
    /// Nodes and edges loaded without their evidence.
    private var lean: Set<Int> = []
    private var leanEdges: Set<Int> = []
    private var evidence: [Int: Evidence] = [:]
    private var sentences: [Int: String] = [:]
    /// The number of each piece of evidence read, when asked to keep them (`recordingNumbers`).
    private var numbers: [CheapKey: Int] = [:]
    /// Keep the number of each piece of evidence read in `numbers`.
    var recordingNumbers = false
    private var placesByName: [String: [Int]]?
    private let reader = FragmentReader()
    /// Fragments read since the graph file's pages were last given back.
    private var reads = 0

    /// A loader reading through `index`; `places` is the Place table of an earlier loader
    /// of the same index (`placeTable`), to save building it again.
    init(_ index: QueryIndex, places: [String: [Int]]? = nil) {
        self.index = index
        placesByName = places
    }

    /// Place ordinals by name, once a place was looked up by name (for the next loader of the index).
    var placeTable: [String: [Int]]? { placesByName }

    /// The bytes of a fragment of the graph file. Every `QueryIndex.readsPerRelease` reads, the pages of the
    /// file read so far are given back: a broad query reads fragments from all over a large file,
    /// and each page fault maps up to a few dozen pages around the one read (they stay resident,
    /// as page cache, until given back). Giving a page back never changes what a later read sees.
    private mutating func graphBytes(_ offset: UInt64, _ length: Int) throws -> UnsafeBufferPointer<UInt8> {
        reads += 1
        if reads >= index.readsPerRelease {
            index.graph.release(0..<index.graph.count)
            reads = 0
        }
        return try index.graphBytes(offset, length)
    }

    /// The graph of everything loaded, nodes and edges in file order.
    func graph() -> KnowledgeGraph {
        KnowledgeGraph(
            nodes: nodes.keys.sorted().map { nodes[$0]! }, edges: edges.keys.sorted().map { edges[$0]! })
    }

    /// The node at `ordinal`, loaded (once) into the subgraph.
    ///
    /// Without `evidence` its evidence list is left empty: for the places, organisations,
    /// positions and articles a query reads only for their names and properties (a province's
    /// evidence runs to thousands of sentences). The equivalence tests hold this to the engine.
    @discardableResult
    mutating func node(_ ordinal: Int, evidence withEvidence: Bool = true) throws -> Node {
        if let n = nodes[ordinal], !withEvidence || !lean.contains(ordinal) { return n }
        let bytes = try graphBytes(try index.u64(.nodeOffset, ordinal), try index.u32(.nodeLength, ordinal))
        let n: Node
        do {
            n = try reader.node(bytes, evidence: withEvidence) { try evidence($0) }
        } catch let d as QueryIndex.Damaged {
            throw d
        } catch {
            throw QueryIndex.Damaged("node #\(ordinal) does not decode: \(error)")
        }
        guard try index.nodeType(ordinal) == n.type, try index.ordinals(ofID: n.id).contains(ordinal) else {
            throw QueryIndex.Damaged("node #\(ordinal) does not match the index")
        }
        nodes[ordinal] = n
        if withEvidence { lean.remove(ordinal) } else { lean.insert(ordinal) }
        return n
    }

    /// The edge at `ordinal`, loaded (once) into the subgraph (its end nodes are not loaded).
    ///
    /// Without `evidence` its evidence and observations are left empty: for the `locatedIn`,
    /// `heldIn` and `organizedBy` edges a query follows only to their targets (a city's
    /// `locatedIn` edge cites every article naming it).
    @discardableResult
    mutating func edge(_ ordinal: Int, evidence withEvidence: Bool = true) throws -> Edge {
        if let e = edges[ordinal], !withEvidence || !leanEdges.contains(ordinal) { return e }
        let bytes = try graphBytes(try index.u64(.edgeOffset, ordinal), try index.u32(.edgeLength, ordinal))
        let e: Edge
        do {
            e = try reader.edge(bytes, evidence: withEvidence) { try evidence($0) }
        } catch let d as QueryIndex.Damaged {
            throw d
        } catch {
            throw QueryIndex.Damaged("edge #\(ordinal) does not decode: \(error)")
        }
        guard try index.edgeType(ordinal) == e.type,
            try index.ordinals(ofID: e.source).contains(try index.u32(.edgeSource, ordinal)),
            try index.ordinals(ofID: e.target).contains(try index.u32(.edgeTarget, ordinal))
        else { throw QueryIndex.Damaged("edge #\(ordinal) does not match the index") }
        edges[ordinal] = e
        if withEvidence { leanEdges.remove(ordinal) } else { leanEdges.insert(ordinal) }
        return e
    }

    /// Ordinals of the edges of one type leaving (or arriving at) a node, in id order.
    func edges(of node: Int, _ type: EdgeType, outgoing: Bool) throws -> [Int] {
        try index.edges(of: node, outgoing: outgoing).filter { try index.edgeType($0) == type }
    }

    /// The ordinal at the other end of an edge.
    func target(_ edge: Int) throws -> Int { try index.u32(.edgeTarget, edge) }
    func source(_ edge: Int) throws -> Int { try index.u32(.edgeSource, edge) }

    /// Entry `i` of the evidence table, with its sentence; checked like `EvidenceTable` checks it.
    mutating func evidence(_ i: Int) throws -> Evidence {
        if let e = evidence[i] {
            if recordingNumbers { numbers[CheapKey(e)] = i }
            return e
        }
        guard i >= 0, i < index.evidenceCount else { throw QueryIndex.Damaged("evidence #\(i) does not exist") }
        let bytes = try graphBytes(try index.u64(.evidenceOffset, i), try index.u32(.evidenceLength, i))
        let entry: FragmentReader.EvidenceEntry
        do { entry = try reader.evidence(bytes) } catch {
            throw QueryIndex.Damaged("evidence #\(i) does not decode")
        }
        guard entry.sentence >= 0, entry.sentence < index.sentenceCount, entry.start <= entry.end else {
            throw QueryIndex.Damaged("evidence #\(i) is damaged")
        }
        let e = Evidence(
            file: entry.file, article: entry.article, span: Span(start: entry.start, end: entry.end),
            sentence: try sentence(entry.sentence), rule: entry.rule)
        evidence[i] = e
        if recordingNumbers { numbers[CheapKey(e)] = i }
        return e
    }

    /// The number of a piece of evidence read while `recordingNumbers` was on.
    func number(of e: Evidence) -> Int? { numbers[CheapKey(e)] }

    /// Evidence as a dictionary key hashed by its offsets and article length only (hashing the
    /// sentence normalises Chinese text): equal keys are still told apart by the full `==`.
    private struct CheapKey: Hashable {
        let evidence: Evidence
        init(_ e: Evidence) { evidence = e }
        static func == (a: CheapKey, b: CheapKey) -> Bool { a.evidence == b.evidence }
        func hash(into h: inout Hasher) {
            h.combine(evidence.start)
            h.combine(evidence.end)
            h.combine(evidence.article.utf8.count)
        }
    }

    private mutating func sentence(_ i: Int) throws -> String {
        if let s = sentences[i] { return s }
        let bytes = try graphBytes(try index.u64(.sentenceOffset, i), try index.u32(.sentenceLength, i))
        guard let s = try? reader.sentence(bytes) else { throw QueryIndex.Damaged("sentence #\(i) does not decode") }
        sentences[i] = s
        return s
    }

    // MARK: Places

    /// Ordinals of the Place nodes named `name` (as `GraphIndex.placesByName` keys them), in file order.
    mutating func places(named name: String) throws -> [Int] {
        if placesByName == nil {
            var table: [String: [Int]] = [:]
            for k in try index.nameEntries(of: .place) {
                table[try index.nameString(k, 0).string, default: []].append(try index.u32(.nameOrdinals, k))
            }
            placesByName = table
        }
        return placesByName?[name] ?? []
    }

    /// Loads what `GraphIndex.placeChain` reads from a node: it, its `locatedIn` edges and
    /// their targets, and so on up through the places above it.
    mutating func loadPlaceChain(_ start: Int) throws {
        var seen: Set<Int> = [start]
        var frontier = [start]
        while let n = frontier.popLast() {
            try node(n, evidence: false)
            for e in try edges(of: n, .locatedIn, outgoing: true) {
                try edge(e, evidence: false)
                // The chain climbs through places only; other targets are skipped unread, as there.
                let t = try target(e)
                if try index.nodeType(t) == .place, seen.insert(t).inserted { frontier.append(t) }
            }
        }
    }

    /// Loads the chains of every place named `name` (what `GraphIndex.placeChain(named:)` reads).
    mutating func loadPlaceChain(named name: String) throws {
        for p in try places(named: name) { try loadPlaceChain(p) }
    }
}
