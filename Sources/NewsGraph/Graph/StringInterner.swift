/// Makes equal strings read from a graph file share one storage.
///
/// A file path, an article id or a node id is repeated in thousands of places
/// in a graph file; decoding each occurrence into its own `String` would
/// multiply the memory of a loaded graph. Strings of up to 15 UTF-8 bytes are
/// stored inline by Swift (no heap storage to share) and are made directly.
struct StringInterner {
    private var strings: [String] = []
    private var index = HashIndex(capacity: 4096)

    /// Number of strings held (a reader of a file of any size starts afresh past a bound).
    var count: Int { strings.count }

    /// The string with `bytes` (valid UTF-8), shared with earlier requests for the same bytes.
    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count <= 15 { return UTF8Bytes.string(bytes) }
        let h = ByteHash.hash(bytes)
        let id = strings.withUnsafeBufferPointer { p in
            index.find(hash: h) { UTF8Bytes.equal(p[Int($0)], bytes) }
        }
        if let id { return strings[Int(id)] }
        guard let s = UTF8Bytes.string(bytes) else { return nil }
        _ = index.findOrInsert(hash: h, newID: Int32(strings.count)) { _ in false }
        strings.append(s)
        return s
    }
}
