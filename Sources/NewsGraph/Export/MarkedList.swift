#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JSON array in a file whose elements are looked up by index: every `stride`-th element's
/// offset is noted while the file is scanned, and an element is read with `pread` as part of its
/// group of `stride` elements. The last group read is kept, with where each of its elements
/// starts (citations come in ascending runs: the next lookup is often in the same group).
///
/// `pread` rather than the mapping: a fault on a mapped file maps a whole large folio around
/// the byte read, so lookups all over a table of gigabytes would leave much of it resident.
struct MarkedList {
    /// Elements per mark.
    static let stride = 16

    /// File offsets of elements 0, `stride`, 2 × `stride`, …
    private var marks: [Int] = []
    /// The file offset just after the last element.
    private var end = 0
    private(set) var count = 0

    private var group = -1
    private var bytes: [UInt8] = []
    private var length = 0
    /// Where each element of the group starts in `bytes` (found by the first lookup that needs it).
    private var starts: [Int] = []

    init() {}

    /// Notes the next element, which starts at file offset `start` and ends at `end`.
    mutating func append(start: Int, end: Int) {
        if count % Self.stride == 0 { marks.append(start) }
        count += 1
        self.end = end
    }

    /// Element `i` (in `0..<count`) read from the file `descriptor` by `parse`.
    /// A syntax error's offset is made a file offset.
    mutating func element<R>(
        _ i: Int, in descriptor: Int32, file: String, _ parse: (inout JSONScanner) throws -> R
    ) throws -> R {
        let g = i / Self.stride
        let start = marks[g]
        if g != group {
            length = (g + 1 < marks.count ? marks[g + 1] : end) - start
            if bytes.count < length { bytes = [UInt8](repeating: 0, count: length) }
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, length, off_t(start)) }
            guard got == length else {
                group = -1
                throw NewsGraphError.unreadable(
                    file: file, reason: got < 0 ? String(cString: strerror(errno)) : "the file shrank while it was read")
            }
            group = g
            starts = [0]
        }
        let k = i % Self.stride
        return try bytes.withUnsafeBufferPointer { p in
            var s = JSONScanner(UnsafeBufferPointer(rebasing: p[0..<length]))
            do {
                // Skip to element k from the last start known, noting the starts on the way.
                s.pos = starts[min(k, starts.count - 1)]
                while starts.count <= k {
                    try s.skipValue()
                    try s.expect(0x2C, "a comma")
                    s.skipSpace()
                    starts.append(s.pos)
                }
                return try parse(&s)
            } catch var e as JSONScanError {
                e.offset += start
                throw e
            }
        }
    }
}
