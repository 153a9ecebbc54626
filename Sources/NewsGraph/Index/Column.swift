/// An append-only column of fixed-width integers, stored in chunks of equal size.
///
/// The index builder collects one column per table of the index file. An array that
/// grows doubles its storage and copies into it, so at its peak it holds up to three times
/// what it contains; chunks never move, so a column costs what it holds plus at most one chunk.
struct Column<Element: FixedWidthInteger> {
    private static var shift: Int { 16 }
    private static var chunkSize: Int { 1 << shift }
    private var chunks: [[Element]] = []
    /// Number of elements.
    private(set) var count = 0

    init() {}

    /// Appends `value`.
    @inline(__always)
    mutating func append(_ value: Element) {
        if count & (Self.chunkSize - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(value)
        count += 1
    }

    /// Appends every element of `values`.
    mutating func append<S: Sequence>(contentsOf values: S) where S.Element == Element {
        for v in values { append(v) }
    }

    /// Element `i` (`0 <= i < count`).
    subscript(i: Int) -> Element {
        chunks[i >> Self.shift][i & (Self.chunkSize - 1)]
    }

    /// Calls `body` with the column's bytes, little-endian, chunk after chunk.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        for chunk in chunks {
            #if _endian(little)
                try chunk.withUnsafeBytes { try body($0) }
            #else
                try chunk.map(\.littleEndian).withUnsafeBytes { try body($0) }
            #endif
        }
    }
}
