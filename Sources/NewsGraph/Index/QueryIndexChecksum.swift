/// The integrity checksum of an index file, fed in pieces of any size: FNV-1a-style over 8-byte
/// little-endian words (`h = (h ^ w) * 0x100000001b3; h ^= h >> 32`), each part's tail
/// zero-padded and mixed with the part's length (see `QueryIndexLayout.checksum`).
///
/// Fed in pieces, so the builder checks what it writes without holding the file in memory.
struct QueryIndexChecksum {
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Bytes of a word not yet complete, and how many.
    private var pending: UInt64 = 0
    private var pendingCount = 0
    private var partLength = 0

    init() {}

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* Self.prime
        value ^= value >> 32
    }

    /// Feeds the next bytes of the current part.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        partLength += bytes.count
        var i = 0
        if pendingCount > 0 {
            while pendingCount < 8, i < bytes.count {
                pending |= UInt64(bytes[i]) << (8 * UInt64(pendingCount))
                pendingCount += 1
                i += 1
            }
            guard pendingCount == 8 else { return }
            mix(pending)
            pending = 0
            pendingCount = 0
        }
        let words = (bytes.count - i) / 8
        for k in 0..<words {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 8 * k, as: UInt64.self)))
        }
        i += 8 * words
        while i < bytes.count {
            pending |= UInt64(bytes[i]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            i += 1
        }
    }

    /// Ends the current part: its tail and length are mixed in.
    mutating func endPart() {
        value = (value ^ pending ^ UInt64(partLength)) &* Self.prime
        pending = 0
        pendingCount = 0
        partLength = 0
    }
}
