/// The binary layout of a query index file (`GRAPH.index`); see `schema/query-index.md`.
///
/// A fixed 512-byte header, then sections of little-endian fixed-width integers. The header
/// names the graph file the index was built from (size, modification time, header checksum),
/// a checksum of everything after the header, and each section's offset and element count.
enum QueryIndexLayout {
    static let magic = Array("NGQINDEX".utf8)
    static let version: UInt32 = 1
    static let headerSize = 512

    // Header field offsets.
    static let versionAt = 8
    static let graphSizeAt = 16
    static let graphMtimeSecondsAt = 24
    static let graphMtimeNanosAt = 32
    static let graphChecksumAt = 40  // 16 ASCII hex digits
    static let checksumAt = 56  // over the whole file but this field
    static let payloadSizeAt = 64
    static let countsAt = 72  // nodes, edges, evidence, sentences: 4 × u32
    static let directoryAt = 96  // per section: offset u64, count u64

    /// The sections, in file order; each holds `count` elements of `width` bytes.
    enum Section: Int, CaseIterable {
        case nodeOffset, nodeLength, nodeType
        case edgeOffset, edgeLength, edgeType, edgeSource, edgeTarget
        case outStart, outEdges, inStart, inEdges
        case evidenceOffset, evidenceLength, sentenceOffset, sentenceLength
        case idKeys, idOrdinals, articleKeys, articleOrdinals
        case nameOrdinals, nameStrings, nameFlags, nameBlob, nameGroups

        var width: Int {
            switch self {
            case .nodeOffset, .edgeOffset, .evidenceOffset, .sentenceOffset, .idKeys, .articleKeys, .nameStrings: return 8
            case .nodeType, .edgeType, .nameFlags, .nameBlob: return 1
            default: return 4
            }
        }
    }

    /// Name-table flags: the name (bit 0) or label (bit 1) is plain text (`NameBytes.isPlain`).
    static let namePlain: UInt8 = 1
    static let labelPlain: UInt8 = 2

    /// Name-table groups, in order.
    static let nameGroupTypes: [NodeType] = [.person, .event, .place]

    /// Type codes: the position in `allCases`.
    static func code(_ t: NodeType) -> UInt8 { UInt8(NodeType.allCases.firstIndex(of: t)!) }
    static func code(_ t: EdgeType) -> UInt8 { UInt8(EdgeType.allCases.firstIndex(of: t)!) }
    static func nodeType(_ code: UInt8) -> NodeType? {
        Int(code) < NodeType.allCases.count ? NodeType.allCases[Int(code)] : nil
    }
    static func edgeType(_ code: UInt8) -> EdgeType? {
        Int(code) < EdgeType.allCases.count ? EdgeType.allCases[Int(code)] : nil
    }

    /// The integrity checksum of an index file: FNV-1a-style over 8-byte words (fast enough to
    /// check on every query) of every byte except the checksum field itself. With `file` (the
    /// mapping `bytes` lie in), its pages are given back as they are hashed: a query then keeps
    /// resident only the tables it reads, not the whole index.
    static func checksum(_ bytes: UnsafeRawBufferPointer, releasing file: MappedFile? = nil) -> UInt64 {
        guard bytes.count >= checksumAt + 8 else { return 0 }
        var h = QueryIndexChecksum()
        var window = MappedFile.Window(file, from: 0)
        for part in [0..<checksumAt, (checksumAt + 8)..<bytes.count] {
            var at = part.lowerBound
            while at < part.upperBound {
                let n = min(1 << 24, part.upperBound - at)
                h.update(UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)]))
                at += n
                window.advance(to: at)
            }
            h.endPart()
        }
        window.finish(at: bytes.count)
        return h.value
    }
}
