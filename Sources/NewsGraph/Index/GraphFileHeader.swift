/// The header of a native graph file, read from its first bytes: the stated checksum and where the body lies.
///
/// Mirrors `GraphStore`'s layout (`{"format":"newsgraph-graph","version":1,"checksum":"fnv1a64:HEX","body":BODY}`)
/// without reading the whole file, so a query can check that an index belongs to this file.
struct GraphFileHeader {
    /// The 16 hex digits of the header's checksum.
    var checksum: [UInt8]
    /// The byte range of BODY.
    var body: Range<Int>

    private static let magic = Array("{\"format\":\"newsgraph-graph\",\"version\":".utf8)
    private static let checksumKey = Array(",\"checksum\":\"fnv1a64:".utf8)
    private static let bodyKey = Array("\",\"body\":".utf8)

    /// Nil when the bytes do not start like a graph file of this version or do not end with its closing brace.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.starts(with: Self.magic) else { return nil }
        var i = Self.magic.count
        var version = 0
        var digits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 9 {
            version = version * 10 + Int(bytes[i] - 0x30)
            digits += 1
            i += 1
        }
        guard digits > 0, version == GraphStore.version else { return nil }
        guard bytes[i...].starts(with: Self.checksumKey), bytes.count >= i + Self.checksumKey.count + 16 + Self.bodyKey.count
        else { return nil }
        i += Self.checksumKey.count
        checksum = Array(bytes[i..<(i + 16)])
        i += 16
        guard bytes[i...].starts(with: Self.bodyKey) else { return nil }
        i += Self.bodyKey.count
        var end = bytes.count
        while end > i, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        guard end > i, bytes[end - 1] == UInt8(ascii: "}") else { return nil }
        body = i..<(end - 1)
    }
}
