/// An open-addressing table from hashes to small integer ids, with equality left to the caller.
///
/// The graph codec deduplicates evidence, sentences and strings by their
/// bytes; the values live in the caller's arrays and the table stores only
/// ids, so a million long sentences cost a few bytes of table each and are
/// never hashed by Swift's slower `String` hashing. A slot is 8 bytes (the id
/// and the hash's low 32 bits, which place it and screen out most unequal
/// values before `matches` is asked), and the table is kept at most three
/// quarters full: a million-article build interns tens of millions of values.
struct HashIndex {
    private var ids: [Int32]
    private var hashes: [UInt32]
    private var mask: Int
    private(set) var count = 0

    /// A table sized for about `capacity` ids.
    init(capacity: Int = 16) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        ids = Array(repeating: -1, count: size)
        hashes = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The id stored under `hash` for which `matches` is true; otherwise stores `newID` and returns it.
    @inline(__always)
    mutating func findOrInsert(hash: UInt64, newID: Int32, matches: (Int32) -> Bool) -> (id: Int32, inserted: Bool) {
        if (count + 1) * 4 > ids.count * 3 { grow() }
        let hash = UInt32(truncatingIfNeeded: hash)
        var slot = Int(hash) & mask
        while true {
            let id = ids[slot]
            if id < 0 {
                ids[slot] = newID
                hashes[slot] = hash
                count += 1
                return (newID, true)
            }
            if hashes[slot] == hash, matches(id) { return (id, false) }
            slot = (slot + 1) & mask
        }
    }

    /// The id stored under `hash` for which `matches` is true, if any.
    @inline(__always)
    func find(hash: UInt64, matches: (Int32) -> Bool) -> Int32? {
        let hash = UInt32(truncatingIfNeeded: hash)
        var slot = Int(hash) & mask
        while true {
            let id = ids[slot]
            if id < 0 { return nil }
            if hashes[slot] == hash, matches(id) { return id }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldIDs = ids
        let oldHashes = hashes
        let size = ids.count * 2
        ids = Array(repeating: -1, count: size)
        hashes = Array(repeating: 0, count: size)
        mask = size - 1
        for (k, id) in oldIDs.enumerated() where id >= 0 {
            var slot = Int(oldHashes[k]) & mask
            while ids[slot] >= 0 { slot = (slot + 1) & mask }
            ids[slot] = id
            hashes[slot] = oldHashes[k]
        }
    }
}
