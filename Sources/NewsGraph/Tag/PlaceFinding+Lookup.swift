/// Lookups over places sorted by start (as `PlaceRule` returns them), by binary search.
extension Array where Element == PlaceFinding {
    /// Index of the first place starting at or after `q`.
    private func lowerBound(_ q: Int) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].range.lowerBound < q { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The longest place starting exactly at `q` and ending by `limit`.
    func place(startingAt q: Int, endingBy limit: Int = Int.max) -> PlaceFinding? {
        var i = lowerBound(q)
        while i < count && self[i].range.lowerBound == q {
            if self[i].range.upperBound <= limit { return self[i] }
            i += 1
        }
        return nil
    }

    /// The last place starting in `floor..<pos` that satisfies `predicate`.
    func lastPlace(before pos: Int, from floor: Int, where predicate: (PlaceFinding) -> Bool) -> PlaceFinding? {
        var i = lowerBound(pos) - 1
        let stop = Swift.max(-1, i - 32)  // the nearest few places are the ones that matter
        while i > stop && self[i].range.lowerBound >= floor {
            if predicate(self[i]) { return self[i] }
            i -= 1
        }
        return nil
    }
}
