/// Evidence numbered in order of first sight, with a compact byte-hash index instead of a `Dictionary`.
///
/// The accumulator interns about twenty pieces of evidence per article. As
/// `Dictionary<Evidence, Int32>` keys they cost their 80 bytes again (and the
/// table's spare capacity several times over), on top of the values array: at a
/// million articles, gigabytes. Here the index holds only ids and hashes (8
/// bytes a slot, `HashIndex`), and a value is compared by its bytes (`UTF8Bytes.equal`).
///
/// Byte equality is stricter than `==` (canonical equivalence): two pieces that
/// are equal without having the same bytes get two numbers here; the
/// accumulator's finishing gives them one index in the sorted table
/// (`GraphAccumulator.finishEvidence`).
struct EvidenceInterner {
    /// The values, by number.
    private(set) var values: [Evidence] = []
    private var index = HashIndex(capacity: 1024)
    private var hashes = StringHashCache()

    /// The number of `e`, given on first sight.
    @inline(__always)
    mutating func number(_ e: Evidence) -> Int32 {
        let h = hash(e)
        let (id, inserted) = values.withUnsafeBufferPointer { p in
            index.findOrInsert(hash: h, newID: Int32(p.count)) { Self.sameBytes(p[Int($0)], e) }
        }
        if inserted { values.append(e) }
        return id
    }

    /// The number of `e`, if it has one.
    mutating func find(_ e: Evidence) -> Int32? {
        let h = hash(e)
        return values.withUnsafeBufferPointer { p in index.find(hash: h) { Self.sameBytes(p[Int($0)], e) } }
    }

    /// As `Evidence.hash(into:)`: the article, the range and the rule, not the long sentence.
    @inline(__always)
    private mutating func hash(_ e: Evidence) -> UInt64 {
        let h = ByteHash.mix(hashes.hash(e.article) ^ (ByteHash.hash(e.rule) &* 41))
        return ByteHash.combine(ByteHash.combine(h, e.start), e.end)
    }

    /// Makes room for about `count` distinct values (saves growing a large table step by step).
    mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
        index = HashIndex(capacity: count)
    }

    @inline(__always)
    private static func sameBytes(_ a: Evidence, _ b: Evidence) -> Bool {
        a.start == b.start && a.end == b.end && UTF8Bytes.equal(a.article, b.article)
            && UTF8Bytes.equal(a.rule, b.rule) && UTF8Bytes.equal(a.file, b.file)
            && UTF8Bytes.equal(a.sentence, b.sentence)
    }
}
