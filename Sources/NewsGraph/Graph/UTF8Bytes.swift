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

    /// The string with UTF-8 bytes `p`, or nil when they are not valid UTF-8.
    @inline(__always)
    static func string(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        guard isValid(p) else { return nil }
        return String(decoding: p, as: UTF8.self)
    }

    /// True when `p` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    @inline(__always)
    static func isValid(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        guard let s = p.baseAddress else { return true }
        var i = 0
        while i < n {
            let b = s[i]
            if b < 0x80 {
                i &+= 1
                continue
            }
            if b < 0xC2 { return false }
            if b < 0xE0 {
                guard i &+ 1 < n, s[i &+ 1] & 0xC0 == 0x80 else { return false }
                i &+= 2
                continue
            }
            if b < 0xF0 {
                guard i &+ 2 < n else { return false }
                let b1 = s[i &+ 1]
                guard b1 & 0xC0 == 0x80, s[i &+ 2] & 0xC0 == 0x80 else { return false }
                if b == 0xE0 && b1 < 0xA0 { return false }
                if b == 0xED && b1 >= 0xA0 { return false }
                i &+= 3
                continue
            }
            guard b < 0xF5, i &+ 3 < n else { return false }
            let b1 = s[i &+ 1]
            guard b1 & 0xC0 == 0x80, s[i &+ 2] & 0xC0 == 0x80, s[i &+ 3] & 0xC0 == 0x80 else { return false }
            if b == 0xF0 && b1 < 0x90 { return false }
            if b == 0xF4 && b1 >= 0x90 { return false }
            i &+= 4
        }
        return true
    }
}
