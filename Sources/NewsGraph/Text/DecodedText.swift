/// A page decoded to UTF-8, with the way back to the raw bytes of the file.
///
/// For UTF-8 input the bytes are the file's own bytes (a BOM is skipped, not
/// removed), so a decoded position *is* a raw offset. For UTF-16 and GB18030
/// input the text is transcoded and `map` records, for each decoded byte, the
/// raw bytes of the character it came from.
public struct DecodedText: Sendable {
    /// The encoding the bytes were read in: `utf-8`, `utf-16le`, `utf-16be` or `gb18030`.
    public var encoding: String
    /// The text as UTF-8.
    public var utf8: [UInt8]
    /// Where the text starts in `utf8` (after a BOM).
    public var start: Int
    /// Decoded byte → raw byte map; `nil` means identity (UTF-8 input).
    public var map: OffsetMap?

    public init(encoding: String, utf8: [UInt8], start: Int = 0, map: OffsetMap? = nil) {
        self.encoding = encoding
        self.utf8 = utf8
        self.start = start
        self.map = map
    }

    /// The raw span of the decoded byte range `range`.
    @inline(__always) public func rawSpan(_ range: Range<Int>) -> Span {
        guard let map else { return Span(start: range.lowerBound, end: range.upperBound) }
        if range.isEmpty {
            // An empty range sits at the raw start of the byte it precedes.
            if range.lowerBound >= map.count { return Span(start: rawLength, end: rawLength) }
            let s = map.rawSpan(cleanUTF8: range.lowerBound..<range.lowerBound + 1).start
            return Span(start: s, end: s)
        }
        return map.rawSpan(cleanUTF8: range)
    }

    /// Length of the raw file in bytes.
    public var rawLength: Int {
        guard let map else { return utf8.count }
        return map.count == 0 ? 0 : map.rawSpan(cleanUTF8: map.count - 1..<map.count).end
    }

    /// The decoded text of `range` as a String.
    public func string(_ range: Range<Int>) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
