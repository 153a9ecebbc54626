/// Values numbered in order of first sight: equal values get one number.
///
/// The accumulator keeps evidence, dates and strings as these numbers while it
/// collects contributions, so its drafts hold small integers instead of
/// copies of the values (and hash each value once).
struct InternTable<Value: Hashable> {
    /// The values, by number.
    private(set) var values: [Value] = []
    private var numbers: [Value: Int32] = [:]

    /// The number of `value`, given on first sight.
    mutating func number(_ value: Value) -> Int32 {
        if let n = numbers[value] { return n }
        let n = Int32(values.count)
        values.append(value)
        numbers[value] = n
        return n
    }

    /// Makes room for about `count` distinct values (saves rehashing a large table as it grows).
    mutating func reserveCapacity(_ count: Int) {
        numbers.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    /// Forgets the lookup table (the values stay readable); frees its memory once numbering is done.
    mutating func dropLookup() { numbers = [:] }

    subscript(_ n: Int32) -> Value { values[Int(n)] }
}
