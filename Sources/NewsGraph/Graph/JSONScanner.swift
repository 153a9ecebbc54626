#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JSON syntax error found by `JSONScanner`: what was expected and the byte offset where.
struct JSONScanError: Error {
    var message: String
    var offset: Int
}

/// A pull scanner over JSON bytes in memory: the graph file reader asks for the value it expects next.
///
/// It accepts standard JSON (whitespace, escapes, keys in any order is the
/// caller's business) and reports the first thing that is not what was asked
/// for with its byte offset. Strings are validated as UTF-8. Object keys are
/// handed to the caller as bytes, so dispatching on a key allocates nothing.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let count: Int
    var pos = 0
    /// Decoded bytes of a string or key that contained escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no base address; point at a static byte instead.
        base = bytes.baseAddress ?? UnsafePointer(Self.emptyByte)
        count = bytes.count
    }

    nonisolated(unsafe) private static let emptyByte: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    func error(_ message: String) -> JSONScanError { JSONScanError(message: message, offset: pos) }

    @inline(__always)
    mutating func skipSpace() {
        while pos < count {
            let b = base[pos]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            pos &+= 1
        }
    }

    /// The next significant byte, without consuming it (0 at the end).
    @inline(__always)
    mutating func peek() -> UInt8 {
        skipSpace()
        return pos < count ? base[pos] : 0
    }

    @inline(__always)
    mutating func expect(_ b: UInt8, _ what: StaticString) throws {
        if peek() != b { throw error("expected \(what)") }
        pos &+= 1
    }

    // MARK: - Containers

    /// An object key: its raw bytes in the input, or its decoded bytes when it held escapes.
    struct Key {
        var start: Int
        var end: Int
        var decoded: [UInt8]?
    }

    /// Consumes `[`.
    @inline(__always)
    mutating func beginArray() throws { try expect(0x5B, "an array") }

    /// Consumes `{`.
    @inline(__always)
    mutating func beginObject() throws { try expect(0x7B, "an object") }

    /// The last significant byte before the current position.
    @inline(__always)
    private func previousSignificant() -> UInt8 {
        var k = pos - 1
        while k >= 0 {
            let b = base[k]
            if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { return b }
            k -= 1
        }
        return 0
    }

    /// True when another element follows (consuming the comma); false at `]` (consumed).
    @inline(__always)
    mutating func nextElement() throws -> Bool {
        let b = peek()
        if b == 0x5D {
            pos &+= 1
            return false
        }
        if previousSignificant() == 0x5B { return true }
        guard b == 0x2C else { throw error("expected , or ] in an array") }
        pos &+= 1
        return true
    }

    /// The next key of an object (consuming it and its colon), or nil at `}` (consumed).
    @inline(__always)
    mutating func nextKey() throws -> Key? {
        var b = peek()
        if b == 0x7D {
            pos &+= 1
            return nil
        }
        if previousSignificant() != 0x7B {
            guard b == 0x2C else { throw error("expected , or } in an object") }
            pos &+= 1
            b = peek()
        }
        guard b == 0x22 else { throw error("expected a key") }
        let r = try rawString()
        try expect(0x3A, "a colon")
        return Key(start: r.start, end: r.end, decoded: r.escaped ? scratch : nil)
    }

    /// True when `key` is `name`.
    @inline(__always)
    func keyIs(_ key: Key, _ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        if let d = key.decoded {
            return d.count == n && d.withUnsafeBufferPointer { memcmp($0.baseAddress!, name.utf8Start, n) == 0 }
        }
        return key.end - key.start == n && memcmp(base + key.start, name.utf8Start, n) == 0
    }

    /// The key as text, for error messages.
    func keyText(_ key: Key) -> String {
        if let d = key.decoded { return String(decoding: d, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(start: base + key.start, count: key.end - key.start), as: UTF8.self)
    }

    // MARK: - Scalars

    /// Consumes a string token: its raw byte range, or (when it holds escapes) its decoded bytes in `scratch`.
    @inline(__always)
    private mutating func rawString() throws -> (start: Int, end: Int, escaped: Bool) {
        try expect(0x22, "a string")
        let start = pos
        while pos < count {
            let b = base[pos]
            if b == 0x22 {
                pos &+= 1
                return (start, pos &- 1, false)
            }
            if b == 0x5C || b < 0x20 { break }
            pos &+= 1
        }
        if pos >= count { throw error("unterminated string") }
        // Slow path: decode escapes into scratch.
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: pos - start))
        while pos < count {
            let b = base[pos]
            if b == 0x22 {
                pos &+= 1
                return (start, pos &- 1, true)
            }
            if b < 0x20 { throw error("a control character inside a string") }
            if b != 0x5C {
                scratch.append(b)
                pos &+= 1
                continue
            }
            pos &+= 1
            guard pos < count else { break }
            let e = base[pos]
            pos &+= 1
            switch e {
            case 0x22, 0x5C, 0x2F: scratch.append(e)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    guard pos + 1 < count, base[pos] == 0x5C, base[pos + 1] == UInt8(ascii: "u") else {
                        throw error("a lone surrogate escape")
                    }
                    pos &+= 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("a lone surrogate escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw error("a lone surrogate escape")
                }
                guard let u = Unicode.Scalar(scalar) else { throw error("an invalid \\u escape") }
                scratch.append(contentsOf: UTF8.encode(u)!)
            default:
                throw error("an invalid escape")
            }
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard pos + 4 <= count else { throw error("an invalid \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = base[pos]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("an invalid \\u escape")
            }
            v = v << 4 | d
            pos &+= 1
        }
        return v
    }

    /// Calls `body` with the UTF-8 bytes of the next string (decoded, not yet validated).
    @inline(__always)
    mutating func stringBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        let r = try rawString()
        if r.escaped { return try scratch.withUnsafeBufferPointer(body) }
        return try body(UnsafeBufferPointer(start: base + r.start, count: r.end - r.start))
    }

    /// The next string.
    @inline(__always)
    mutating func string() throws -> String {
        let at = pos
        let s = try stringBytes { UTF8Bytes.string($0) }
        guard let s else { throw JSONScanError(message: "a string that is not valid UTF-8", offset: at) }
        return s
    }

    /// The next string, or nil for `null`.
    @inline(__always)
    mutating func optionalString() throws -> String? {
        if try null() { return nil }
        return try string()
    }

    /// Consumes `null` if it is next.
    @inline(__always)
    mutating func null() throws -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        guard pos + 4 <= count, base[pos + 1] == 0x75, base[pos + 2] == 0x6C, base[pos + 3] == 0x6C else {
            throw error("expected a value")
        }
        pos &+= 4
        return true
    }

    /// The next integer (`-?[0-9]+`, within `Int`).
    @inline(__always)
    mutating func int() throws -> Int {
        var b = peek()
        let negative = b == UInt8(ascii: "-")
        if negative {
            pos &+= 1
            b = pos < count ? base[pos] : 0
        }
        guard b >= 0x30 && b <= 0x39 else { throw error("expected an integer") }
        var v = 0
        var digits = 0
        while pos < count {
            let c = base[pos]
            guard c >= 0x30 && c <= 0x39 else { break }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(Int(c - 0x30)) : m.addingReportingOverflow(Int(c - 0x30))
            if o1 || o2 { throw error("an integer out of range") }
            v = a
            digits += 1
            pos &+= 1
        }
        if pos < count, base[pos] == UInt8(ascii: ".") || base[pos] | 0x20 == UInt8(ascii: "e") {
            throw error("expected an integer")
        }
        return v
    }

    /// The next `true` or `false`.
    mutating func bool() throws -> Bool {
        let b = peek()
        if b == UInt8(ascii: "t"), pos + 4 <= count, memcmp(base + pos, "true", 4) == 0 {
            pos &+= 4
            return true
        }
        if b == UInt8(ascii: "f"), pos + 5 <= count, memcmp(base + pos, "false", 5) == 0 {
            pos &+= 5
            return false
        }
        throw error("expected true or false")
    }

    // MARK: - Skipping

    /// Skips one value of any kind, checking only that brackets and strings are well formed.
    mutating func skipValue() throws {
        var depth = 0
        repeat {
            let b = peek()
            switch b {
            case 0x7B, 0x5B:
                depth += 1
                pos &+= 1
            case 0x7D, 0x5D:
                guard depth > 0 else { throw error("unexpected \(b == 0x7D ? "}" : "]")") }
                depth -= 1
                pos &+= 1
            case 0x22:
                pos &+= 1
                try skipStringBody()
            case 0x2C, 0x3A:
                guard depth > 0 else { throw error("unexpected punctuation") }
                pos &+= 1
            case 0:
                throw error("the body ends inside a value")
            default:
                // A number or literal: up to the next delimiter.
                let start = pos
                while pos < count {
                    let c = base[pos]
                    if c == 0x2C || c == 0x5D || c == 0x7D || c == 0x3A || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09
                        || c == 0x22 || c == 0x5B || c == 0x7B
                    {
                        break
                    }
                    pos &+= 1
                }
                if pos == start { throw error("expected a value") }
            }
        } while depth > 0
    }

    /// Skips to just past the closing quote of a string whose opening quote was consumed.
    private mutating func skipStringBody() throws {
        while pos < count {
            let rest = count - pos
            guard let q = memchr(base + pos, 0x22, rest) else { break }
            let at = UnsafePointer<UInt8>(q.assumingMemoryBound(to: UInt8.self)) - base
            // The quote ends the string unless an odd number of backslashes precede it.
            var k = at - 1
            var backslashes = 0
            while k >= pos, base[k] == 0x5C {
                backslashes += 1
                k -= 1
            }
            pos = at + 1
            if backslashes % 2 == 0 { return }
        }
        pos = count
        throw error("unterminated string")
    }
}
