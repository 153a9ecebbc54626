import Foundation

/// Builds the bytes of a query index from a mapped graph file.
///
/// One pass checks the body's checksum, one scans its structure (`GraphFileScan`); the
/// tables are then laid out as `QueryIndexLayout` says.
struct QueryIndexBuilder {
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
        let scan: GraphFileScan
        do { scan = try GraphFileScan(graph.base, body: header.body) } catch let r as GraphFileScan.Refusal {
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
        let checksum = out.withUnsafeBytes { QueryIndexLayout.checksum($0) }
        put64(checksum, at: QueryIndexLayout.checksumAt)
        return (out, counts)
    }

    private static func layOutNodesAndEdges(_ scan: GraphFileScan, into sections: inout [QueryIndexLayout.Section: [UInt8]]) {
        var w = LittleEndianBytes()
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
            (QueryIndexLayout.Section.outStart, QueryIndexLayout.Section.outEdges, \GraphFileScan.EdgeEntry.source),
            (.inStart, .inEdges, \GraphFileScan.EdgeEntry.target),
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

    private static func layOutLookups(_ scan: GraphFileScan, into sections: inout [QueryIndexLayout.Section: [UInt8]]) {
        var w = LittleEndianBytes()
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
        var ordinals = LittleEndianBytes()
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
struct LittleEndianBytes {
    private(set) var bytes: [UInt8] = []

    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }

    /// The bytes so far; the buffer starts again empty.
    mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}
