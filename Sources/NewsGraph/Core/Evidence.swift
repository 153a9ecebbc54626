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

    /// Hashes the article, the byte range and the rule, not the sentence or the file.
    ///
    /// Consistent with `==` (it hashes a subset of the compared fields); within one article the
    /// range and rule almost always tell evidence apart, and skipping the long sentence matters:
    /// hashing a non-ASCII `String` normalises it, which dominated building large graphs.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(article)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(rule)
    }

    /// Equal in every field (strings by canonical equivalence, as `String` compares them).
    public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
        // Cheap fields first; `StringOrder` settles equal or plainly different bytes without normalising.
        lhs.start == rhs.start && lhs.end == rhs.end && StringOrder.compare(lhs.rule, rhs.rule) == 0
            && StringOrder.compare(lhs.article, rhs.article) == 0 && StringOrder.compare(lhs.file, rhs.file) == 0
            && StringOrder.compare(lhs.sentence, rhs.sentence) == 0
    }

    /// Orders by file, article, start, end, rule, then sentence (strings as `String` orders them).
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        // Same order as comparing the tuples; `StringOrder` decides most string pairs on their bytes.
        let f = StringOrder.compare(lhs.file, rhs.file)
        if f != 0 { return f < 0 }
        let a = StringOrder.compare(lhs.article, rhs.article)
        if a != 0 { return a < 0 }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        let r = StringOrder.compare(lhs.rule, rhs.rule)
        if r != 0 { return r < 0 }
        return StringOrder.less(lhs.sentence, rhs.sentence)
    }
}
