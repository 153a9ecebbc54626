import Foundation

/// A query index: a derived, rebuildable sidecar of a graph file (`GRAPH.index`) that lets
/// `attendees`, `titles` and `events` read only the part of the graph they need.
///
/// It records the graph file's identity (size, modification time, header checksum) and is
/// used only while they match. It holds each node's and edge's byte range in the graph file,
/// their types, the adjacency (CSR, both directions), the byte ranges of the evidence table
/// and sentences, and the names queries match by. A query decodes only the JSON fragments of
/// the neighbourhood it needs into a small `KnowledgeGraph` and runs `QueryEngine` on it, so
/// the answer is the one the full graph gives. Layout and trust rules: `schema/query-index.md`.
public struct QueryIndex: Sendable {
    let index: MappedFile
    let graph: MappedFile
    let nodeCount: Int
    let edgeCount: Int
    let evidenceCount: Int
    let sentenceCount: Int
    private let directory: [(offset: Int, count: Int)]
    /// Fragments a query reads between two give-backs of the graph file's pages (`SubgraphLoader`).
    var readsPerRelease = 1024

    /// The index file of a graph file: `GRAPH.index`.
    public static func path(forGraph graphPath: String) -> String { graphPath + ".index" }

    /// Builds the index of `graphPath` and writes it atomically beside it (or to `indexPath`).
    ///
    /// Throws `corruptGraph` when the graph file is damaged (no index is written then),
    /// `writeFailed` when the index cannot be written.
    @discardableResult
    public static func write(forGraph graphPath: String, to indexPath: String? = nil) throws -> QueryIndexCounts {
        try QueryIndexBuilder.write(try MappedFile(graphPath), to: indexPath ?? path(forGraph: graphPath))
    }

    /// The outcome of opening an index.
    public enum Opening: Sendable {
        /// The index belongs to the graph file as it is now.
        case ready(QueryIndex)
        /// There is no index file.
        case missing
        /// The index was built from another version of the graph file, or is damaged: the reason.
        case unusable(String)
    }

    /// Opens the index of `graphPath` (at `indexPath`, default `GRAPH.index`) if it is current and intact.
    public static func open(graph graphPath: String, index indexPath: String? = nil) -> Opening {
        let ipath = indexPath ?? path(forGraph: graphPath)
        guard FileManager.default.fileExists(atPath: ipath) else { return .missing }
        do {
            return .ready(try QueryIndex(graphPath: graphPath, indexPath: ipath))
        } catch let d as Damaged {
            return .unusable(d.reason)
        } catch {
            return .unusable("\(error)")
        }
    }

    /// The index is damaged or belongs to another graph file: never answer from it.
    struct Damaged: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private init(graphPath: String, indexPath: String) throws {
        index = try MappedFile(indexPath)
        let raw = UnsafeRawBufferPointer(start: index.base, count: index.count)
        let l = QueryIndexLayout.self
        guard index.count >= l.headerSize, raw.starts(with: l.magic) else { throw Damaged("not a query index file") }
        func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        guard u32(l.versionAt) == l.version else { throw Damaged("index format version \(u32(l.versionAt)) is not supported") }
        guard u64(l.payloadSizeAt) == UInt64(index.count - l.headerSize) else { throw Damaged("the index is truncated") }
        guard let current = MappedFile.identity(of: graphPath) else { throw Damaged("the graph file cannot be read") }
        let recorded = MappedFile.FileIdentity(
            size: u64(l.graphSizeAt), seconds: Int64(bitPattern: u64(l.graphMtimeSecondsAt)),
            nanoseconds: Int64(bitPattern: u64(l.graphMtimeNanosAt)))
        guard recorded == current else { throw Damaged("the graph file changed since the index was built") }
        guard l.checksum(raw, releasing: index) == u64(l.checksumAt) else {
            throw Damaged("the index is damaged (checksum mismatch)")
        }
        graph = try MappedFile(graphPath)
        guard graph.identity == recorded, let header = GraphFileHeader(graph.bytes),
            header.checksum.elementsEqual(raw[l.graphChecksumAt..<(l.graphChecksumAt + 16)])
        else { throw Damaged("the graph file changed since the index was built") }
        nodeCount = Int(u32(l.countsAt))
        edgeCount = Int(u32(l.countsAt + 4))
        evidenceCount = Int(u32(l.countsAt + 8))
        sentenceCount = Int(u32(l.countsAt + 12))
        var dir: [(Int, Int)] = []
        for s in l.Section.allCases {
            let offset = u64(l.directoryAt + 16 * s.rawValue)
            let count = u64(l.directoryAt + 16 * s.rawValue + 8)
            guard offset >= UInt64(l.headerSize), count < UInt64(Int32.max) * 8,
                offset + count * UInt64(s.width) <= UInt64(index.count)
            else { throw Damaged("the index's section table is damaged") }
            dir.append((Int(offset), Int(count)))
        }
        directory = dir
        let expected: [(QueryIndexLayout.Section, Int)] = [
            (.nodeOffset, nodeCount), (.nodeLength, nodeCount), (.nodeType, nodeCount), (.edgeOffset, edgeCount),
            (.edgeLength, edgeCount), (.edgeType, edgeCount), (.edgeSource, edgeCount), (.edgeTarget, edgeCount),
            (.outStart, nodeCount + 1), (.outEdges, edgeCount), (.inStart, nodeCount + 1), (.inEdges, edgeCount),
            (.evidenceOffset, evidenceCount), (.evidenceLength, evidenceCount), (.sentenceOffset, sentenceCount),
            (.sentenceLength, sentenceCount), (.idKeys, nodeCount), (.idOrdinals, nodeCount), (.nameGroups, 4),
        ]
        for (s, n) in expected where directory[s.rawValue].count != n { throw Damaged("the index's tables disagree in size") }
        guard directory[l.Section.articleKeys.rawValue].count == directory[l.Section.articleOrdinals.rawValue].count,
            directory[l.Section.nameStrings.rawValue].count == 3 * directory[l.Section.nameOrdinals.rawValue].count + 1,
            directory[l.Section.nameFlags.rawValue].count == directory[l.Section.nameOrdinals.rawValue].count
        else { throw Damaged("the index's tables disagree in size") }
    }

    // MARK: Reading the tables (every read is bounds-checked: a damaged index throws, never traps).

    func count(_ s: QueryIndexLayout.Section) -> Int { directory[s.rawValue].count }

    func u64(_ s: QueryIndexLayout.Section, _ i: Int) throws -> UInt64 {
        let d = directory[s.rawValue]
        guard i >= 0, i < d.count else { throw Damaged("an index table is read out of bounds") }
        return UInt64(littleEndian: UnsafeRawPointer(index.base).loadUnaligned(fromByteOffset: d.offset + 8 * i, as: UInt64.self))
    }

    func u32(_ s: QueryIndexLayout.Section, _ i: Int) throws -> Int {
        let d = directory[s.rawValue]
        guard i >= 0, i < d.count else { throw Damaged("an index table is read out of bounds") }
        return Int(
            UInt32(littleEndian: UnsafeRawPointer(index.base).loadUnaligned(fromByteOffset: d.offset + 4 * i, as: UInt32.self)))
    }

    func u8(_ s: QueryIndexLayout.Section, _ i: Int) throws -> UInt8 {
        let d = directory[s.rawValue]
        guard i >= 0, i < d.count else { throw Damaged("an index table is read out of bounds") }
        return index.base[d.offset + i]
    }

    /// Bytes `range` of a byte section.
    func bytes(_ s: QueryIndexLayout.Section, _ range: Range<Int>) throws -> UnsafeBufferPointer<UInt8> {
        let d = directory[s.rawValue]
        guard range.lowerBound >= 0, range.upperBound <= d.count else { throw Damaged("an index table is read out of bounds") }
        return UnsafeBufferPointer(start: index.base + d.offset + range.lowerBound, count: range.count)
    }

    /// Bytes of the graph file at `offset` of `length`, within the file.
    func graphBytes(_ offset: UInt64, _ length: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard offset < UInt64(graph.count), length >= 0, Int(offset) + length <= graph.count else {
            throw Damaged("an index entry points outside the graph file")
        }
        return UnsafeBufferPointer(start: graph.base + Int(offset), count: length)
    }

    func nodeType(_ ordinal: Int) throws -> NodeType {
        guard let t = QueryIndexLayout.nodeType(try u8(.nodeType, ordinal)) else { throw Damaged("unknown node type code") }
        return t
    }

    func edgeType(_ ordinal: Int) throws -> EdgeType {
        guard let t = QueryIndexLayout.edgeType(try u8(.edgeType, ordinal)) else { throw Damaged("unknown edge type code") }
        return t
    }

    /// The edges leaving (or arriving at) a node, in id order.
    func edges(of node: Int, outgoing: Bool) throws -> [Int] {
        let (startSection, listSection): (QueryIndexLayout.Section, QueryIndexLayout.Section) =
            outgoing ? (.outStart, .outEdges) : (.inStart, .inEdges)
        let from = try u32(startSection, node)
        let to = try u32(startSection, node + 1)
        guard from <= to else { throw Damaged("the adjacency table is damaged") }
        return try (from..<to).map { try u32(listSection, $0) }
    }

    /// Ordinals whose key in a sorted hash table (`keys`, `ordinals`) is `hash`.
    func lookup(_ hash: UInt64, keys: QueryIndexLayout.Section, ordinals: QueryIndexLayout.Section) throws -> [Int] {
        var lo = 0
        var hi = count(keys)
        while lo < hi {
            let mid = (lo + hi) / 2
            if try u64(keys, mid) < hash { lo = mid + 1 } else { hi = mid }
        }
        var found: [Int] = []
        while lo < count(keys), try u64(keys, lo) == hash {
            found.append(try u32(ordinals, lo))
            lo += 1
        }
        return found
    }
}

extension QueryIndex {
    /// True when `graphPath` has an intact index built from the file as it is now.
    public static func isCurrent(forGraph graphPath: String) -> Bool {
        if case .ready = open(graph: graphPath) { return true }
        return false
    }
}
