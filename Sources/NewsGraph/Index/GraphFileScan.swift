import Foundation

/// What the index needs from one graph file, found by a byte scan of it (no full decode), kept
/// as compact columns: byte ranges, type codes, ordinals, and the few names queries match by.
///
/// Byte ranges are absolute offsets into the file. The scan checks what the full load checks
/// about the graph's shape — ids unique and sorted, edges between existing nodes — so a file
/// the full load refuses gets no index either. Edges come before nodes in the file (keys are
/// sorted), so the edges are read in a second pass, once every node id is known. With a mapped
/// `file`, each pass gives back the pages behind it as it goes (`MappedFile.Window`).
struct GraphFileScan {
    var nodeOffset = Column<UInt64>()
    var nodeLength = Column<UInt32>()
    var nodeType = Column<UInt8>()
    /// Node ids by ordinal, and (after the scan) sorted by hash.
    var ids = NodeIDTable()
    /// Article nodes: the hash of their `id` property (`FILE#N`) and their ordinal, in file order.
    var articles: [(key: UInt64, ordinal: UInt32)] = []
    /// Name-table entries, one group per `QueryIndexLayout.nameGroupTypes`.
    var names = [NameGroupColumns](repeating: NameGroupColumns(), count: QueryIndexLayout.nameGroupTypes.count)

    var edgeOffset = Column<UInt64>()
    var edgeLength = Column<UInt32>()
    var edgeType = Column<UInt8>()
    var edgeSource = Column<UInt32>()
    var edgeTarget = Column<UInt32>()

    var evidenceOffset = Column<UInt64>()
    var evidenceLength = Column<UInt32>()
    var sentenceOffset = Column<UInt64>()
    var sentenceLength = Column<UInt32>()

    var nodeCount: Int { nodeOffset.count }
    var edgeCount: Int { edgeOffset.count }

    /// Problems that make a file unindexable, phrased for the user.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    /// The first node whose id is not above the one before it: what the full load refuses.
    private var idProblem: Refusal?
    private var previousID: String?
    /// The source of the edge before, and its ordinal.
    private var lastSource: (raw: (range: Range<Int>, escaped: Bool), ordinal: Int)?

    /// Scans the body (`body` is the byte range of the header's `body` value); with `file`,
    /// gives back its pages behind the reader every `step` bytes.
    init(_ base: UnsafePointer<UInt8>, body: Range<Int>, releasing file: MappedFile? = nil, step: Int = 1 << 24) throws {
        var r = JSONBytes(base, count: body.upperBound, at: body.lowerBound, releasing: file, step: step)
        var edgesRange: Range<Int>?
        var sawGraph = false
        do {
            try r.object { key, r in
                switch key {
                case "evidence":
                    try r.array { r in
                        let start = r.at
                        try r.skipValue()
                        evidenceOffset.append(UInt64(start))
                        evidenceLength.append(try Self.length(start, r.at))
                    }
                case "sentences":
                    try r.array { r in
                        let start = r.at
                        _ = try r.skipString()
                        sentenceOffset.append(UInt64(start))
                        sentenceLength.append(try Self.length(start, r.at))
                    }
                case "graph":
                    sawGraph = true
                    try r.object { key, r in
                        switch key {
                        case "nodes": try scanNodes(&r)
                        case "edges":
                            let start = r.at
                            try r.skipValue()
                            edgesRange = start..<r.at
                        default: try r.skipValue()
                        }
                    }
                default: try r.skipValue()
                }
            }
        } catch let m as JSONBytes.Malformed {
            throw Refusal(description: "malformed JSON at byte \(m.position)")
        }
        r.window.finish(at: r.at)
        guard sawGraph, let edgesRange else { throw Refusal(description: "the body has no graph edges") }
        if let idProblem { throw idProblem }
        previousID = nil
        ids.seal()
        var e = JSONBytes(base, count: edgesRange.upperBound, at: edgesRange.lowerBound, releasing: file, step: step)
        do {
            try e.array { r in try scanEdge(&r) }
        } catch let m as JSONBytes.Malformed {
            throw Refusal(description: "malformed JSON at byte \(m.position)")
        }
        e.window.finish(at: e.at)
    }

    private mutating func scanEdge(_ r: inout JSONBytes) throws {
        let start = r.at
        var id: String?
        var type: EdgeType?
        var source: (range: Range<Int>, escaped: Bool)?
        var target: (range: Range<Int>, escaped: Bool)?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string()
            case "type": type = EdgeType(rawValue: try r.string())
            case "source": source = try r.rawString()
            case "target": target = try r.rawString()
            default: try r.skipValue()
            }
        }
        guard let id, let type, let source, let target else {
            throw Refusal(description: "an edge near byte \(start) lacks its id, type, source or target")
        }
        // Edges sorted by id come in runs from one source: its ordinal is found once per run.
        let s: Int?
        if let last = lastSource, !source.escaped, !last.raw.escaped, Self.same(r.base, last.raw.range, source.range) {
            s = last.ordinal
        } else {
            s = try ordinal(of: source, in: r)
            if let s { lastSource = (source, s) }
        }
        guard let s, let t = try ordinal(of: target, in: r) else {
            throw Refusal(description: "edge \(id) points to a missing node")
        }
        if let previousID, !(previousID < id) { throw Refusal(description: "edges are not sorted by id at \(id)") }
        previousID = id
        guard edgeCount < Self.maxCount else { throw Self.tooMany }
        edgeOffset.append(UInt64(start))
        edgeLength.append(try Self.length(start, r.at))
        edgeType.append(QueryIndexLayout.code(type))
        edgeSource.append(UInt32(s))
        edgeTarget.append(UInt32(t))
    }

    /// Ordinals are 32-bit in the index.
    private static let maxCount = Int(UInt32.max) - 1
    private static let tooMany = Refusal(description: "too many nodes or edges for the index")

    /// The length of a fragment, which the index stores in 32 bits.
    private static func length(_ start: Int, _ end: Int) throws -> UInt32 {
        guard let n = UInt32(exactly: end - start) else {
            throw Refusal(description: "a JSON value of \(end - start) bytes at byte \(start) is too long for the index")
        }
        return n
    }

    /// The ordinal of the node whose id is the string `raw` read by `r` (equal as `String ==` says).
    private func ordinal(of raw: (range: Range<Int>, escaped: Bool), in r: JSONBytes) throws -> Int? {
        let bytes = UnsafeBufferPointer(start: r.base + raw.range.lowerBound, count: raw.range.count)
        // Plain text is its own key (see `NameBytes`): no string is made.
        if !raw.escaped, NameBytes.isPlain(bytes) { return ids.ordinal(ofKey: bytes) }
        return NameBytes.key(try r.text(raw)).withUnsafeBufferPointer { ids.ordinal(ofKey: $0) }
    }

    /// True when the bytes at `a` and `b` are the same.
    private static func same(_ base: UnsafePointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
    }

    private mutating func scanNodes(_ r: inout JSONBytes) throws {
        try r.array { r in
            let start = r.at
            var id: String?
            var type: NodeType?
            var label: String?
            var name: String?
            var title: String?
            var articleID: String?
            var date: String?
            var firstDate: String?
            try r.object { key, r in
                switch key {
                case "id": id = try r.string()
                case "type": type = NodeType(rawValue: try r.string())
                case "label": label = try r.string()
                case "properties":
                    try r.object { key, r in
                        switch key {
                        case "name": name = try r.string()
                        case "title": title = try r.string()
                        case "id": articleID = try r.string()
                        case "date": date = try r.string()
                        default: try r.skipValue()
                        }
                    }
                case "dates":
                    try r.array { r in
                        if firstDate == nil { firstDate = try r.string() } else { try r.skipValue() }
                    }
                default: try r.skipValue()
                }
            }
            guard let id, let type, let label else {
                throw Refusal(description: "a node near byte \(start) lacks its id, type or label")
            }
            let ordinal = nodeCount
            guard ordinal < Self.maxCount else { throw Self.tooMany }
            let key = NameBytes.key(id)
            if idProblem == nil, let previousID, !(previousID < id) {
                // Ids strictly sorted so far are unique so far: only here can this one repeat an earlier one.
                let h = NameBytes.hash(key)
                let repeated = (0..<ordinal).contains { j in
                    ids.hash(j) == h && ids.withKey(j) { $0.elementsEqual(key) }
                }
                idProblem = Refusal(
                    description: repeated ? "node id \(id) appears twice" : "nodes are not sorted by id at \(id)")
            }
            previousID = id
            ids.append(key: key)
            nodeOffset.append(UInt64(start))
            nodeLength.append(try Self.length(start, r.at))
            nodeType.append(QueryIndexLayout.code(type))
            if type == .article, let articleID {
                articles.append((NameBytes.hash(NameBytes.key(articleID)), UInt32(ordinal)))
            }
            if let g = QueryIndexLayout.nameGroupTypes.firstIndex(of: type) {
                var eventDate: String?
                if type == .event {
                    if let date, PartialDate(edtf: date) != nil { eventDate = date } else { eventDate = firstDate }
                }
                names[g].append(ordinal: ordinal, name: name ?? title ?? label, label: label, eventDate: eventDate)
            }
        }
    }
}
