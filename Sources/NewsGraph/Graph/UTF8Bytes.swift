#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte-level access to strings for the graph codec: contiguous UTF-8 views, byte equality and byte order.
enum UTF8Bytes {
    /// Calls `body` with the UTF-8 bytes of `s` (native and small strings without copying the heap storage).
    @inline(__always)
    static func with<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return try copy.withUTF8(body)
    }

    /// True when the two strings have the same UTF-8 bytes (stricter than `==`, which is canonical equivalence).
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        with(a) { pa in
            with(b) { pb in
                guard pa.count == pb.count else { return false }
                if pa.count == 0 || pa.baseAddress == pb.baseAddress { return true }
                return memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0
            }
        }
    }

    /// True when `s` has exactly the bytes `bytes`.
    @inline(__always)
    static func equal(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        with(s) { p in
            guard p.count == bytes.count else { return false }
            if p.count == 0 { return true }
            return memcmp(p.baseAddress!, bytes.baseAddress!, p.count) == 0
        }
    }

    /// Byte order of the UTF-8 forms: the order `JSONEncoder`'s `.sortedKeys` gives object keys.
    @inline(__always)
    static func less(_ a: String, _ b: String) -> Bool {
        with(a) { pa in
            with(b) { pb in
                let n = min(pa.count, pb.count)
                if n > 0 {
                    let c = memcmp(pa.baseAddress!, pb.baseAddress!, n)
                    if c != 0 { return c < 0 }
                }
                return pa.count < pb.count
            }
        }
    }
}
