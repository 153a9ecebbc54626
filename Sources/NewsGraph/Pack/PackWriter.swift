/// Appends the parts of packed facts to a byte buffer: variable-length integers, byte strings, pool numbers.
struct PackWriter {
    private(set) var bytes: [UInt8] = []
    let pool: StringPool
    /// Numbers the rule names apart from the other strings: they are few, and unpacking gives each one
    /// shared `EvidenceRule`.
    let rules: StringPool

    init(pool: StringPool, rules: StringPool, capacity: Int = 256) {
        self.pool = pool
        self.rules = rules
        bytes.reserveCapacity(capacity)
    }

    /// An unsigned LEB128 integer: seven bits a byte, small numbers in one byte.
    mutating func unsigned(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A signed integer, zigzag-coded (small magnitudes of either sign in one byte).
    mutating func int(_ v: Int) {
        let x = Int64(v)
        unsigned(UInt64(bitPattern: (x << 1) ^ (x >> 63)))
    }

    mutating func count(_ n: Int) { unsigned(UInt64(n)) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// The string's bytes, inline (for strings no other article repeats: sentences, ids).
    mutating func inline(_ s: String) {
        UTF8Bytes.with(s) { p in
            count(p.count)
            bytes.append(contentsOf: p)
        }
    }

    /// The string's number in the pool (for strings many articles repeat).
    mutating func pooled(_ s: String) { unsigned(UInt64(pool.number(s))) }

    /// The rule name's number among the rules.
    mutating func rule(_ name: String) { unsigned(UInt64(rules.number(name))) }

    /// A pooled optional string: 0 for none, else its number plus one.
    mutating func pooled(_ s: String?) {
        guard let s else { return unsigned(0) }
        unsigned(UInt64(pool.number(s)) + 1)
    }

    /// An optional inline string: a 0 byte for none, else 1 and the string.
    mutating func inline(_ s: String?) {
        guard let s else { return byte(0) }
        byte(1)
        inline(s)
    }

    /// An optional date: a bit per part present, then the parts.
    mutating func date(_ d: PartialDate?) {
        guard let d else { return byte(0) }
        byte(1 | (d.year != nil ? 2 : 0) | (d.month != nil ? 4 : 0) | (d.day != nil ? 8 : 0))
        if let y = d.year { int(y) }
        if let m = d.month { int(m) }
        if let day = d.day { int(day) }
    }

    /// A string table, entries in byte order of their keys (so equal tables pack to equal bytes).
    mutating func table(_ t: [String: String]) {
        count(t.count)
        for k in t.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            pooled(k)
            pooled(t[k]!)
        }
    }
}
