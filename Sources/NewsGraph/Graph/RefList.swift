/// A growing set of small integer ids (interned evidence, dates), kept as a plain array.
///
/// A node or edge hears the same id many times (every contribution of an
/// article repeats its date; a busy place hears the same evidence through
/// several paths). A hash set per draft costs far more memory than the ids
/// themselves, so ids are appended, an immediate repeat is skipped, and the
/// array is sorted and uniqued whenever it has doubled since the last time:
/// memory stays within twice the distinct ids, work stays O(n log n).
struct RefList: Sendable {
    private(set) var ids: [Int32] = []
    /// Count after the last compaction (the array's prefix up to here is sorted and unique).
    private var compacted = 0

    var isEmpty: Bool { ids.isEmpty }

    mutating func insert(_ id: Int32) {
        if ids.last == id { return }
        ids.append(id)
        if ids.count >= 16 && ids.count >= 2 * compacted { compact() }
    }

    /// Sorts by id and removes repeats.
    mutating func compact() {
        guard ids.count > 1 else {
            compacted = ids.count
            return
        }
        ids.sort()
        var w = 1
        for r in 1..<ids.count where ids[r] != ids[w - 1] {
            ids[w] = ids[r]
            w += 1
        }
        ids.removeLast(ids.count - w)
        compacted = ids.count
    }

    /// The distinct ids ordered by `rank` (a strictly increasing key per distinct id), then released.
    mutating func take(orderedBy rank: [Int32]) -> [Int32] {
        var out = ids.map { rank[Int($0)] }
        ids = []
        compacted = 0
        out.sort()
        var w = 0
        for r in out.indices where w == 0 || out[r] != out[w - 1] {
            out[w] = out[r]
            w += 1
        }
        out.removeLast(out.count - w)
        return out
    }
}
