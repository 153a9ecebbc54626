/// A stretch of decoded text the normalizer reads as one line.
public struct TextPiece: Sendable, Hashable {
    /// Decoded UTF-8 byte range (see `DecodedText`).
    public var range: Range<Int>
    /// Forces a paragraph break after this piece (a subheading, a headline line).
    public var breakAfter: Bool

    public init(range: Range<Int>, breakAfter: Bool = false) {
        self.range = range
        self.breakAfter = breakAfter
    }
}
