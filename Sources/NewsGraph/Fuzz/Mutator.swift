/// Applies `Mutation`s to byte buffers, driven by a seeded generator.
///
/// Every choice (which mutation, where, what) comes from the caller's
/// `SplitMix64`, so a case is a pure function of the seed and its index.
public struct Mutator: Sendable {
    /// The largest buffer a mutation may produce; growth stops there.
    public var maxBytes: Int

    public init(maxBytes: Int = 1 << 20) {
        self.maxBytes = maxBytes
    }

    /// Applies `mutation` to `bytes`; `other` is the splice partner. `aligned` moves every cut and
    /// insertion point to a UTF-8 scalar boundary.
    public func apply(
        _ mutation: Mutation, to bytes: inout [UInt8], other: [UInt8], aligned: Bool = false, rng: inout SplitMix64
    ) {
        func position(_ p: Int, in b: [UInt8]) -> Int {
            var p = min(p, b.count)
            if aligned { while p < b.count && b[p] & 0xC0 == 0x80 { p += 1 } }
            return p
        }
        switch mutation {
        case .flipBit:
            guard !bytes.isEmpty else { return }
            let i = rng.below(bytes.count)
            bytes[i] ^= UInt8(1) << UInt8(rng.below(8))
        case .setByte:
            guard !bytes.isEmpty else { return }
            let value = rng.chance(1, in: 2) ? rng.pick(FuzzTokens.interestingBytes) : UInt8(truncatingIfNeeded: rng.next())
            bytes[rng.below(bytes.count)] = value
        case .insertBytes:
            let n = 1 + rng.below(8)
            insert((0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, into: &bytes, rng: &rng)
        case .deleteRange:
            guard !bytes.isEmpty else { return }
            let start = position(rng.below(bytes.count), in: bytes)
            guard start < bytes.count else { return }
            let length = 1 + rng.below(min(bytes.count - start, rng.chance(1, in: 4) ? 4096 : 16))
            bytes.removeSubrange(start..<position(start + length, in: bytes))
        case .truncate:
            guard !bytes.isEmpty else { return }
            bytes.removeSubrange(position(rng.below(bytes.count), in: bytes)...)
        case .duplicateRange:
            guard !bytes.isEmpty else { return }
            let start = position(rng.below(bytes.count), in: bytes)
            guard start < bytes.count else { return }
            let stop = position(start + 1 + rng.below(min(bytes.count - start, 2048)), in: bytes)
            let copies = 1 + rng.below(rng.chance(1, in: 8) ? 64 : 3)
            var chunk: [UInt8] = []
            for _ in 0..<copies { chunk += bytes[start..<stop] }
            insert(chunk, into: &bytes, at: start, rng: &rng)
        case .splice:
            guard !other.isEmpty else { return }
            let cut = position(bytes.isEmpty ? 0 : rng.below(bytes.count + 1), in: bytes)
            let from = position(rng.below(other.count), in: other)
            bytes = Array(bytes[..<cut]) + other[from...]
            if bytes.count > maxBytes { bytes.removeSubrange(maxBytes...) }
        case .insertToken:
            insert(Array(rng.pick(FuzzTokens.genre).utf8), into: &bytes, aligned: aligned, rng: &rng)
        case .insertHostile:
            insert(Array(rng.pick(FuzzTokens.hostile).utf8), into: &bytes, aligned: aligned, rng: &rng)
        case .insertInvalidUTF8:
            insert(rng.pick(FuzzTokens.invalidUTF8), into: &bytes, rng: &rng)
        case .insertInvalidGB18030:
            insert(rng.pick(FuzzTokens.invalidGB18030), into: &bytes, rng: &rng)
        case .repeatToken:
            let token = rng.chance(1, in: 2) ? rng.pick(FuzzTokens.genre) : rng.pick(FuzzTokens.hostile)
            let times = 100 + rng.below(5000)
            insert(Array(String(repeating: token, count: times).utf8), into: &bytes, aligned: aligned, rng: &rng)
        case .swapLines:
            swapLines(&bytes, rng: &rng)
        case .insertBOM:
            let bom: [UInt8] = rng.pick([[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]])
            if rng.chance(1, in: 2) {
                insert(bom, into: &bytes, at: 0, rng: &rng)
            } else {
                insert(bom, into: &bytes, rng: &rng)
            }
        }
    }

    /// Applies 1…`maxStack` random mutations in a row; returns their names in order.
    /// Three times in four only `Mutation.textual` ones, aligned on scalars (the text stays valid
    /// UTF-8 and reaches the tagger); otherwise any mutation anywhere (the decoder's turn).
    public func mutate(
        _ bytes: inout [UInt8], others: [[UInt8]], maxStack: Int = 6, rng: inout SplitMix64
    ) -> [Mutation] {
        let textual = rng.chance(3, in: 4)
        return mutate(&bytes, others: others, textual: textual, maxStack: maxStack, rng: &rng)
    }

    /// Applies 1…`maxStack` random mutations in a row, only textual aligned ones when `textual`.
    public func mutate(
        _ bytes: inout [UInt8], others: [[UInt8]], textual: Bool, maxStack: Int = 6, rng: inout SplitMix64
    ) -> [Mutation] {
        let count = 1 + rng.below(max(1, maxStack))
        var applied: [Mutation] = []
        for _ in 0..<count {
            let m = textual ? rng.pick(Mutation.textual) : rng.pick(Mutation.allCases)
            let other = others.isEmpty ? [] : rng.pick(others)
            apply(m, to: &bytes, other: other, aligned: textual, rng: &rng)
            applied.append(m)
        }
        return applied
    }

    // MARK: - Helpers

    /// Inserts `chunk` at a random position, on a UTF-8 scalar boundary when `aligned` and otherwise
    /// three times in four (so most inserts keep a valid page valid and reach the later stages).
    private func insert(_ chunk: [UInt8], into bytes: inout [UInt8], aligned: Bool = false, rng: inout SplitMix64) {
        var at = bytes.isEmpty ? 0 : rng.below(bytes.count + 1)
        if aligned || rng.chance(3, in: 4) {
            while at < bytes.count && bytes[at] & 0xC0 == 0x80 { at += 1 }
        }
        insert(chunk, into: &bytes, at: at, rng: &rng)
    }

    private func insert(_ chunk: [UInt8], into bytes: inout [UInt8], at: Int, rng: inout SplitMix64) {
        let room = maxBytes - bytes.count
        guard room > 0 else { return }
        bytes.insert(contentsOf: chunk.prefix(room), at: min(at, bytes.count))
    }

    private func swapLines(_ bytes: inout [UInt8], rng: inout SplitMix64) {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        guard starts.count >= 3 else { return }
        let a = rng.below(starts.count - 1)
        var b = rng.below(starts.count - 1)
        if a == b { b = (b + 1) % (starts.count - 1) }
        let (x, y) = (min(a, b), max(a, b))
        let lineX = Array(bytes[starts[x]..<starts[x + 1]])
        let lineY = Array(bytes[starts[y]..<starts[y + 1]])
        let middle = Array(bytes[starts[x + 1]..<starts[y]])
        bytes.replaceSubrange(starts[x]..<starts[y + 1], with: lineY + middle + lineX)
    }
}
