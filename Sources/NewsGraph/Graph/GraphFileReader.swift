#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the body of a native graph file from its bytes, without `JSONDecoder`.
///
/// It accepts what `JSONDecoder` accepted of the stored form (keys in any order,
/// unknown keys ignored, whitespace, escapes, `null` for absent optionals) and
/// builds the document directly: evidence resolved once from the table and
/// shared by every node, edge and fact that cites it; each sentence one
/// `String`; file paths, article ids and other repeated strings interned.
/// The sentences come last in the body but are needed first, so they are found
/// from the end (the last top-level key of a file NewsGraph wrote) or, failing
/// that, by skipping through the top-level object. Problems are thrown as
/// `JSONScanError` (syntax, shape) or `NewsGraphError.corruptGraph` (content).
struct GraphFileReader {
    /// What the body holds.
    struct Body {
        var articles: [ArticleRecord]
        var facts: [ArticleFacts]?
        var graph: KnowledgeGraph
    }

    var s: JSONScanner
    /// Reads the records and values; its interner makes equal strings share storage.
    var records = GraphRecordReader()
    var sentences: [String] = []
    var evidence: [Evidence] = []
    /// For each entry of `evidence`, the one-element list of it, once some node or edge cited it alone.
    var oneEvidence: [[Evidence]?] = []
    let file: String
    /// Told which byte ranges of the body are done with (a mapped file gives their pages back).
    private let release: ((Range<Int>) -> Void)?
    private var releasedUpTo = 0

    private init(_ body: UnsafeBufferPointer<UInt8>, file: String, release: ((Range<Int>) -> Void)?) {
        s = JSONScanner(body)
        self.file = file
        self.release = release
    }

    /// The body in `bytes`; without `includingFacts` the facts are skipped, not decoded.
    /// `release` is told which byte ranges the reader has finished with.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, includingFacts: Bool, release: ((Range<Int>) -> Void)? = nil
    ) throws -> Body {
        var r = GraphFileReader(bytes, file: file, release: release)
        return try r.body(includingFacts: includingFacts)
    }

    /// Called between elements of the long lists: hands back what was read, in steps of 16 MiB.
    @inline(__always)
    mutating func progress() {
        guard let release, s.pos - releasedUpTo >= 1 << 24 else { return }
        release(releasedUpTo..<s.pos)
        releasedUpTo = s.pos
    }

    // MARK: - Top level

    private mutating func body(includingFacts: Bool) throws -> Body {
        let sentencesValue = try locateSentences()
        s.pos = sentencesValue.lowerBound
        try readSentences()
        release?(sentencesValue)
        var articles: [ArticleRecord]?
        var facts: [ArticleFacts]?
        var graph: KnowledgeGraph?
        var sawEvidence = false
        s.pos = 0
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "articles") {
                articles = try readArticles()
            } else if s.keyIs(key, "evidence") {
                try readEvidence()
                sawEvidence = true
            } else if s.keyIs(key, "facts") {
                if !sawEvidence { try readEvidenceAhead() }
                sawEvidence = true
                if includingFacts {
                    facts = try s.null() ? nil : try readFacts()
                } else {
                    try s.skipValue()
                    progress()
                }
            } else if s.keyIs(key, "graph") {
                if !sawEvidence { try readEvidenceAhead() }
                sawEvidence = true
                graph = try readGraph()
            } else if s.keyIs(key, "sentences") {
                s.skipSpace()
                guard s.pos == sentencesValue.lowerBound else { throw s.error("a second sentences list") }
                s.pos = sentencesValue.upperBound
            } else {
                try s.skipValue()
            }
        }
        guard let articles else { throw s.error("missing key articles") }
        guard let graph else { throw s.error("missing key graph") }
        if !sawEvidence { throw s.error("missing key evidence") }
        s.skipSpace()
        guard s.pos == s.count else { throw s.error("unexpected bytes after the body") }
        return Body(articles: articles, facts: facts, graph: graph)
    }

    /// The byte range of the top-level `sentences` value.
    private mutating func locateSentences() throws -> Range<Int> {
        if let fast = sentencesFromTheEnd() { return fast }
        guard let found = try locateTopLevel("sentences") else { throw s.error("missing key sentences") }
        return found
    }

    /// A file NewsGraph wrote ends with `,"sentences":[…]}`. A `"` inside a string is always
    /// escaped, so `"sentences":[` with a bare quote after the name cannot be string content:
    /// its last occurrence, if the array parsed from it reaches the closing brace, is the key.
    private mutating func sentencesFromTheEnd() -> Range<Int>? {
        let needle: StaticString = "\"sentences\":["
        let n = needle.utf8CodeUnitCount
        var i = s.count - n
        while i > 0 {
            if s.base[i] == 0x22, memcmp(s.base + i, needle.utf8Start, n) == 0 {
                let prev = s.base[i - 1]
                guard prev == 0x2C || prev == 0x7B else { return nil }
                let start = i + n - 1
                s.pos = start
                guard (try? s.skipValue()) != nil else { return nil }
                let end = s.pos
                guard s.peek() == 0x7D else { return nil }
                s.pos += 1
                s.skipSpace()
                return s.pos == s.count ? start..<end : nil
            }
            i -= 1
        }
        return nil
    }

    /// The byte range of the value of top-level key `name`, found by skipping through the object.
    private mutating func locateTopLevel(_ name: StaticString) throws -> Range<Int>? {
        let saved = s.pos
        defer { s.pos = saved }
        s.pos = 0
        try s.beginObject()
        while let key = try s.nextKey() {
            s.skipSpace()
            let start = s.pos
            try s.skipValue()
            if s.keyIs(key, name) { return start..<s.pos }
        }
        return nil
    }

    /// For a body whose `evidence` comes after what cites it (not NewsGraph's order): read it first.
    private mutating func readEvidenceAhead() throws {
        guard let range = try locateTopLevel("evidence") else { throw s.error("missing key evidence") }
        let saved = s.pos
        s.pos = range.lowerBound
        try readEvidence()
        s.pos = saved
    }

    private mutating func readSentences() throws {
        try s.beginArray()
        while try s.nextElement() { sentences.append(try s.string()) }
    }

    private mutating func readEvidence() throws {
        evidence.removeAll()
        var origin: EvidenceOrigin?
        var rules = EvidenceRuleTable()
        try s.beginArray()
        while try s.nextElement() {
            progress()
            let entry = try records.evidenceEntry(&s)
            guard sentences.indices.contains(entry.sentence), entry.start <= entry.end else {
                throw NewsGraphError.corruptGraph(file: file, reason: "an evidence entry of \(entry.article) is damaged")
            }
            // The table is sorted by file and article: each article's run shares one origin; and
            // all of it one rule object per rule.
            if origin?.holds(file: entry.file, article: entry.article) != true {
                origin = EvidenceOrigin(file: entry.file, article: entry.article)
            }
            evidence.append(
                Evidence(
                    origin: origin!, start: entry.start, end: entry.end, sentence: sentences[entry.sentence],
                    rule: rules.rule(entry.rule)))
        }
        oneEvidence = Array(repeating: nil, count: evidence.count)
    }

    // MARK: - Values (read by the shared `GraphRecordReader`)

    /// A string, interned.
    @inline(__always)
    mutating func string() throws -> String { try records.string(&s) }

    @inline(__always)
    mutating func optionalString() throws -> String? { try records.optionalString(&s) }

    mutating func dictionary() throws -> [String: String] { try records.dictionary(&s) }

    @inline(__always)
    mutating func optionalDate() throws -> PartialDate? { try records.optionalDate(&s) }

    mutating func dates() throws -> [PartialDate] { try records.dates(&s) }

    /// `PartialDate(edtf:)` for the forms NewsGraph writes (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, digits or
    /// all `X` per field): `.some(date)`, or `.some(nil)` when such a form is out of range;
    /// `nil` for any other text, which goes to `PartialDate(edtf:)` itself.
    @inline(__always)
    static func fastDate(_ p: UnsafeBufferPointer<UInt8>) -> PartialDate?? {
        let n = p.count
        guard n == 4 || n == 7 || n == 10 else { return nil }
        if n >= 7 && p[4] != 0x2D { return nil }
        if n == 10 && p[7] != 0x2D { return nil }
        func field(_ from: Int, _ width: Int) -> Int?? {
            var v = 0
            var xs = 0
            for k in from..<(from + width) {
                let c = p[k]
                if c == 0x58 {
                    xs += 1
                } else if c >= 0x30 && c <= 0x39 {
                    v = v * 10 + Int(c - 0x30)
                } else {
                    return nil
                }
            }
            if xs == width { return .some(nil) }
            return xs == 0 ? .some(v) : nil
        }
        guard let year = field(0, 4) else { return nil }
        var month: Int?
        var day: Int?
        if n >= 7 {
            guard let m = field(5, 2) else { return nil }
            month = m
        }
        if n == 10 {
            guard let d = field(8, 2) else { return nil }
            day = d
        }
        if let m = month, !(1...12).contains(m) { return .some(nil) }
        if let d = day, !(1...31).contains(d) { return .some(nil) }
        if year == nil && month == nil && day == nil { return .some(nil) }
        return .some(PartialDate(year: year, month: month, day: day))
    }

    /// The evidence at table index `i`; `owner` names the citing node, edge or article in the error.
    @inline(__always)
    func cited(_ i: Int, owner: @autoclosure () -> String) throws -> Evidence {
        guard i >= 0 && i < evidence.count else {
            throw NewsGraphError.corruptGraph(file: file, reason: "\(owner()) cites evidence #\(i), which does not exist")
        }
        return evidence[i]
    }

    /// The evidence the last citation list read cites; a list of one shares its array with every
    /// other list of that one piece (as the builder's graph does: arrays are copy-on-write).
    mutating func resolveCitations(owner: String) throws -> [Evidence] {
        let citations = records.citations
        if citations.count == 1 {
            let i = citations[0]
            let e = try cited(i, owner: owner)
            if let shared = oneEvidence[i] { return shared }
            let one = [e]
            oneEvidence[i] = one
            return one
        }
        var out: [Evidence] = []
        out.reserveCapacity(citations.count)
        for i in citations { out.append(try cited(i, owner: owner)) }
        return out
    }

    func missing(_ what: String) -> JSONScanError { s.error("missing key \(what)") }

    // MARK: - Articles

    private mutating func readArticles() throws -> [ArticleRecord] {
        var out: [ArticleRecord] = []
        try s.beginArray()
        while try s.nextElement() {
            var id: String?
            var file: String?
            var hash: String?
            var date: PartialDate?
            try s.beginObject()
            while let key = try s.nextKey() {
                if s.keyIs(key, "contentHash") {
                    hash = try string()
                } else if s.keyIs(key, "date") {
                    date = try optionalDate()
                } else if s.keyIs(key, "file") {
                    file = try string()
                } else if s.keyIs(key, "id") {
                    id = try string()
                } else {
                    try s.skipValue()
                }
            }
            guard let id, let file, let hash else { throw missing("contentHash, file or id in an article") }
            out.append(ArticleRecord(id: id, file: file, contentHash: hash, date: date))
        }
        return out
    }
}
