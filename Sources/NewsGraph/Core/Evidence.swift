/// Where a fact was read: the file, the article, the raw bytes, the sentence and the rule.
///
/// Evidence is the unit of trust in NewsGraph: every node, edge, title and
/// attendance carries a list of these, so a user can open the raw file at
/// `start..<end` and read the characters the claim came from.
public struct Evidence: Hashable, Comparable, Codable, Sendable {
    /// The input path as the user gave it (never made absolute).
    public var file: String
    /// Article identifier, `FILE#N` with N counting from 1 in page order.
    public var article: String
    /// First raw byte of the mention (UTF-8 byte offset into the file as read).
    public var start: Int
    /// One past the last raw byte of the mention.
    public var end: Int
    /// The clean sentence that holds the mention.
    public var sentence: String
    /// Name of the rule that produced the fact (e.g. `office-chain`, `byline`).
    public var rule: String

    public init(file: String, article: String, span: Span, sentence: String, rule: String) {
        self.file = file
        self.article = article
        self.start = span.start
        self.end = span.end
        self.sentence = sentence
        self.rule = rule
    }

    /// The raw byte range.
    public var span: Span { Span(start: start, end: end) }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.file, lhs.article, lhs.start, lhs.end, lhs.rule, lhs.sentence)
            < (rhs.file, rhs.article, rhs.start, rhs.end, rhs.rule, rhs.sentence)
    }
}
