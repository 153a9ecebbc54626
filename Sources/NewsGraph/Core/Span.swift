/// A half-open range of UTF-8 byte offsets into a raw input file.
///
/// Every position NewsGraph reports — of an article, a mention, a piece of
/// evidence — is a `Span` into the bytes of the file as it was read, before
/// decoding. For a GB18030 file the offsets count the GB18030 bytes.
public struct Span: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// First byte of the range.
    public var start: Int
    /// One past the last byte of the range.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "Span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of bytes covered.
    public var length: Int { end - start }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
