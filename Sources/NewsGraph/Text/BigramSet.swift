/// A set of ideograph pairs (`Bigrams`) kept as a sorted array without repeats.
///
/// Building one sorts an article's pairs once instead of hashing each into a `Set`, membership
/// is a binary search, and union and intersection are merges; iteration is in ascending order,
/// so sums over a set do not depend on a process's hash seed.
struct BigramSet: Sendable, Equatable {
    /// The pairs, ascending, each once.
    private(set) var values: [UInt64]

    /// The empty set.
    init() { values = [] }

    /// The set of `pairs` (any order, repeats allowed).
    init(unsorted pairs: [UInt64]) {
        var v = pairs
        v.sort()
        var kept = 0
        for i in v.indices where i == 0 || v[i] != v[kept - 1] {
            v[kept] = v[i]
            kept += 1
        }
        v.removeSubrange(kept...)
        values = v
    }

    private init(sorted: [UInt64]) { values = sorted }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// True when `g` is in the set.
    func contains(_ g: UInt64) -> Bool {
        var lo = 0
        var hi = values.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if values[mid] < g { lo = mid + 1 } else { hi = mid }
        }
        return lo < values.count && values[lo] == g
    }

    /// The pairs in either set.
    func union(_ other: BigramSet) -> BigramSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        var out: [UInt64] = []
        out.reserveCapacity(count + other.count)
        var i = 0
        var j = 0
        let a = values
        let b = other.values
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                out.append(a[i])
                i += 1
            } else if b[j] < a[i] {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return BigramSet(sorted: out)
    }

    /// The number of pairs in both sets.
    func sharedCount(_ other: BigramSet) -> Int {
        var i = 0
        var j = 0
        var n = 0
        let a = values
        let b = other.values
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                n += 1
                i += 1
                j += 1
            }
        }
        return n
    }
}
