/// Counts candidate values and picks one deterministically: the most frequent, ties to the smallest.
///
/// The graph is built from facts seen in any order; whenever several articles
/// propose different values (a place's level, a position's title), the
/// winner must not depend on the order, only on the multiset of proposals.
struct Votes<Value: Hashable & Comparable>: Sendable where Value: Sendable {
    private(set) var counts: [Value: Int] = [:]

    mutating func add(_ value: Value, weight: Int = 1) {
        counts[value, default: 0] += weight
    }

    var isEmpty: Bool { counts.isEmpty }

    /// The most frequent value; among equals, the smallest.
    var winner: Value? {
        var best: (Value, Int)?
        for (v, n) in counts {
            if let b = best {
                if n > b.1 || (n == b.1 && v < b.0) { best = (v, n) }
            } else {
                best = (v, n)
            }
        }
        return best?.0
    }

    /// All values, sorted.
    var values: [Value] { counts.keys.sorted() }
}
