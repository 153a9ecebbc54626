import Foundation

/// Numbers strings by their UTF-8 bytes, one copy each: the strings of packed facts.
///
/// Packed facts (`PackedFacts`) name their names, titles, places and rules by
/// number here instead of holding them, so a million articles share one copy of
/// every repeated string. Equality is byte equality, never `String`'s canonical
/// equivalence: a number always gives back the very bytes that were packed.
/// Thread-safe: a batch's worker threads pack into one pool. Readers take a
/// `snapshot()` once packing is done and look strings up without a lock.
final class StringPool: @unchecked Sendable {
    private let lock = NSLock()
    private var strings: [String] = []
    private var index = HashIndex(capacity: 1024)

    /// The number of `s`, given on first sight.
    func number(_ s: String) -> UInt32 {
        let h = ByteHash.hash(s)
        lock.lock()
        defer { lock.unlock() }
        let (id, inserted) = strings.withUnsafeBufferPointer { p in
            index.findOrInsert(hash: h, newID: Int32(p.count)) { UTF8Bytes.equal(p[Int($0)], s) }
        }
        if inserted { strings.append(s) }
        return UInt32(id)
    }

    /// Every string by number, as they stand now.
    func snapshot() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return strings
    }

    /// The number of strings held.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return strings.count
    }
}
