/// Reads the records of a graph file — a node, an edge, an observation, an evidence table
/// entry — field by field with the codec's byte scanner (`JSONScanner`), for every reader of
/// the format: the full load (`GraphFileReader`), the query index's fragments (`FragmentReader`)
/// and the streamed exports (`GraphFileExportSource`).
///
/// It accepts what `JSONDecoder` accepted of the stored form: keys in any order, unknown keys
/// skipped, whitespace, escapes, `null` or no key for an observation's optional fields; the keys
/// a stored record must have are required. Evidence stays as the indices the file cites it by
/// (`citations`, `observations`): resolving them is the caller's business (a table in memory,
/// or a lookup into the file). Without `evidence`, a node's or edge's citations and observations
/// are skipped, not read (a province cites thousands of sentences). Strings are interned: ids,
/// paths and article ids recur in many records.
struct GraphRecordReader {
    /// A node's fields but its evidence.
    struct NodeFields {
        var id: String
        var type: NodeType
        var label: String
        var properties: [String: String]
        var dates: [PartialDate]
    }

    /// An edge's fields but its evidence and observations.
    struct EdgeFields {
        var id: String
        var type: EdgeType
        var source: String
        var target: String
        var properties: [String: String]
        var dates: [PartialDate]
    }

    /// An observation as stored: its evidence as an index into the evidence table.
    struct ObservationRecord {
        var date: PartialDate?
        var title: String?
        var role: String?
        var former: Bool
        var evidence: Int
    }

    /// An entry of the evidence table: the sentence as an index into the file's sentence list.
    struct EvidenceEntry {
        var file: String
        var article: String
        var start: Int
        var end: Int
        var sentence: Int
        var rule: String
    }

    var strings = StringInterner()
    /// The citations of the last node or edge read with `evidence`.
    private(set) var citations: [Int] = []
    /// The observations of the last edge read with `evidence`.
    private(set) var observations: [ObservationRecord] = []

    init() {}

    // MARK: - Records

    /// The node at the scanner; with `evidence`, its citations are left in `citations`.
    mutating func node(_ s: inout JSONScanner, evidence: Bool) throws -> NodeFields {
        var id: String?
        var type: NodeType?
        var label: String?
        var properties: [String: String]?
        var dates: [PartialDate]?
        var sawEvidence = false
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "dates") {
                dates = try self.dates(&s)
            } else if evidence, s.keyIs(key, "evidence") {
                try readCitations(&s)
                sawEvidence = true
            } else if s.keyIs(key, "id") {
                id = try string(&s)
            } else if s.keyIs(key, "label") {
                label = try string(&s)
            } else if s.keyIs(key, "properties") {
                properties = try dictionary(&s)
            } else if s.keyIs(key, "type") {
                let at = s.pos
                let raw = try string(&s)
                guard let t = NodeType(rawValue: raw) else {
                    throw JSONScanError(message: "unknown node type \(raw)", offset: at)
                }
                type = t
            } else {
                try s.skipValue()
            }
        }
        guard let id, let type, let label, let properties, let dates, sawEvidence || !evidence else {
            throw s.error("missing key dates, evidence, id, label, properties or type in a node")
        }
        return NodeFields(id: id, type: type, label: label, properties: properties, dates: dates)
    }

    /// The edge at the scanner; with `evidence`, its citations and observations are left in
    /// `citations` and `observations`.
    mutating func edge(_ s: inout JSONScanner, evidence: Bool) throws -> EdgeFields {
        var id: String?
        var type: EdgeType?
        var source: String?
        var target: String?
        var properties: [String: String]?
        var dates: [PartialDate]?
        var sawEvidence = false
        var sawObservations = false
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "dates") {
                dates = try self.dates(&s)
            } else if evidence, s.keyIs(key, "evidence") {
                try readCitations(&s)
                sawEvidence = true
            } else if s.keyIs(key, "id") {
                // Edge ids are unique: nothing to share.
                id = try s.string()
            } else if evidence, s.keyIs(key, "observations") {
                observations.removeAll(keepingCapacity: true)
                try s.beginArray()
                while try s.nextElement() { observations.append(try observation(&s)) }
                sawObservations = true
            } else if s.keyIs(key, "properties") {
                properties = try dictionary(&s)
            } else if s.keyIs(key, "source") {
                source = try string(&s)
            } else if s.keyIs(key, "target") {
                target = try string(&s)
            } else if s.keyIs(key, "type") {
                let at = s.pos
                let raw = try string(&s)
                guard let t = EdgeType(rawValue: raw) else {
                    throw JSONScanError(message: "unknown edge type \(raw)", offset: at)
                }
                type = t
            } else {
                try s.skipValue()
            }
        }
        guard let id, let type, let source, let target, let properties, let dates,
            !evidence || (sawEvidence && sawObservations)
        else {
            throw s.error("missing key dates, evidence, id, observations, properties, source, target or type in an edge")
        }
        return EdgeFields(id: id, type: type, source: source, target: target, properties: properties, dates: dates)
    }

    /// The observation at the scanner.
    mutating func observation(_ s: inout JSONScanner) throws -> ObservationRecord {
        var date: PartialDate?
        var title: String?
        var role: String?
        var former: Bool?
        var evidence: Int?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "date") {
                date = try optionalDate(&s)
            } else if s.keyIs(key, "evidence") {
                evidence = try s.int()
            } else if s.keyIs(key, "former") {
                former = try s.bool()
            } else if s.keyIs(key, "role") {
                role = try optionalString(&s)
            } else if s.keyIs(key, "title") {
                title = try optionalString(&s)
            } else {
                try s.skipValue()
            }
        }
        guard let former, let evidence else { throw s.error("missing key evidence or former in an observation") }
        return ObservationRecord(date: date, title: title, role: role, former: former, evidence: evidence)
    }

    /// The evidence table entry at the scanner.
    mutating func evidenceEntry(_ s: inout JSONScanner) throws -> EvidenceEntry {
        var file: String?
        var article: String?
        var rule: String?
        var start: Int?
        var end: Int?
        var sentence: Int?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "article") {
                article = try string(&s)
            } else if s.keyIs(key, "end") {
                end = try s.int()
            } else if s.keyIs(key, "file") {
                file = try string(&s)
            } else if s.keyIs(key, "rule") {
                rule = try string(&s)
            } else if s.keyIs(key, "sentence") {
                sentence = try s.int()
            } else if s.keyIs(key, "start") {
                start = try s.int()
            } else {
                try s.skipValue()
            }
        }
        guard let file, let article, let rule, let start, let end, let sentence else {
            throw s.error("an evidence entry without all of article, end, file, rule, sentence, start")
        }
        return EvidenceEntry(file: file, article: article, start: start, end: end, sentence: sentence, rule: rule)
    }

    // MARK: - Values

    /// A string, interned.
    @inline(__always)
    mutating func string(_ s: inout JSONScanner) throws -> String {
        let at = s.pos
        let r = try s.stringBytes { strings.string($0) }
        guard let r else { throw JSONScanError(message: "a string that is not valid UTF-8", offset: at) }
        return r
    }

    @inline(__always)
    mutating func optionalString(_ s: inout JSONScanner) throws -> String? {
        if try s.null() { return nil }
        return try string(&s)
    }

    mutating func dictionary(_ s: inout JSONScanner) throws -> [String: String] {
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

    @inline(__always)
    mutating func date(_ s: inout JSONScanner) throws -> PartialDate {
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

    @inline(__always)
    mutating func optionalDate(_ s: inout JSONScanner) throws -> PartialDate? {
        if try s.null() { return nil }
        return try date(&s)
    }

    mutating func dates(_ s: inout JSONScanner) throws -> [PartialDate] {
        var out: [PartialDate] = []
        try s.beginArray()
        while try s.nextElement() { out.append(try date(&s)) }
        return out
    }

    private mutating func readCitations(_ s: inout JSONScanner) throws {
        citations.removeAll(keepingCapacity: true)
        try s.beginArray()
        while try s.nextElement() { citations.append(try s.int()) }
    }
}
