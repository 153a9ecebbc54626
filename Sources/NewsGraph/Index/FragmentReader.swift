/// Decodes the JSON fragments of a graph file a query reads — a node, an edge, an evidence
/// entry, a sentence — with the graph codec's byte scanner (`JSONScanner`), not `JSONDecoder`.
///
/// It accepts what the decoder accepted of these fragments: keys in any order, unknown keys
/// skipped, whitespace, escapes, `null` or no key for an observation's optional fields; the
/// keys a stored node or edge must have are required. Evidence citations are handed to `cite`
/// (the loader resolves and checks them); without `evidence`, a node's or edge's citations and
/// observations are skipped, not built (a province cites thousands of sentences).
struct FragmentReader {
    /// One entry of the evidence table: the sentence by index into the file's sentence list.
    struct EvidenceEntry {
        var file: String
        var article: String
        var start: Int
        var end: Int
        var sentence: Int
        var rule: String
    }

    private var s: JSONScanner

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { s = JSONScanner(bytes) }

    /// The node in `bytes`; its evidence resolved by `cite` when `evidence`, else left empty.
    static func node(
        _ bytes: UnsafeBufferPointer<UInt8>, evidence: Bool, cite: (Int) throws -> Evidence
    ) throws -> Node {
        var r = FragmentReader(bytes)
        var id: String?
        var type: NodeType?
        var label: String?
        var properties: [String: String]?
        var dates: [PartialDate]?
        var citations: [Int]?
        try r.s.beginObject()
        while let key = try r.s.nextKey() {
            if r.s.keyIs(key, "id") {
                id = try r.s.string()
            } else if r.s.keyIs(key, "type") {
                type = try r.nodeType()
            } else if r.s.keyIs(key, "label") {
                label = try r.s.string()
            } else if r.s.keyIs(key, "properties") {
                properties = try r.dictionary()
            } else if r.s.keyIs(key, "dates") {
                dates = try r.dates()
            } else if evidence, r.s.keyIs(key, "evidence") {
                citations = try r.ints()
            } else {
                try r.s.skipValue()
            }
        }
        try r.end()
        guard let id, let type, let label, let properties, let dates, !evidence || citations != nil else {
            throw r.s.error("a node lacks one of dates, evidence, id, label, properties, type")
        }
        return Node(
            id: id, type: type, label: label, properties: properties, dates: dates,
            evidence: try (citations ?? []).map(cite))
    }

    /// The edge in `bytes`; its evidence and observations resolved by `cite` when `evidence`, else left empty.
    static func edge(
        _ bytes: UnsafeBufferPointer<UInt8>, evidence: Bool, cite: (Int) throws -> Evidence
    ) throws -> Edge {
        var r = FragmentReader(bytes)
        var id: String?
        var type: EdgeType?
        var source: String?
        var target: String?
        var properties: [String: String]?
        var dates: [PartialDate]?
        var citations: [Int]?
        var observations: [(date: PartialDate?, title: String?, role: String?, former: Bool, evidence: Int)]?
        try r.s.beginObject()
        while let key = try r.s.nextKey() {
            if r.s.keyIs(key, "id") {
                id = try r.s.string()
            } else if r.s.keyIs(key, "type") {
                let at = r.s.pos
                guard let t = EdgeType(rawValue: try r.s.string()) else {
                    throw JSONScanError(message: "an unknown edge type", offset: at)
                }
                type = t
            } else if r.s.keyIs(key, "source") {
                source = try r.s.string()
            } else if r.s.keyIs(key, "target") {
                target = try r.s.string()
            } else if r.s.keyIs(key, "properties") {
                properties = try r.dictionary()
            } else if r.s.keyIs(key, "dates") {
                dates = try r.dates()
            } else if evidence, r.s.keyIs(key, "evidence") {
                citations = try r.ints()
            } else if evidence, r.s.keyIs(key, "observations") {
                var list: [(date: PartialDate?, title: String?, role: String?, former: Bool, evidence: Int)] = []
                try r.s.beginArray()
                while try r.s.nextElement() { list.append(try r.observation()) }
                observations = list
            } else {
                try r.s.skipValue()
            }
        }
        try r.end()
        guard let id, let type, let source, let target, let properties, let dates,
            !evidence || (citations != nil && observations != nil)
        else {
            throw r.s.error("an edge lacks one of dates, evidence, id, observations, properties, source, target, type")
        }
        let cited = try (citations ?? []).map(cite)
        return Edge(
            id: id, type: type, source: source, target: target, properties: properties, dates: dates, evidence: cited,
            observations: try (observations ?? []).map { o in
                Observation(date: o.date, title: o.title, role: o.role, former: o.former, evidence: try cite(o.evidence))
            })
    }

    /// The evidence table entry in `bytes`.
    static func evidence(_ bytes: UnsafeBufferPointer<UInt8>) throws -> EvidenceEntry {
        var r = FragmentReader(bytes)
        var file: String?
        var article: String?
        var start: Int?
        var end: Int?
        var sentence: Int?
        var rule: String?
        try r.s.beginObject()
        while let key = try r.s.nextKey() {
            if r.s.keyIs(key, "file") {
                file = try r.s.string()
            } else if r.s.keyIs(key, "article") {
                article = try r.s.string()
            } else if r.s.keyIs(key, "start") {
                start = try r.s.int()
            } else if r.s.keyIs(key, "end") {
                end = try r.s.int()
            } else if r.s.keyIs(key, "sentence") {
                sentence = try r.s.int()
            } else if r.s.keyIs(key, "rule") {
                rule = try r.s.string()
            } else {
                try r.s.skipValue()
            }
        }
        try r.end()
        guard let file, let article, let start, let end, let sentence, let rule else {
            throw r.s.error("an evidence entry lacks one of article, end, file, rule, sentence, start")
        }
        return EvidenceEntry(file: file, article: article, start: start, end: end, sentence: sentence, rule: rule)
    }

    /// The sentence in `bytes` (one JSON string).
    static func sentence(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        var r = FragmentReader(bytes)
        let s = try r.s.string()
        try r.end()
        return s
    }

    // MARK: - Values

    /// Nothing but whitespace may follow the fragment's value.
    private mutating func end() throws {
        guard s.peek() == 0, s.pos >= s.count else { throw s.error("bytes after the value") }
    }

    private mutating func nodeType() throws -> NodeType {
        let at = s.pos
        guard let t = NodeType(rawValue: try s.string()) else { throw JSONScanError(message: "an unknown node type", offset: at) }
        return t
    }

    private mutating func dictionary() throws -> [String: String] {
        var d: [String: String] = [:]
        try s.beginObject()
        while let key = try s.nextKey() {
            let k: String?
            if let decoded = key.decoded {
                k = decoded.withUnsafeBufferPointer { UTF8Bytes.string($0) }
            } else {
                k = UTF8Bytes.string(UnsafeBufferPointer(start: s.base + key.start, count: key.end - key.start))
            }
            guard let k else { throw s.error("a key that is not valid UTF-8") }
            d[k] = try s.string()
        }
        return d
    }

    private mutating func date() throws -> PartialDate {
        let at = s.pos
        let parsed: PartialDate?? = try s.stringBytes { GraphFileReader.fastDate($0) }
        if let parsed {
            guard let d = parsed else { throw JSONScanError(message: "not an EDTF date", offset: at) }
            return d
        }
        s.pos = at
        let text = try s.string()
        guard let d = PartialDate(edtf: text) else { throw JSONScanError(message: "not an EDTF date: \(text)", offset: at) }
        return d
    }

    private mutating func dates() throws -> [PartialDate] {
        var out: [PartialDate] = []
        try s.beginArray()
        while try s.nextElement() { out.append(try date()) }
        return out
    }

    private mutating func ints() throws -> [Int] {
        var out: [Int] = []
        try s.beginArray()
        while try s.nextElement() { out.append(try s.int()) }
        return out
    }

    private mutating func observation() throws -> (
        date: PartialDate?, title: String?, role: String?, former: Bool, evidence: Int
    ) {
        var date: PartialDate?
        var title: String?
        var role: String?
        var former: Bool?
        var evidence: Int?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "date") {
                date = try s.null() ? nil : try self.date()
            } else if s.keyIs(key, "title") {
                title = try s.optionalString()
            } else if s.keyIs(key, "role") {
                role = try s.optionalString()
            } else if s.keyIs(key, "former") {
                former = try s.bool()
            } else if s.keyIs(key, "evidence") {
                evidence = try s.int()
            } else {
                try s.skipValue()
            }
        }
        guard let former, let evidence else { throw s.error("an observation lacks its evidence or former") }
        return (date, title, role, former, evidence)
    }
}
