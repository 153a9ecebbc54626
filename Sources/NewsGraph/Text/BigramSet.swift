/// A set of ideograph pairs (`Bigrams`): an open-addressing hash table with a multiplicative hash.
///
/// `Set<UInt64>` hashes every pair with SipHash, and sorting an article's pairs costs more than
/// the scan that finds them; this table costs a multiply and a probe or two per pair. Nothing
/// here depends on iteration order: `sortedValues` gives the pairs in ascending order where a
/// sum over them must not depend on it.
struct BigramSet: Sendable {
    /// Slots (0 = empty: a pair of two ideographs is never 0); the count is a power of two.
    private var slots: [UInt64]
    /// Number of pairs held.
    private(set) var count = 0
    private var shift: UInt64

    /// The empty set.
    init() {
        slots = []
        shift = 64
    }

    /// The set of `pairs` (any order, repeats allowed; no pair is 0).
    init(_ pairs: [UInt64]) {
        var size = 8
        while size < pairs.count * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for g in pairs { insert(g) }
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always) private func slot(_ g: UInt64) -> Int {
        Int(truncatingIfNeeded: (g &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func insert(_ g: UInt64) {
        if (count + 1) * 2 > slots.count { rehash(to: max(8, slots.count * 2)) }
        let mask = slots.count - 1
        var i = slot(g)
        while true {
            let s = slots[i]
            if s == g { return }
            if s == 0 {
                slots[i] = g
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func rehash(to size: Int) {
        let old = slots
        slots = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        count = 0
        for g in old where g != 0 { insert(g) }
    }

    /// True when `g` is in the set.
    func contains(_ g: UInt64) -> Bool {
        guard count > 0 else { return false }
        let mask = slots.count - 1
        var i = slot(g)
        while true {
            let s = slots[i]
            if s == g { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// The pairs in ascending order.
    var sortedValues: [UInt64] { slots.filter { $0 != 0 }.sorted() }

    /// The pairs in either set.
    func union(_ other: BigramSet) -> BigramSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        var out = self
        for g in other.slots where g != 0 { out.insert(g) }
        return out
    }

    /// The number of pairs in both sets.
    func sharedCount(_ other: BigramSet) -> Int {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var n = 0
        for g in small.slots where g != 0 && large.contains(g) { n += 1 }
        return n
    }
}
