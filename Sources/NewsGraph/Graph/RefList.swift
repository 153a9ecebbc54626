/// A growing set of small integer ids (interned evidence, dates), kept without hashing.
///
/// A node or edge hears the same id many times (every contribution of an
/// article repeats its date; a busy place hears the same evidence through
/// several paths). A hash set per draft costs far more memory than the ids
/// themselves, and most edges only ever hold one id: so the first id is kept
/// inline, later ones are appended (an immediate repeat skipped) to an array
/// that is sorted and uniqued whenever it has doubled since the last time.
/// Memory stays within twice the distinct ids, work stays O(n log n).
struct RefList: Sendable {
    // 16 bytes: a million edges hold two lists each.
    /// The first id, or -1.
    private var first: Int32 = -1
    /// `rest.count` after the last compaction.
    private var compacted: Int32 = 0
    /// Ids after the first (with repeats until compacted).
    private var rest: [Int32] = []

    var isEmpty: Bool { first < 0 }

    /// The number of ids held: at least the distinct ones, at most twice as many (repeats not yet compacted).
    var heldCount: Int { first < 0 ? 0 : 1 + rest.count }

    mutating func insert(_ id: Int32) {
        if first < 0 {
            first = id
            return
        }
        if id == first || rest.last == id { return }
        rest.append(id)
        if rest.count >= 16 && rest.count >= 2 * Int(compacted) { compact() }
    }

    /// Sorts `rest` and removes repeats (of each other and of `first`).
    private mutating func compact() {
        rest.sort()
        var w = 0
        for r in rest.indices where rest[r] != first && (w == 0 || rest[r] != rest[w - 1]) {
            rest[w] = rest[r]
            w += 1
        }
        rest.removeLast(rest.count - w)
        compacted = Int32(rest.count)
    }

    /// Calls `body` with every id held (repeats possible until the list is taken); keeps the list.
    func forEachID(_ body: (Int32) -> Void) {
        guard first >= 0 else { return }
        body(first)
        for id in rest { body(id) }
    }

    /// The distinct ids ordered by `rank` (a strictly increasing key per distinct id), as ranks; then empties the list.
    mutating func take(orderedBy rank: [Int32]) -> [Int32] {
        guard first >= 0 else { return [] }
        var out = [rank[Int(first)]]
        out.reserveCapacity(rest.count + 1)
        for id in rest { out.append(rank[Int(id)]) }
        self = RefList()
        guard out.count > 1 else { return out }
        out.sort()
        var w = 1
        for r in 1..<out.count where out[r] != out[w - 1] {
            out[w] = out[r]
            w += 1
        }
        out.removeLast(out.count - w)
        return out
    }
}
