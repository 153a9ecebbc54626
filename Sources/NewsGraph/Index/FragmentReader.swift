/// Decodes the JSON fragments of a graph file a query reads — a node, an edge, an evidence
/// entry, a sentence — with the graph codec's byte scanner (`JSONScanner`), not `JSONDecoder`.
///
/// It accepts what the decoder accepted of these fragments: keys in any order, unknown keys
/// skipped, whitespace, escapes, `null` or no key for an observation's optional fields; the
/// keys a stored node or edge must have are required. Evidence citations are handed to `cite`
/// (the loader resolves and checks them); without `evidence`, a node's or edge's citations and
/// observations are skipped, not built (a province cites thousands of sentences). Strings are
/// interned: ids, paths and article ids recur in many fragments a query reads.
///
/// A class, so that a loader can hold one while `cite` reads more fragments through it.
final class FragmentReader {
    /// One entry of the evidence table: the sentence by index into the file's sentence list.
    struct EvidenceEntry {
        var file: String
        var article: String
        var start: Int
        var end: Int
        var sentence: Int
        var rule: String
    }

    private var strings = StringInterner()

    init() {}

    /// The node in `bytes`; its evidence resolved by `cite` when `evidence`, else left empty.
    func node(
        _ bytes: UnsafeBufferPointer<UInt8>, evidence: Bool, cite: (Int) throws -> Evidence
    ) throws -> Node {
        var s = JSONScanner(bytes)
        var id: String?
        var type: NodeType?
        var label: String?
        var properties: [String: String]?
        var dates: [PartialDate]?
        var citations: [Int]?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "id") {
                id = try string(&s)
            } else if s.keyIs(key, "type") {
                type = try nodeType(&s)
            } else if s.keyIs(key, "label") {
                label = try string(&s)
            } else if s.keyIs(key, "properties") {
                properties = try dictionary(&s)
            } else if s.keyIs(key, "dates") {
                dates = try self.dates(&s)
            } else if evidence, s.keyIs(key, "evidence") {
                citations = try ints(&s)
            } else {
                try s.skipValue()
            }
        }
        try self.end(&s)
        guard let id, let type, let label, let properties, let dates, !evidence || citations != nil else {
            throw s.error("a node lacks one of dates, evidence, id, label, properties, type")
        }
        return Node(
            id: id, type: type, label: label, properties: properties, dates: dates,
            evidence: try (citations ?? []).map(cite))
    }

    /// The edge in `bytes`; its evidence and observations resolved by `cite` when `evidence`, else left empty.
    func edge(
        _ bytes: UnsafeBufferPointer<UInt8>, evidence: Bool, cite: (Int) throws -> Evidence
    ) throws -> Edge {
        var s = JSONScanner(bytes)
        var id: String?
        var type: EdgeType?
        var source: String?
        var target: String?
        var properties: [String: String]?
        var dates: [PartialDate]?
        var citations: [Int]?
        var observations: [(date: PartialDate?, title: String?, role: String?, former: Bool, evidence: Int)]?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "id") {
                id = try string(&s)
            } else if s.keyIs(key, "type") {
                let at = s.pos
                guard let t = EdgeType(rawValue: try string(&s)) else {
                    throw JSONScanError(message: "an unknown edge type", offset: at)
                }
                type = t
            } else if s.keyIs(key, "source") {
                source = try string(&s)
            } else if s.keyIs(key, "target") {
                target = try string(&s)
            } else if s.keyIs(key, "properties") {
                properties = try dictionary(&s)
            } else if s.keyIs(key, "dates") {
                dates = try self.dates(&s)
            } else if evidence, s.keyIs(key, "evidence") {
                citations = try ints(&s)
            } else if evidence, s.keyIs(key, "observations") {
                var list: [(date: PartialDate?, title: String?, role: String?, former: Bool, evidence: Int)] = []
                try s.beginArray()
                while try s.nextElement() { list.append(try observation(&s)) }
                observations = list
            } else {
                try s.skipValue()
            }
        }
        try self.end(&s)
        guard let id, let type, let source, let target, let properties, let dates,
            !evidence || (citations != nil && observations != nil)
        else {
            throw s.error("an edge lacks one of dates, evidence, id, observations, properties, source, target, type")
        }
        let cited = try (citations ?? []).map(cite)
        return Edge(
            id: id, type: type, source: source, target: target, properties: properties, dates: dates, evidence: cited,
            observations: try (observations ?? []).map { o in
                Observation(date: o.date, title: o.title, role: o.role, former: o.former, evidence: try cite(o.evidence))
            })
    }

    /// The evidence table entry in `bytes`.
    func evidence(_ bytes: UnsafeBufferPointer<UInt8>) throws -> EvidenceEntry {
        var s = JSONScanner(bytes)
        var file: String?
        var article: String?
        var start: Int?
        var end: Int?
        var sentence: Int?
        var rule: String?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "file") {
                file = try string(&s)
            } else if s.keyIs(key, "article") {
                article = try string(&s)
            } else if s.keyIs(key, "start") {
                start = try s.int()
            } else if s.keyIs(key, "end") {
                end = try s.int()
            } else if s.keyIs(key, "sentence") {
                sentence = try s.int()
            } else if s.keyIs(key, "rule") {
                rule = try string(&s)
            } else {
                try s.skipValue()
            }
        }
        try self.end(&s)
        guard let file, let article, let start, let end, let sentence, let rule else {
            throw s.error("an evidence entry lacks one of article, end, file, rule, sentence, start")
        }
        return EvidenceEntry(file: file, article: article, start: start, end: end, sentence: sentence, rule: rule)
    }

    /// The sentence in `bytes` (one JSON string).
    func sentence(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        var s = JSONScanner(bytes)
        let text = try string(&s)
        try self.end(&s)
        return text
    }

    // MARK: - Values

    /// Nothing but whitespace may follow the fragment's value.
    /// The next string, interned.
    private func string(_ s: inout JSONScanner) throws -> String {
        let at = s.pos
        guard let r = try s.stringBytes({ strings.string($0) }) else {
            throw JSONScanError(message: "a string that is not valid UTF-8", offset: at)
        }
        return r
    }

    private func optionalString(_ s: inout JSONScanner) throws -> String? {
        if try s.null() { return nil }
        return try string(&s)
    }

    private func end(_ s: inout JSONScanner) throws {
        guard s.peek() == 0, s.pos >= s.count else { throw s.error("bytes after the value") }
    }

    private func nodeType(_ s: inout JSONScanner) throws -> NodeType {
        let at = s.pos
        guard let t = NodeType(rawValue: try string(&s)) else { throw JSONScanError(message: "an unknown node type", offset: at) }
        return t
    }

    private func dictionary(_ s: inout JSONScanner) throws -> [String: String] {
        var d: [String: String] = [:]
        try s.beginObject()
        while let key = try s.nextKey() {
            let k: String?
            if let decoded = key.decoded {
                k = decoded.withUnsafeBufferPointer { strings.string($0) }
            } else {
                k = strings.string(UnsafeBufferPointer(start: s.base + key.start, count: key.end - key.start))
            }
            guard let k else { throw s.error("a key that is not valid UTF-8") }
            d[k] = try string(&s)
        }
        return d
    }

    private func date(_ s: inout JSONScanner) throws -> PartialDate {
        let at = s.pos
        let parsed: PartialDate?? = try s.stringBytes { GraphFileReader.fastDate($0) }
        if let parsed {
            guard let d = parsed else { throw JSONScanError(message: "not an EDTF date", offset: at) }
            return d
        }
        s.pos = at
        let text = try string(&s)
        guard let d = PartialDate(edtf: text) else { throw JSONScanError(message: "not an EDTF date: \(text)", offset: at) }
        return d
    }

    private func dates(_ s: inout JSONScanner) throws -> [PartialDate] {
        var out: [PartialDate] = []
        try s.beginArray()
        while try s.nextElement() { out.append(try date(&s)) }
        return out
    }

    private func ints(_ s: inout JSONScanner) throws -> [Int] {
        var out: [Int] = []
        try s.beginArray()
        while try s.nextElement() { out.append(try s.int()) }
        return out
    }

    private func observation(_ s: inout JSONScanner) throws -> (
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
                date = try s.null() ? nil : try self.date(&s)
            } else if s.keyIs(key, "title") {
                title = try optionalString(&s)
            } else if s.keyIs(key, "role") {
                role = try optionalString(&s)
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
