import Foundation

/// The node ids of a graph file as the index builder needs them: to find the node an edge
/// names exactly (by its key bytes, not only their hash), and to lay out the id hash table.
///
/// Ids are kept as the bytes `NameBytes.key` gives (the canonical composition), so two ids
/// are the same exactly when Swift's `String ==` says so. The bytes live in chunks of 1 MiB
/// that never move (an id longer than that gets a chunk of its own).
struct NodeIDTable {
    private static let chunkSize = 1 << 20
    private var chunks: [[UInt8]] = []
    /// Per ordinal: chunk << 32 | offset in the chunk.
    private var starts = Column<UInt64>()
    private var lengths = Column<UInt32>()
    private var hashes = Column<UInt64>()
    /// After `seal`: the hashes sorted (ties by ordinal), and their ordinals.
    private(set) var sortedHashes: [UInt64] = []
    private(set) var sortedOrdinals: [UInt32] = []
    /// After `seal`: where the sorted hashes with each value of their top `bucketBits` bits start
    /// (one more entry for the end), so a lookup goes straight to one or two candidates.
    private var buckets: [UInt32] = []
    private var bucketBits = 0

    /// Number of ids.
    var count: Int { lengths.count }

    /// Appends the id of the next node, as its key bytes.
    mutating func append(key: [UInt8]) {
        if chunks.isEmpty || chunks[chunks.count - 1].count + key.count > max(Self.chunkSize, chunks[chunks.count - 1].capacity) {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(Self.chunkSize, key.count))
            chunks.append(chunk)
        }
        let c = chunks.count - 1
        starts.append(UInt64(c) << 32 | UInt64(chunks[c].count))
        lengths.append(UInt32(key.count))
        chunks[c].append(contentsOf: key)
        hashes.append(NameBytes.hash(key))
    }

    /// Calls `body` with the key bytes of node `ordinal`.
    func withKey<R>(_ ordinal: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = starts[ordinal]
        let offset = Int(start & 0xFFFF_FFFF)
        return try chunks[Int(start >> 32)].withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[offset..<(offset + Int(lengths[ordinal]))]))
        }
    }

    /// The hash of node `ordinal`'s key.
    func hash(_ ordinal: Int) -> UInt64 { hashes[ordinal] }

    /// Sorts the hashes for lookups; the per-ordinal hashes are dropped.
    mutating func seal() {
        var pairs: [(UInt64, UInt32)] = []
        pairs.reserveCapacity(count)
        for i in 0..<count { pairs.append((hashes[i], UInt32(i))) }
        hashes = Column()
        pairs.sort { $0 < $1 }
        sortedHashes = pairs.map(\.0)
        sortedOrdinals = pairs.map(\.1)
        // About one bucket per id (hashes are uniform).
        bucketBits = max(1, min(24, Int.bitWidth - count.leadingZeroBitCount))
        buckets = [UInt32](repeating: 0, count: (1 << bucketBits) + 1)
        for h in sortedHashes { buckets[Int(h >> UInt64(64 - bucketBits)) + 1] += 1 }
        for b in 0..<(1 << bucketBits) { buckets[b + 1] += buckets[b] }
    }

    /// The ordinal of the node whose key is `key` (after `seal`), or nil.
    func ordinal(ofKey key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !buckets.isEmpty else { return nil }
        let h = NameBytes.hash(key)
        let bucket = Int(h >> UInt64(64 - bucketBits))
        var lo = Int(buckets[bucket])
        let hi = Int(buckets[bucket + 1])
        while lo < hi, sortedHashes[lo] < h { lo += 1 }
        while lo < hi, sortedHashes[lo] == h {
            let o = Int(sortedOrdinals[lo])
            if withKey(o, { Self.same($0, key) }) { return o }
            lo += 1
        }
        return nil
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        return memcmp(pa, pb, a.count) == 0
    }
}
