/// Maps every UTF-8 byte of a clean text back to the raw bytes it came from.
///
/// The text stage removes spaces, joins cut lines and folds full-width forms;
/// this map keeps each clean byte's origin so evidence can cite the raw file.
///
/// Storage is compact: a list of segments, each a run of equal-sized units where
/// unit `k` of `c` clean bytes came from raw bytes `raw + k*r ..< raw + (k+1)*r`.
/// A verbatim run of UTF-8 is one segment with `c = r = 1`, whatever its length,
/// so the map costs bytes per *change* in the mapping, not per clean byte.
/// Ranges that start and end on scalar boundaries map exactly; a byte inside a
/// re-encoded scalar maps to the whole scalar's raw range.
public struct OffsetMap: Sendable, Equatable {
    /// First clean byte of each segment.
    private var segClean: [Int32] = []
    /// Raw offset of the first unit of each segment.
    private var segRaw: [Int32] = []
    /// Clean bytes per unit.
    private var segCleanUnit: [Int32] = []
    /// Raw bytes per unit (0 for clean bytes inserted at a raw position).
    private var segRawUnit: [Int32] = []
    /// Number of clean UTF-8 bytes mapped.
    public private(set) var count: Int = 0

    public init() {}

    /// A map from explicit per-byte raw ranges (kept for compatibility; compacted on the way in).
    public init(starts: [Int32], ends: [Int32]) {
        precondition(starts.count == ends.count)
        for i in starts.indices {
            append(cleanByteCount: 1, raw: Span(start: Int(starts[i]), end: Int(max(ends[i], starts[i]))))
        }
    }

    /// The identity map of `count` verbatim bytes starting at raw offset `rawStart`.
    public static func identity(count: Int, rawStart: Int = 0) -> OffsetMap {
        var m = OffsetMap()
        if count > 0 { m.appendUnits(cleanUnit: 1, rawUnit: 1, units: count, rawStart: rawStart) }
        return m
    }

    /// Raw start offset for each clean UTF-8 byte (materialized; O(count), for tests and tools).
    public var starts: [Int32] { (0..<count).map { Int32(start(ofByte: $0)) } }
    /// Raw end offset for each clean UTF-8 byte (materialized; O(count)).
    public var ends: [Int32] { (0..<count).map { Int32(end(ofByte: $0)) } }

    /// Number of segments held (a measure of the map's memory).
    public var segmentCount: Int { segClean.count }

    /// Records that the next `cleanByteCount` clean bytes came from raw `raw`.
    public mutating func append(cleanByteCount: Int, raw: Span) {
        guard cleanByteCount > 0 else { return }
        if cleanByteCount == raw.length {
            // Verbatim bytes: byte-exact mapping, merges with neighbouring verbatim runs.
            appendUnits(cleanUnit: 1, rawUnit: 1, units: cleanByteCount, rawStart: raw.start)
        } else {
            appendUnits(cleanUnit: cleanByteCount, rawUnit: raw.length, units: 1, rawStart: raw.start)
        }
    }

    /// Appends all of `other` (the clean bytes of `other` follow the current ones).
    public mutating func append(_ other: OffsetMap) {
        append(other, range: 0..<other.count)
    }

    /// Appends the clean byte range `range` of `other`.
    public mutating func append(_ other: OffsetMap, range: Range<Int>) {
        let lo = max(0, range.lowerBound)
        let hi = min(other.count, range.upperBound)
        guard lo < hi else { return }
        var i = other.segment(containing: lo)
        var pos = lo
        while pos < hi {
            let c0 = Int(other.segClean[i])
            let segEnd = i + 1 < other.segClean.count ? Int(other.segClean[i + 1]) : other.count
            let cu = Int(other.segCleanUnit[i])
            let ru = Int(other.segRawUnit[i])
            let r0 = Int(other.segRaw[i])
            let stop = min(segEnd, hi)
            // A partial unit at the start: its bytes share the unit's raw range.
            let offsetInUnit = (pos - c0) % cu
            if offsetInUnit != 0 {
                let unit = (pos - c0) / cu
                let take = min(cu - offsetInUnit, stop - pos)
                appendUnits(cleanUnit: take, rawUnit: ru, units: 1, rawStart: r0 + unit * ru)
                pos += take
                continue
            }
            let whole = (stop - pos) / cu
            if whole > 0 {
                appendUnits(cleanUnit: cu, rawUnit: ru, units: whole, rawStart: r0 + ((pos - c0) / cu) * ru)
                pos += whole * cu
            }
            if pos < stop {
                // A partial unit at the end.
                appendUnits(cleanUnit: stop - pos, rawUnit: ru, units: 1, rawStart: r0 + ((pos - c0) / cu) * ru)
                pos = stop
            }
            i += 1
        }
    }

    /// Reserves room (kept for compatibility; segments grow on demand).
    public mutating func reserve(_ n: Int) {}

    /// The raw span covering the clean UTF-8 byte range `range`.
    public func rawSpan(cleanUTF8 range: Range<Int>) -> Span {
        precondition(count > 0, "empty offset map")
        let lo = min(max(range.lowerBound, 0), count - 1)
        let hi = min(max(range.upperBound - 1, lo), count - 1)
        let s = start(ofByte: lo)
        return Span(start: s, end: max(end(ofByte: hi), s))
    }

    /// The map of a clean sub-range, re-based to start at 0.
    public func slice(_ range: Range<Int>) -> OffsetMap {
        var m = OffsetMap()
        m.append(self, range: range)
        return m
    }

    // MARK: - Internals

    private mutating func appendUnits(cleanUnit cu: Int, rawUnit ru: Int, units: Int, rawStart: Int) {
        guard units > 0 else { return }
        if let last = segClean.indices.last,
            Int(segCleanUnit[last]) == cu, Int(segRawUnit[last]) == ru
        {
            let lastUnits = (count - Int(segClean[last])) / cu
            if Int(segRaw[last]) + lastUnits * ru == rawStart && (count - Int(segClean[last])) % cu == 0 {
                count += units * cu
                return
            }
        }
        segClean.append(Int32(count))
        segRaw.append(Int32(rawStart))
        segCleanUnit.append(Int32(cu))
        segRawUnit.append(Int32(ru))
        count += units * cu
    }

    /// Index of the segment holding clean byte `c` (binary search).
    private func segment(containing c: Int) -> Int {
        var lo = 0
        var hi = segClean.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(segClean[mid]) <= c { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    private func start(ofByte c: Int) -> Int {
        let i = segment(containing: c)
        let unit = (c - Int(segClean[i])) / Int(segCleanUnit[i])
        return Int(segRaw[i]) + unit * Int(segRawUnit[i])
    }

    private func end(ofByte c: Int) -> Int {
        let i = segment(containing: c)
        let unit = (c - Int(segClean[i])) / Int(segCleanUnit[i])
        return Int(segRaw[i]) + (unit + 1) * Int(segRawUnit[i])
    }
}
