/// Maps every UTF-8 byte of a clean text back to the raw bytes it came from.
///
/// The text stage removes spaces, joins cut lines and folds full-width forms;
/// this map keeps each clean byte's origin so evidence can cite the raw file.
/// Byte `i` of the clean text came from raw bytes `starts[i]..<ends[i]`
/// (for a multi-byte clean scalar, all its bytes share the scalar's raw range).
public struct OffsetMap: Sendable, Equatable {
    /// Raw start offset for each clean UTF-8 byte.
    public private(set) var starts: [Int32]
    /// Raw end offset for each clean UTF-8 byte.
    public private(set) var ends: [Int32]

    public init() {
        starts = []
        ends = []
    }

    public init(starts: [Int32], ends: [Int32]) {
        precondition(starts.count == ends.count)
        self.starts = starts
        self.ends = ends
    }

    /// Number of clean UTF-8 bytes mapped.
    public var count: Int { starts.count }

    /// Records that the next `cleanByteCount` clean bytes came from raw `raw`.
    public mutating func append(cleanByteCount: Int, raw: Span) {
        for _ in 0..<cleanByteCount {
            starts.append(Int32(raw.start))
            ends.append(Int32(raw.end))
        }
    }

    /// Reserves room for `n` clean bytes.
    public mutating func reserve(_ n: Int) {
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
    }

    /// The raw span covering the clean UTF-8 byte range `range`.
    public func rawSpan(cleanUTF8 range: Range<Int>) -> Span {
        precondition(!starts.isEmpty, "empty offset map")
        let lo = min(max(range.lowerBound, 0), starts.count - 1)
        let hi = min(max(range.upperBound - 1, lo), ends.count - 1)
        return Span(start: Int(starts[lo]), end: Int(max(ends[hi], starts[lo])))
    }

    /// The map of a clean sub-range, re-based to start at 0.
    public func slice(_ range: Range<Int>) -> OffsetMap {
        OffsetMap(starts: Array(starts[range]), ends: Array(ends[range]))
    }
}
