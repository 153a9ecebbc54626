/// FNV-1a 64-bit: a stable, dependency-free content identity for an article's raw bytes.
public enum ContentHash {
    /// The 16-hex-digit FNV-1a 64 digest of `bytes[range]`.
    public static func fnv1a64(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBufferPointer { p in
            for i in range where i < p.count {
                h ^= UInt64(p[i])
                h = h &* 0x0000_0100_0000_01B3
            }
        }
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
