/// `ByteHash` of strings, remembered by storage: the same sentence cited a hundred times is hashed once.
///
/// Only strings with heap storage (more than 15 UTF-8 bytes; shorter ones are
/// stored inline and have no stable address) that expose it directly are
/// remembered, keyed by their storage address and length. Valid while every
/// string passed in stays alive (the document being written holds them), so an
/// address cannot be reused by another string meanwhile.
struct StringHashCache {
    private var addresses: [UInt]
    private var counts: [Int]
    private var hashes: [UInt64]
    private let mask: Int

    init(slots: Int = 1 << 14) {
        addresses = Array(repeating: 0, count: slots)
        counts = Array(repeating: 0, count: slots)
        hashes = Array(repeating: 0, count: slots)
        mask = slots - 1
    }

    /// `ByteHash.hash(s)`.
    @inline(__always)
    mutating func hash(_ s: String) -> UInt64 {
        let cached: UInt64?? = s.utf8.withContiguousStorageIfAvailable { p -> UInt64? in
            guard p.count > 15, let base = p.baseAddress else { return nil }
            let address = UInt(bitPattern: base)
            let slot = Int(truncatingIfNeeded: (address >> 4) ^ (address >> 16)) & mask
            if addresses[slot] == address && counts[slot] == p.count { return hashes[slot] }
            let h = ByteHash.hash(p)
            addresses[slot] = address
            counts[slot] = p.count
            hashes[slot] = h
            return h
        }
        if let c = cached, let h = c { return h }
        return ByteHash.hash(s)
    }
}
