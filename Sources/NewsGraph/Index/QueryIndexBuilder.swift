import Foundation

/// Builds a query index from a mapped graph file and writes it out as it lays it out.
///
/// The body's checksum is computed beside the scan (`ChecksumTask`, for bodies of 4 MiB or
/// more) and the structure is scanned as compact columns (`GraphFileScan`); both give back the
/// file's pages behind them, so the graph file never sits whole in resident memory. The tables
/// are then written section by section, in the order `QueryIndexLayout` gives, with the checksum
/// computed as they go: the index is never held twice, nor as one buffer.
struct QueryIndexBuilder {
    private typealias Section = QueryIndexLayout.Section
    private let scan: GraphFileScan
    private let identity: MappedFile.FileIdentity
    private let graphChecksum: [UInt8]
    /// Article keys sorted (ties by ordinal).
    private let articles: [(key: UInt64, ordinal: UInt32)]

    /// What the index holds.
    var counts: QueryIndexCounts {
        QueryIndexCounts(
            nodes: scan.nodeCount, edges: scan.edgeCount, evidence: scan.evidenceOffset.count,
            sentences: scan.sentenceOffset.count)
    }

    /// Checks and scans `graph`, giving back its pages every `step` bytes (never, with nil);
    /// throws `corruptGraph` for a file the full load would refuse.
    init(_ graph: MappedFile, step: Int? = 1 << 24) throws {
        let file = graph.path
        guard let header = GraphFileHeader(graph.bytes) else {
            throw NewsGraphError.corruptGraph(file: file, reason: "not a NewsGraph graph file of version \(GraphStore.version)")
        }
        let body = UnsafeBufferPointer(rebasing: graph.bytes[header.body])
        let at = header.body.lowerBound
        let releasing = step == nil ? nil : graph
        let step = step ?? Int.max
        // Nothing scanned counts unless the checksum matches; a mismatch is the error reported.
        let actual: String
        let scanned: Result<GraphFileScan, Error>
        if body.count >= 1 << 22 {
            let task = ChecksumTask(
                body, release: releasing.map { g in { g.release(($0.lowerBound + at)..<($0.upperBound + at)) } })
            scanned = Result { try GraphFileScan(graph.base, body: header.body, releasing: releasing, step: step) }
            actual = task.wait()
        } else {
            actual = Self.checksum(body, at: at, releasing: releasing, step: step)
            scanned = Result { try GraphFileScan(graph.base, body: header.body, releasing: releasing, step: step) }
        }
        // A page fault maps the neighbours of the page it reads too (fault-around, large folios),
        // so the passes leave a few pages ahead of where they ended: give back the whole file.
        releasing?.release(0..<graph.count)
        let stated = String(decoding: header.checksum, as: UTF8.self)
        guard actual == stated else {
            throw NewsGraphError.corruptGraph(file: file, reason: "checksum mismatch: the file was truncated or edited")
        }
        do { scan = try scanned.get() } catch let r as GraphFileScan.Refusal {
            throw NewsGraphError.corruptGraph(file: file, reason: r.description)
        }
        identity = graph.identity
        graphChecksum = header.checksum
        articles = scan.articles.sorted { $0 < $1 }
    }

    /// The FNV-1a-64 of `body` (at byte `at` of the file), giving back its pages every `step` bytes.
    private static func checksum(_ body: UnsafeBufferPointer<UInt8>, at: Int, releasing file: MappedFile?, step: Int) -> String {
        var hash = FNV1a64()
        var window = MappedFile.Window(file, from: at, step: step)
        var i = 0
        while i < body.count {
            let n = min(1 << 20, body.count - i)
            hash.update(UnsafeBufferPointer(rebasing: body[i..<(i + n)]))
            i += n
            window.advance(to: at + i)
        }
        window.finish(at: at + body.count)
        return hash.hex
    }

    /// Builds the index of `graph` and writes it atomically to `path`.
    static func write(_ graph: MappedFile, to path: String) throws -> QueryIndexCounts {
        let builder = try QueryIndexBuilder(graph)
        try AtomicFileWriter().write(to: path) { stream in
            try builder.write(append: stream.append, overwrite: stream.overwrite)
        }
        return builder.counts
    }

    /// The index bytes in memory (for tests and small graphs).
    func bytes() throws -> [UInt8] {
        var out: [UInt8] = []
        try write(append: { out += $0 }, overwrite: { at, bytes in out.replaceSubrange(at..<(at + bytes.count), with: bytes) })
        return out
    }

    /// Elements in each section, in section order.
    private func elementCounts() -> [Int] {
        let n = scan.nodeCount
        let m = scan.edgeCount
        let k = scan.names.reduce(0) { $0 + $1.count }
        return Section.allCases.map { s in
            switch s {
            case .nodeOffset, .nodeLength, .nodeType, .idKeys, .idOrdinals: return n
            case .edgeOffset, .edgeLength, .edgeType, .edgeSource, .edgeTarget, .outEdges, .inEdges: return m
            case .outStart, .inStart: return n + 1
            case .evidenceOffset, .evidenceLength: return scan.evidenceOffset.count
            case .sentenceOffset, .sentenceLength: return scan.sentenceOffset.count
            case .articleKeys, .articleOrdinals: return articles.count
            case .nameOrdinals, .nameFlags: return k
            case .nameStrings: return 3 * k + 1
            case .nameBlob: return scan.names.reduce(0) { $0 + $1.blob.count }
            case .nameGroups: return QueryIndexLayout.nameGroupTypes.count + 1
            }
        }
    }

    /// Writes the index: `append` adds bytes at the end, `overwrite` rewrites bytes already
    /// written (the header's checksum, known at the end).
    func write(
        append: (UnsafeRawBufferPointer) throws -> Void, overwrite: (Int, UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let l = QueryIndexLayout.self
        var header = [UInt8](repeating: 0, count: l.headerSize)
        func put64(_ v: UInt64, at i: Int) { for k in 0..<8 { header[i + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) } }
        func put32(_ v: UInt32, at i: Int) { for k in 0..<4 { header[i + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(k))) } }
        header.replaceSubrange(0..<8, with: l.magic)
        put32(l.version, at: l.versionAt)
        put64(identity.size, at: l.graphSizeAt)
        put64(UInt64(bitPattern: identity.seconds), at: l.graphMtimeSecondsAt)
        put64(UInt64(bitPattern: identity.nanoseconds), at: l.graphMtimeNanosAt)
        header.replaceSubrange(l.graphChecksumAt..<(l.graphChecksumAt + 16), with: graphChecksum)
        let c = counts
        for (k, v) in [c.nodes, c.edges, c.evidence, c.sentences].enumerated() { put32(UInt32(v), at: l.countsAt + 4 * k) }
        // Each section starts 8-byte aligned.
        let elements = elementCounts()
        var offsets: [Int] = []
        var end = l.headerSize
        for (s, n) in zip(Section.allCases, elements) {
            end = (end + 7) / 8 * 8
            offsets.append(end)
            put64(UInt64(end), at: l.directoryAt + 16 * s.rawValue)
            put64(UInt64(n), at: l.directoryAt + 16 * s.rawValue + 8)
            end += n * s.width
        }
        put64(UInt64(end - l.headerSize), at: l.payloadSizeAt)

        var checksum = QueryIndexChecksum()
        var written = 0
        func emit(_ bytes: UnsafeRawBufferPointer) throws {
            try append(bytes)
            checksum.update(bytes)
            written += bytes.count
        }
        try header.withUnsafeBytes { h in
            try append(h)
            checksum.update(UnsafeRawBufferPointer(rebasing: h[0..<l.checksumAt]))
            checksum.endPart()
            checksum.update(UnsafeRawBufferPointer(rebasing: h[(l.checksumAt + 8)...]))
        }
        written = l.headerSize
        for s in Section.allCases {
            let padding = [UInt8](repeating: 0, count: offsets[s.rawValue] - written)
            try padding.withUnsafeBytes { try emit($0) }
            try writeSection(s, emit)
            guard written == offsets[s.rawValue] + elements[s.rawValue] * s.width else {
                preconditionFailure("section \(s) of the index is not the size its directory entry states")
            }
        }
        checksum.endPart()
        try withUnsafeBytes(of: checksum.value.littleEndian) { try overwrite(l.checksumAt, $0) }
    }

    /// Emits the bytes of section `s`.
    private func writeSection(_ s: Section, _ emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        switch s {
        case .nodeOffset: try scan.nodeOffset.forEachChunk(emit)
        case .nodeLength: try scan.nodeLength.forEachChunk(emit)
        case .nodeType: try scan.nodeType.forEachChunk(emit)
        case .edgeOffset: try scan.edgeOffset.forEachChunk(emit)
        case .edgeLength: try scan.edgeLength.forEachChunk(emit)
        case .edgeType: try scan.edgeType.forEachChunk(emit)
        case .edgeSource: try scan.edgeSource.forEachChunk(emit)
        case .edgeTarget: try scan.edgeTarget.forEachChunk(emit)
        case .outStart: try Self.emit(adjacencyStarts(scan.edgeSource), emit)
        case .outEdges: try Self.emit(adjacencyLists(scan.edgeSource), emit)
        case .inStart: try Self.emit(adjacencyStarts(scan.edgeTarget), emit)
        case .inEdges: try Self.emit(adjacencyLists(scan.edgeTarget), emit)
        case .evidenceOffset: try scan.evidenceOffset.forEachChunk(emit)
        case .evidenceLength: try scan.evidenceLength.forEachChunk(emit)
        case .sentenceOffset: try scan.sentenceOffset.forEachChunk(emit)
        case .sentenceLength: try scan.sentenceLength.forEachChunk(emit)
        case .idKeys: try Self.emit(scan.ids.sortedHashes, emit)
        case .idOrdinals: try Self.emit(scan.ids.sortedOrdinals, emit)
        case .articleKeys: try Self.emit(articles.map(\.key), emit)
        case .articleOrdinals: try Self.emit(articles.map(\.ordinal), emit)
        case .nameOrdinals: for g in scan.names { try g.ordinals.forEachChunk(emit) }
        case .nameStrings:
            // Offsets into the one blob of all groups: each group's ends moved by the blobs before it.
            try Self.emit([UInt64(0)], emit)
            var base: UInt64 = 0
            for g in scan.names {
                var batch: [UInt64] = []
                batch.reserveCapacity(1 << 16)
                for i in 0..<g.ends.count {
                    batch.append(base + g.ends[i])
                    if batch.count == 1 << 16 {
                        try Self.emit(batch, emit)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                try Self.emit(batch, emit)
                base += UInt64(g.blob.count)
            }
        case .nameFlags: for g in scan.names { try g.flags.forEachChunk(emit) }
        case .nameBlob: for g in scan.names { try g.blob.forEachChunk(emit) }
        case .nameGroups:
            var starts: [UInt32] = [0]
            for g in scan.names { starts.append(starts[starts.count - 1] + UInt32(g.count)) }
            try Self.emit(starts, emit)
        }
    }

    /// CSR starts of the edges by one end (`ends[e]` is edge e's source or target): node i's
    /// edges are entries `start[i]..<start[i+1]` of the list.
    private func adjacencyStarts(_ ends: Column<UInt32>) -> [UInt32] {
        var start = [UInt32](repeating: 0, count: scan.nodeCount + 1)
        for e in 0..<ends.count { start[Int(ends[e]) + 1] += 1 }
        for i in 0..<scan.nodeCount { start[i + 1] += start[i] }
        return start
    }

    /// The CSR list: each node's edges in file (id) order.
    private func adjacencyLists(_ ends: Column<UInt32>) -> [UInt32] {
        var fill = adjacencyStarts(ends)
        var list = [UInt32](repeating: 0, count: ends.count)
        for e in 0..<ends.count {
            let node = Int(ends[e])
            list[Int(fill[node])] = UInt32(e)
            fill[node] += 1
        }
        return list
    }

    /// Emits an array's elements, little-endian.
    private static func emit<T: FixedWidthInteger>(_ values: [T], _ emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        #if _endian(little)
            try values.withUnsafeBytes { try emit($0) }
        #else
            try values.map(\.littleEndian).withUnsafeBytes { try emit($0) }
        #endif
    }
}
