/// Where a fact was read: the file, the article, the raw bytes, the sentence and the rule.
///
/// Evidence is the unit of trust in NewsGraph: every node, edge, title and
/// attendance carries a list of these, so a user can open the raw file at
/// `start..<end` and read the characters the claim came from.
///
/// A large graph holds tens of millions of copies, so it is stored in 40 bytes:
/// the file and article once per article in a shared `EvidenceOrigin`, the rule
/// name once in a shared `EvidenceRule`, the offsets in 32 bits (larger ones in
/// the origin). It behaves exactly as a plain struct of these six fields: the
/// same `==`, `<`, hashing and Codable form.
public struct Evidence: Hashable, Comparable, Codable, Sendable {
    /// The file and article, shared with the other evidence of the article.
    private(set) var origin: EvidenceOrigin
    /// The rule, shared with the other evidence it made.
    private(set) var ruleRef: EvidenceRule
    /// `start`, or `wide` when it does not fit (then it is `origin.wideStart`).
    private var start32: UInt32
    /// `end`, or `wide` when it does not fit (then it is `origin.wideEnd`).
    private var end32: UInt32
    /// The clean sentence that holds the mention.
    public var sentence: String

    /// The 32-bit value meaning "the offset is kept in the origin".
    static let wide = UInt32.max

    public init(file: String, article: String, span: Span, sentence: String, rule: String) {
        self.init(
            origin: EvidenceOrigin(file: file, article: article), start: span.start, end: span.end, sentence: sentence,
            rule: EvidenceRule(rule))
    }

    /// Evidence citing `origin`'s file and article and `rule` (the way to share them among much evidence).
    init(origin: EvidenceOrigin, span: Span, sentence: String, rule: EvidenceRule) {
        self.init(origin: origin, start: span.start, end: span.end, sentence: sentence, rule: rule)
    }

    /// Any `start` and `end`, even reversed: the fields of the plain struct this evidence was.
    init(origin: EvidenceOrigin, start: Int, end: Int, sentence: String, rule: EvidenceRule) {
        self.origin = origin
        self.sentence = sentence
        self.ruleRef = rule
        self.start32 = 0
        self.end32 = 0
        self.start = start
        self.end = end
    }

    /// The input path as the user gave it (never made absolute).
    public var file: String {
        get { origin.file }
        set {
            origin = EvidenceOrigin(
                file: newValue, article: origin.article, wideStart: origin.wideStart, wideEnd: origin.wideEnd)
        }
    }

    /// Article identifier, `FILE#N` with N counting from 1 in page order.
    public var article: String {
        get { origin.article }
        set {
            origin = EvidenceOrigin(
                file: origin.file, article: newValue, wideStart: origin.wideStart, wideEnd: origin.wideEnd)
        }
    }

    /// First raw byte of the mention (UTF-8 byte offset into the file as read).
    public var start: Int {
        @inline(__always) get { start32 != Self.wide ? Int(start32) : origin.wideStart }
        set {
            if let n = UInt32(exactly: newValue), n != Self.wide {
                start32 = n
            } else {
                origin = origin.with(wideStart: newValue)
                start32 = Self.wide
            }
        }
    }

    /// One past the last raw byte of the mention.
    public var end: Int {
        @inline(__always) get { end32 != Self.wide ? Int(end32) : origin.wideEnd }
        set {
            if let n = UInt32(exactly: newValue), n != Self.wide {
                end32 = n
            } else {
                origin = origin.with(wideEnd: newValue)
                end32 = Self.wide
            }
        }
    }

    /// Name of the rule that produced the fact (e.g. `office-chain`, `byline`).
    public var rule: String {
        get { ruleRef.name }
        set { ruleRef = EvidenceRule(newValue) }
    }

    /// The raw byte range.
    public var span: Span { Span(start: start, end: end) }

    /// True when an offset is kept in the origin: the origin is this evidence's own, not to be swapped.
    var hasWideOffsets: Bool { start32 == Self.wide || end32 == Self.wide }

    /// Cites `shared` instead of its own origin when that holds the same file and article bytes;
    /// the value is unchanged. False (and nothing done) otherwise.
    @discardableResult
    mutating func share(_ shared: EvidenceOrigin) -> Bool {
        if origin === shared { return true }
        guard !hasWideOffsets, shared.holds(file: origin.file, article: origin.article) else { return false }
        origin = shared
        return true
    }

    /// Cites `shared` instead of its own rule when that has the same name bytes; the value is
    /// unchanged. False (and nothing done) otherwise.
    @discardableResult
    mutating func share(rule shared: EvidenceRule) -> Bool {
        if ruleRef === shared { return true }
        guard UTF8Bytes.equal(ruleRef.name, shared.name) else { return false }
        ruleRef = shared
        return true
    }

    /// Hashes the article, the byte range and the rule, not the sentence or the file.
    ///
    /// Consistent with `==` (it hashes a subset of the compared fields); within one article the
    /// range and rule almost always tell evidence apart, and skipping the long sentence matters:
    /// hashing a non-ASCII `String` normalises it, which dominated building large graphs. The
    /// article's and the rule's hashes are the ones their shared objects computed once.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(origin.articleHash)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(ruleRef.nameHash)
    }

    /// Equal in every field (strings by canonical equivalence, as `String` compares them).
    public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
        // Cheap fields first; one origin means one file and article, one rule one name; `StringOrder`
        // settles equal or plainly different bytes without normalising.
        lhs.start == rhs.start && lhs.end == rhs.end
            && (lhs.ruleRef === rhs.ruleRef || StringOrder.compare(lhs.rule, rhs.rule) == 0)
            && (lhs.origin === rhs.origin
                || (StringOrder.compare(lhs.article, rhs.article) == 0 && StringOrder.compare(lhs.file, rhs.file) == 0))
            && StringOrder.compare(lhs.sentence, rhs.sentence) == 0
    }

    /// Orders by file, article, start, end, rule, then sentence (strings as `String` orders them).
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        // Same order as comparing the tuples; `StringOrder` decides most string pairs on their bytes.
        if lhs.origin !== rhs.origin {
            let f = StringOrder.compare(lhs.file, rhs.file)
            if f != 0 { return f < 0 }
            let a = StringOrder.compare(lhs.article, rhs.article)
            if a != 0 { return a < 0 }
        }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        if lhs.ruleRef !== rhs.ruleRef {
            let r = StringOrder.compare(lhs.rule, rhs.rule)
            if r != 0 { return r < 0 }
        }
        return StringOrder.less(lhs.sentence, rhs.sentence)
    }

    // MARK: - Codable: the six fields, as the plain struct had them

    private enum CodingKeys: String, CodingKey {
        case file, article, start, end, sentence, rule
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let file = try c.decode(String.self, forKey: .file)
        let article = try c.decode(String.self, forKey: .article)
        let start = try c.decode(Int.self, forKey: .start)
        let end = try c.decode(Int.self, forKey: .end)
        let sentence = try c.decode(String.self, forKey: .sentence)
        let rule = try c.decode(String.self, forKey: .rule)
        self.init(
            origin: EvidenceOrigin(file: file, article: article), start: start, end: end, sentence: sentence,
            rule: EvidenceRule(rule))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(article, forKey: .article)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(rule, forKey: .rule)
    }
}

extension Evidence: CustomReflectable {
    /// The six fields of the plain struct, so `print`, `dump` and test failures show what they always showed.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "file": file, "article": article, "start": start, "end": end, "sentence": sentence, "rule": rule,
            ], displayStyle: .struct)
    }
}
