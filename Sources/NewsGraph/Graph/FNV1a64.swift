/// The 64-bit FNV-1a hash, used as the graph file's integrity checksum.
///
/// It detects truncation, bit rot and hand edits; it is not a signature
/// (anyone can recompute it). Written here because Foundation on Linux has
/// no digest API and the package takes no dependencies.
public struct FNV1a64: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Feeds bytes into the hash.
    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        var h = value
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        value = h
    }

    /// The hash as 16 lowercase hex digits.
    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// The hex hash of `bytes`.
    public static func hex<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
        var h = FNV1a64()
        if let done: Void = bytes.withContiguousStorageIfAvailable({ h.update($0) }) {
            _ = done
        } else {
            h.update(bytes)
        }
        return h.hex
    }
}
