/// A fast 64-bit hash of byte strings, for the graph codec's own hash tables.
///
/// Swift's `String` hashing normalizes Unicode and runs SipHash: correct for
/// `String` equality, but slow for millions of long Chinese sentences. The
/// codec's tables compare strings by their UTF-8 bytes, so a plain byte hash
/// (8 bytes per step, then a final avalanche) is enough. Not for checksums.
enum ByteHash {
    /// The hash of `bytes`, continuing from `seed`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0) -> UInt64 {
        var h = seed ^ (UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        guard let base = bytes.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i &+ 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i &+= 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                w |= UInt64(base[i]) << shift
                shift &+= 8
                i &+= 1
            }
            h = (h ^ w) &* 0xC4CE_B9FE_1A85_EC53
        }
        return mix(h)
    }

    /// The hash of a string's UTF-8 bytes.
    @inline(__always)
    static func hash(_ s: String, seed: UInt64 = 0) -> UInt64 {
        UTF8Bytes.with(s) { hash($0, seed: seed) }
    }

    /// Mixes an integer into a running hash.
    @inline(__always)
    static func combine(_ h: UInt64, _ v: Int) -> UInt64 {
        mix(h ^ (UInt64(bitPattern: Int64(v)) &* 0x9E37_79B9_7F4A_7C15))
    }

    /// The MurmurHash3 finalizer: every input bit affects every output bit.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
