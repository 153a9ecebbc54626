import Foundation

@testable import NewsGraph

/// The first query index scan (before the compact columns), kept as the reference the builder
/// must match byte for byte: every node and edge as a struct of Strings, whole-file reads.
///
/// Byte ranges are absolute offsets into the file. The scan checks what the full load
/// checks about the graph's shape — ids unique and sorted, edges between existing nodes —
/// so a file the full load refuses gets no index either.
struct ReferenceGraphScan {
    struct NodeEntry {
        var range: Range<Int>
        var type: NodeType
        var id: String
        /// `name`, else `title`, else the label (what queries match a person, event or place by).
        var name: String
        var label: String
        /// Article nodes: the `id` property (`FILE#N`).
        var articleID: String?
        /// Event nodes: the `date` property when it is EDTF, else the first observed date.
        var eventDate: String?
    }

    struct EdgeEntry {
        var range: Range<Int>
        var type: EdgeType
        var source: Int
        var target: Int
    }

    var nodes: [NodeEntry] = []
    var edges: [EdgeEntry] = []
    var evidence: [Range<Int>] = []
    var sentences: [Range<Int>] = []

    /// Problems that make a file unindexable, phrased for the user.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    /// Scans the body (`body` is the byte range of the header's `body` value).
    init(_ base: UnsafePointer<UInt8>, body: Range<Int>) throws {
        var r = JSONBytes(base, count: body.upperBound, at: body.lowerBound)
        var edgesRange: Range<Int>?
        var sawGraph = false
        do {
            try r.object { key, r in
                switch key {
                case "evidence":
                    try r.array { r in
                        let start = r.at
                        try r.skipValue()
                        evidence.append(start..<r.at)
                    }
                case "sentences":
                    try r.array { r in
                        let start = r.at
                        _ = try r.skipString()
                        sentences.append(start..<r.at)
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
        guard sawGraph, let edgesRange else { throw Refusal(description: "the body has no graph edges") }
        var byID: [String: Int] = [:]
        byID.reserveCapacity(nodes.count)
        for (i, n) in nodes.enumerated() {
            guard byID.updateValue(i, forKey: n.id) == nil else { throw Refusal(description: "node id \(n.id) appears twice") }
            if i > 0, !(nodes[i - 1].id < n.id) { throw Refusal(description: "nodes are not sorted by id at \(n.id)") }
        }
        var e = JSONBytes(base, count: edgesRange.upperBound, at: edgesRange.lowerBound)
        do {
            var previousID: String?
            try e.array { r in
                let start = r.at
                var id: String?
                var type: EdgeType?
                var source: String?
                var target: String?
                try r.object { key, r in
                    switch key {
                    case "id": id = try r.string()
                    case "type": type = EdgeType(rawValue: try r.string())
                    case "source": source = try r.string()
                    case "target": target = try r.string()
                    default: try r.skipValue()
                    }
                }
                guard let id, let type, let source, let target else {
                    throw Refusal(description: "an edge near byte \(start) lacks its id, type, source or target")
                }
                guard let s = byID[source], let t = byID[target] else {
                    throw Refusal(description: "edge \(id) points to a missing node")
                }
                if let previousID, !(previousID < id) { throw Refusal(description: "edges are not sorted by id at \(id)") }
                previousID = id
                edges.append(EdgeEntry(range: start..<r.at, type: type, source: s, target: t))
            }
        } catch let m as JSONBytes.Malformed {
            throw Refusal(description: "malformed JSON at byte \(m.position)")
        }
    }

    private mutating func scanNodes(_ r: inout JSONBytes) throws {
        try r.array { r in
            let start = r.at
            var id: String?
            var type: NodeType?
            var label: String?
            var props: [String: String] = [:]
            var firstDate: String?
            try r.object { key, r in
                switch key {
                case "id": id = try r.string()
                case "type": type = NodeType(rawValue: try r.string())
                case "label": label = try r.string()
                case "properties":
                    try r.object { key, r in
                        switch key {
                        case "name", "title", "id", "date": props[key] = try r.string()
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
            var entry = NodeEntry(
                range: start..<r.at, type: type, id: id, name: props["name"] ?? props["title"] ?? label, label: label)
            if type == .article { entry.articleID = props["id"] }
            if type == .event {
                if let d = props["date"], PartialDate(edtf: d) != nil { entry.eventDate = d } else { entry.eventDate = firstDate }
            }
            nodes.append(entry)
        }
    }
}

/// The first query index builder, kept as the reference `QueryIndexBuilder` must match byte for
/// byte: the whole index in one buffer, the checksum over it in one piece (`referenceChecksum`).
enum ReferenceIndexBuilder {
    /// The index bytes for `graph`, and what they hold; throws `corruptGraph` for a file the full load would refuse.
    static func build(_ graph: MappedFile) throws -> (bytes: [UInt8], counts: QueryIndexCounts) {
        let file = graph.path
        guard let header = GraphFileHeader(graph.bytes) else {
            throw NewsGraphError.corruptGraph(file: file, reason: "not a NewsGraph graph file of version \(GraphStore.version)")
        }
        let body = UnsafeBufferPointer(rebasing: graph.bytes[header.body])
        guard FNV1a64.hex(of: body) == String(decoding: header.checksum, as: UTF8.self) else {
            throw NewsGraphError.corruptGraph(file: file, reason: "checksum mismatch: the file was truncated or edited")
        }
        let scan: ReferenceGraphScan
        do { scan = try ReferenceGraphScan(graph.base, body: header.body) } catch let r as ReferenceGraphScan.Refusal {
            throw NewsGraphError.corruptGraph(file: file, reason: r.description)
        }
        guard scan.nodes.count < Int(UInt32.max), scan.edges.count < Int(UInt32.max) else {
            throw NewsGraphError.corruptGraph(file: file, reason: "too many nodes or edges for the index")
        }
        var sections: [QueryIndexLayout.Section: [UInt8]] = [:]
        layOutNodesAndEdges(scan, into: &sections)
        layOutLookups(scan, into: &sections)
        var out = [UInt8](repeating: 0, count: QueryIndexLayout.headerSize)
        var directory: [(offset: Int, count: Int)] = []
        for s in QueryIndexLayout.Section.allCases {
            while out.count % 8 != 0 { out.append(0) }
            let bytes = sections[s] ?? []
            directory.append((out.count, bytes.count / s.width))
            out += bytes
        }
        func put64(_ v: UInt64, at i: Int) { for k in 0..<8 { out[i + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) } }
        func put32(_ v: UInt32, at i: Int) { for k in 0..<4 { out[i + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(k))) } }
        out.replaceSubrange(0..<8, with: QueryIndexLayout.magic)
        put32(QueryIndexLayout.version, at: QueryIndexLayout.versionAt)
        put64(graph.identity.size, at: QueryIndexLayout.graphSizeAt)
        put64(UInt64(bitPattern: graph.identity.seconds), at: QueryIndexLayout.graphMtimeSecondsAt)
        put64(UInt64(bitPattern: graph.identity.nanoseconds), at: QueryIndexLayout.graphMtimeNanosAt)
        out.replaceSubrange(QueryIndexLayout.graphChecksumAt..<(QueryIndexLayout.graphChecksumAt + 16), with: header.checksum)
        let counts = QueryIndexCounts(
            nodes: scan.nodes.count, edges: scan.edges.count, evidence: scan.evidence.count, sentences: scan.sentences.count)
        for (k, c) in [counts.nodes, counts.edges, counts.evidence, counts.sentences].enumerated() {
            put32(UInt32(c), at: QueryIndexLayout.countsAt + 4 * k)
        }
        for (k, d) in directory.enumerated() {
            put64(UInt64(d.offset), at: QueryIndexLayout.directoryAt + 16 * k)
            put64(UInt64(d.count), at: QueryIndexLayout.directoryAt + 16 * k + 8)
        }
        let payloadSize = out.count - QueryIndexLayout.headerSize
        put64(UInt64(payloadSize), at: QueryIndexLayout.payloadSizeAt)
        let checksum = out.withUnsafeBytes { referenceChecksum($0) }
        put64(checksum, at: QueryIndexLayout.checksumAt)
        return (out, counts)
    }

    private static func layOutNodesAndEdges(_ scan: ReferenceGraphScan, into sections: inout [QueryIndexLayout.Section: [UInt8]])
    {
        var w = ReferenceBytes()
        for n in scan.nodes { w.u64(UInt64(n.range.lowerBound)) }
        sections[.nodeOffset] = w.take()
        for n in scan.nodes { w.u32(UInt32(n.range.count)) }
        sections[.nodeLength] = w.take()
        sections[.nodeType] = scan.nodes.map { QueryIndexLayout.code($0.type) }
        for e in scan.edges { w.u64(UInt64(e.range.lowerBound)) }
        sections[.edgeOffset] = w.take()
        for e in scan.edges { w.u32(UInt32(e.range.count)) }
        sections[.edgeLength] = w.take()
        sections[.edgeType] = scan.edges.map { QueryIndexLayout.code($0.type) }
        for e in scan.edges { w.u32(UInt32(e.source)) }
        sections[.edgeSource] = w.take()
        for e in scan.edges { w.u32(UInt32(e.target)) }
        sections[.edgeTarget] = w.take()
        // Adjacency in CSR form, each node's edges in file (id) order.
        for (startSection, listSection, end) in [
            (QueryIndexLayout.Section.outStart, QueryIndexLayout.Section.outEdges, \ReferenceGraphScan.EdgeEntry.source),
            (.inStart, .inEdges, \ReferenceGraphScan.EdgeEntry.target),
        ] {
            var start = [Int](repeating: 0, count: scan.nodes.count + 1)
            for e in scan.edges { start[e[keyPath: end] + 1] += 1 }
            for i in 0..<scan.nodes.count { start[i + 1] += start[i] }
            var fill = start
            var list = [UInt32](repeating: 0, count: scan.edges.count)
            for (i, e) in scan.edges.enumerated() {
                list[fill[e[keyPath: end]]] = UInt32(i)
                fill[e[keyPath: end]] += 1
            }
            for s in start { w.u32(UInt32(s)) }
            sections[startSection] = w.take()
            for v in list { w.u32(v) }
            sections[listSection] = w.take()
        }
        for r in scan.evidence { w.u64(UInt64(r.lowerBound)) }
        sections[.evidenceOffset] = w.take()
        for r in scan.evidence { w.u32(UInt32(r.count)) }
        sections[.evidenceLength] = w.take()
        for r in scan.sentences { w.u64(UInt64(r.lowerBound)) }
        sections[.sentenceOffset] = w.take()
        for r in scan.sentences { w.u32(UInt32(r.count)) }
        sections[.sentenceLength] = w.take()
    }

    private static func layOutLookups(_ scan: ReferenceGraphScan, into sections: inout [QueryIndexLayout.Section: [UInt8]]) {
        var w = ReferenceBytes()
        let ids = scan.nodes.enumerated().map { (NameBytes.hash(NameBytes.key($0.element.id)), UInt32($0.offset)) }.sorted {
            $0 < $1
        }
        for (k, _) in ids { w.u64(k) }
        sections[.idKeys] = w.take()
        for (_, o) in ids { w.u32(o) }
        sections[.idOrdinals] = w.take()
        var articles: [(UInt64, UInt32)] = []
        for (i, n) in scan.nodes.enumerated() {
            if let a = n.articleID { articles.append((NameBytes.hash(NameBytes.key(a)), UInt32(i))) }
        }
        articles.sort { $0 < $1 }
        for (k, _) in articles { w.u64(k) }
        sections[.articleKeys] = w.take()
        for (_, o) in articles { w.u32(o) }
        sections[.articleOrdinals] = w.take()
        var blob: [UInt8] = []
        var ordinals = ReferenceBytes()
        var flags: [UInt8] = []
        var groups: [UInt32] = []
        w.u64(0)
        for type in QueryIndexLayout.nameGroupTypes {
            groups.append(UInt32(flags.count))
            for (i, n) in scan.nodes.enumerated() where n.type == type {
                ordinals.u32(UInt32(i))
                let name = Array(n.name.utf8)
                let label = Array(n.label.utf8)
                var f: UInt8 = 0
                if NameBytes.isPlain(name) { f |= QueryIndexLayout.namePlain }
                if NameBytes.isPlain(label) { f |= QueryIndexLayout.labelPlain }
                flags.append(f)
                for s in [name, label, Array((n.eventDate ?? "").utf8)] {
                    blob += s
                    w.u64(UInt64(blob.count))
                }
            }
        }
        groups.append(UInt32(flags.count))
        sections[.nameStrings] = w.take()
        sections[.nameOrdinals] = ordinals.take()
        sections[.nameFlags] = flags
        sections[.nameBlob] = blob
        for g in groups { w.u32(g) }
        sections[.nameGroups] = w.take()
    }
}

/// Appends little-endian integers to a byte buffer.
struct ReferenceBytes {
    private(set) var bytes: [UInt8] = []

    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }

    /// The bytes so far; the buffer starts again empty.
    mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}

/// The index checksum as first written: over the whole buffer, in one piece.
func referenceChecksum(_ file: UnsafeRawBufferPointer) -> UInt64 {
    let checksumAt = QueryIndexLayout.checksumAt
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    guard file.count >= checksumAt + 8 else { return 0 }
    for part in [0..<checksumAt, (checksumAt + 8)..<file.count] {
        let bytes = UnsafeRawBufferPointer(rebasing: file[part])
        let words = bytes.count / 8
        for i in 0..<words {
            let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
            h = (h ^ w) &* 0x0000_0100_0000_01B3
            h ^= h >> 32
        }
        var tail: UInt64 = 0
        for (k, b) in bytes[(words * 8)...].enumerated() { tail |= UInt64(b) << (8 * UInt64(k)) }
        h = (h ^ tail ^ UInt64(bytes.count)) &* 0x0000_0100_0000_01B3
    }
    return h
}
