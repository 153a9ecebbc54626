import Foundation

/// A forward reader over the bytes of a JSON text, for the index's one-pass scan of a graph file.
///
/// It skips values without building them (tracking strings, escapes and depth) and
/// decodes only the strings the index needs. It does not trust the writer: any key order,
/// any whitespace and every escape of RFC 8259 are understood; malformed input throws.
struct JSONBytes {
    let base: UnsafePointer<UInt8>
    let count: Int
    /// The next byte to read.
    var at: Int
    /// Gives back the mapped pages behind `at` as the reader moves on.
    var window: MappedFile.Window

    /// A malformed text, with the byte position where reading stopped.
    struct Malformed: Error { let position: Int }

    /// A reader of `base[at..<count]`; with a `file`, its pages are given back behind the reader in steps of `step` bytes.
    init(_ base: UnsafePointer<UInt8>, count: Int, at: Int, releasing file: MappedFile? = nil, step: Int = 1 << 24) {
        self.base = base
        self.count = count
        self.at = at
        window = MappedFile.Window(file, from: at, step: step)
    }

    func fail() -> Malformed { Malformed(position: at) }

    mutating func skipWhitespace() {
        while at < count {
            let b = base[at]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            at += 1
        }
    }

    /// The next non-blank byte, not consumed; throws at the end.
    mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard at < count else { throw fail() }
        return base[at]
    }

    /// Consumes `byte` (after blanks) or throws.
    mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw fail() }
        at += 1
    }

    /// Consumes `byte` if it comes next (after blanks).
    mutating func consume(_ byte: UInt8) throws -> Bool {
        guard try peek() == byte else { return false }
        at += 1
        return true
    }

    /// Skips a string whose opening quote is at `at`; returns the range of its raw content
    /// and whether it holds an escape.
    mutating func skipString() throws -> (range: Range<Int>, escaped: Bool) {
        guard at < count, base[at] == 0x22 else { throw fail() }
        let start = at + 1
        var i = start
        var escaped = false
        while true {
            guard let q = memchr(base + i, 0x22, count - i) else { throw Malformed(position: count) }
            let quote = base.distance(to: q.assumingMemoryBound(to: UInt8.self))
            // A quote preceded by an odd number of backslashes is escaped.
            var slashes = 0
            var j = quote - 1
            while j >= start, base[j] == 0x5C {
                slashes += 1
                j -= 1
            }
            if slashes > 0 { escaped = true }
            if slashes % 2 == 0 {
                at = quote + 1
                if !escaped, memchr(base + start, 0x5C, quote - start) != nil { escaped = true }
                return (start..<quote, escaped)
            }
            i = quote + 1
        }
    }

    /// Reads a string value without decoding it: the range of its raw content and whether it holds an escape.
    mutating func rawString() throws -> (range: Range<Int>, escaped: Bool) {
        _ = try peek()
        return try skipString()
    }

    /// The text of a string read by `rawString`.
    func text(_ raw: (range: Range<Int>, escaped: Bool)) throws -> String {
        let bytes = UnsafeBufferPointer(start: base + raw.range.lowerBound, count: raw.range.count)
        return raw.escaped ? try Self.unescape(bytes, at: raw.range.lowerBound) : String(decoding: bytes, as: UTF8.self)
    }

    /// Reads a string value and decodes it.
    mutating func string() throws -> String {
        _ = try peek()
        let (range, escaped) = try skipString()
        if !escaped {
            return String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
        }
        return try Self.unescape(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), at: range.lowerBound)
    }

    /// The text of a string's raw content (between the quotes) with its escapes resolved.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, at position: Int) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hex4(_ k: Int) throws -> UInt32 {
            guard k + 4 <= raw.count else { throw Malformed(position: position + k) }
            var v: UInt32 = 0
            for b in raw[k..<(k + 4)] {
                v <<= 4
                switch b {
                case 0x30...0x39: v |= UInt32(b - 0x30)
                case 0x41...0x46: v |= UInt32(b - 0x41 + 10)
                case 0x61...0x66: v |= UInt32(b - 0x61 + 10)
                default: throw Malformed(position: position + k)
                }
            }
            return v
        }
        while i < raw.count {
            let b = raw[i]
            guard b == 0x5C else {
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < raw.count else { throw Malformed(position: position + i) }
            let e = raw[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4(i)
                i += 4
                if (0xD800..<0xDC00).contains(scalar), i + 6 <= raw.count, raw[i] == 0x5C, raw[i + 1] == 0x75 {
                    let low = try hex4(i + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                }
                // A lone surrogate becomes U+FFFD, as the system decoder's repair would.
                let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: throw Malformed(position: position + i - 1)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Skips any value (object, array, string, number, literal).
    mutating func skipValue() throws {
        let first = try peek()
        if first == 0x22 {
            _ = try skipString()
            return
        }
        guard first == 0x7B || first == 0x5B else {
            // Number or literal: runs to the next delimiter.
            let start = at
            while at < count {
                let b = base[at]
                if b == 0x2C || b == 0x7D || b == 0x5D || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { break }
                at += 1
            }
            guard at > start else { throw fail() }
            return
        }
        var depth = 0
        while at < count {
            let b = base[at]
            switch b {
            case 0x22:
                _ = try skipString()
                window.advance(to: at)
                continue
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth == 0 {
                    at += 1
                    return
                }
            default: break
            }
            at += 1
        }
        throw Malformed(position: count)
    }

    /// Reads an object's members: `member` is called with each key, the reader on its value,
    /// and must consume the value.
    mutating func object(_ member: (String, inout JSONBytes) throws -> Void) throws {
        try expect(0x7B)
        if try consume(0x7D) { return }
        repeat {
            _ = try peek()
            let key = try string()
            try expect(0x3A)
            _ = try peek()
            try member(key, &self)
            window.advance(to: at)
        } while try consume(0x2C)
        try expect(0x7D)
    }

    /// Reads an array's elements: `element` is called with the reader on each, and must consume it.
    mutating func array(_ element: (inout JSONBytes) throws -> Void) throws {
        try expect(0x5B)
        if try consume(0x5D) { return }
        repeat {
            _ = try peek()
            try element(&self)
            window.advance(to: at)
        } while try consume(0x2C)
        try expect(0x5D)
    }
}
