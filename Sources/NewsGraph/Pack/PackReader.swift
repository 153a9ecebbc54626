/// Reads back what `PackWriter` wrote, given the pool's strings; throws on bytes it did not write.
struct PackReader {
    /// What went wrong reading packed bytes (a bug or damaged memory, never user input).
    struct Malformed: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "packed facts are malformed at byte \(offset)" }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let strings: [String]
    private let rules: [EvidenceRule]
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, strings: [String], rules: [EvidenceRule] = []) {
        self.bytes = bytes
        self.strings = strings
        self.rules = rules
    }

    var atEnd: Bool { offset == bytes.count }

    mutating func unsigned() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let b = bytes[offset]
            offset += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
        throw Malformed(offset: offset)
    }

    mutating func int() throws -> Int {
        let u = try unsigned()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    mutating func count() throws -> Int {
        let n = try unsigned()
        // A count can never exceed the bytes left (every element takes at least one byte).
        guard n <= UInt64(bytes.count - offset) else { throw Malformed(offset: offset) }
        return Int(n)
    }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Malformed(offset: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func inline() throws -> String {
        let n = try count()
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + n)]), as: UTF8.self)
        offset += n
        return s
    }

    mutating func pooled() throws -> String {
        let n = try unsigned()
        guard n < UInt64(strings.count) else { throw Malformed(offset: offset) }
        return strings[Int(n)]
    }

    /// The shared rule of a number written by `PackWriter.rule`.
    mutating func rule() throws -> EvidenceRule {
        let n = try unsigned()
        guard n < UInt64(rules.count) else { throw Malformed(offset: offset) }
        return rules[Int(n)]
    }

    mutating func pooledOptional() throws -> String? {
        let n = try unsigned()
        if n == 0 { return nil }
        guard n - 1 < UInt64(strings.count) else { throw Malformed(offset: offset) }
        return strings[Int(n - 1)]
    }

    mutating func inlineOptional() throws -> String? {
        try byte() == 0 ? nil : inline()
    }

    mutating func date() throws -> PartialDate? {
        let flags = try byte()
        guard flags & 1 != 0 else { return nil }
        let y = flags & 2 != 0 ? try int() : nil
        let m = flags & 4 != 0 ? try int() : nil
        let d = flags & 8 != 0 ? try int() : nil
        return PartialDate(year: y, month: m, day: d)
    }

    mutating func table() throws -> [String: String] {
        let n = try count()
        var t: [String: String] = [:]
        t.reserveCapacity(n)
        for _ in 0..<n {
            let k = try pooled()
            t[k] = try pooled()
        }
        return t
    }
}
