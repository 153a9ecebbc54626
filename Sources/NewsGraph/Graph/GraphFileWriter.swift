/// Writes the body of a native graph file straight to a `JSONOutput`, without building a JSON tree.
///
/// The bytes are exactly what `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`)
/// made of the stored form of a document: object keys in UTF-8 byte order,
/// optionals omitted when nil, dates as EDTF strings, enums as their raw values,
/// evidence cited by index into the `EvidenceTable`. `GraphFileWriterTests`
/// compares the two byte for byte. Keys are written in their sorted order by hand,
/// one function per stored type; a new field must be inserted at its sorted place.
final class GraphFileWriter {
    let out: JSONOutput
    let table: EvidenceTable
    private var nodeCursor = 0
    private var edgeCursor: Int
    private var factCursor: Int
    private var scratch: [(key: String, value: String)] = []

    init(out: JSONOutput, table: EvidenceTable, document: GraphDocument) {
        self.out = out
        self.table = table
        edgeCursor = document.edgeCitationsStart
        factCursor = document.factCitationsStart
    }

    /// The body object: `articles`, `evidence`, `facts` (when the document has them), `graph`, `sentences`.
    func writeBody(_ d: GraphDocument) throws {
        try out.raw("{\"articles\":[")
        for (i, a) in d.articles.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try article(a)
        }
        try out.raw("],\"evidence\":[")
        try table.sentenceIndex.withUnsafeBufferPointer { sentenceOf in
            try table.evidence.withUnsafeBufferPointer { evidence in
                for i in evidence.indices {
                    let e = evidence.baseAddress! + i
                    if i > 0 { try out.byte(0x2C) }
                    try out.raw("{\"article\":")
                    try out.string(e.pointee.article)
                    try out.raw(",\"end\":")
                    try out.int(e.pointee.end)
                    try out.raw(",\"file\":")
                    try out.string(e.pointee.file)
                    try out.raw(",\"rule\":")
                    try out.string(e.pointee.rule)
                    try out.raw(",\"sentence\":")
                    try out.int(Int(sentenceOf[i]))
                    try out.raw(",\"start\":")
                    try out.int(e.pointee.start)
                    try out.byte(0x7D)
                }
            }
        }
        try out.byte(0x5D)
        if let facts = d.facts {
            try out.raw(",\"facts\":[")
            try facts.articles.withUnsafeBufferPointer { articles in
                for i in articles.indices {
                    if i > 0 { try out.byte(0x2C) }
                    try articleFacts(articles.baseAddress! + i)
                }
            }
            try out.byte(0x5D)
        }
        try out.raw(",\"graph\":{\"edges\":[")
        // Through pointers: passing `edges[i]` would copy (retain every field of) each edge.
        try d.graph.edges.withUnsafeBufferPointer { edges in
            for i in edges.indices {
                if i > 0 { try out.byte(0x2C) }
                try edge(edges.baseAddress! + i)
            }
        }
        try out.raw("],\"nodes\":[")
        try d.graph.nodes.withUnsafeBufferPointer { nodes in
            for i in nodes.indices {
                if i > 0 { try out.byte(0x2C) }
                try node(nodes.baseAddress! + i)
            }
        }
        try out.raw("]},\"sentences\":[")
        for (i, s) in table.sentences.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try out.string(s)
        }
        try out.raw("]}")
    }

    // MARK: - Graph

    private func node(_ n: UnsafePointer<Node>) throws {
        try out.raw("{\"dates\":")
        try dates(n.pointee.dates)
        try out.raw(",\"evidence\":")
        try citations(n.pointee.evidence.count, cursor: &nodeCursor)
        try out.raw(",\"id\":")
        try out.string(n.pointee.id)
        try out.raw(",\"label\":")
        try out.string(n.pointee.label)
        try out.raw(",\"properties\":")
        try dictionary(n.pointee.properties)
        try out.raw(",\"type\":")
        try out.string(n.pointee.type.rawValue)
        try out.byte(0x7D)
    }

    private func edge(_ e: UnsafePointer<Edge>) throws {
        try out.raw("{\"dates\":")
        try dates(e.pointee.dates)
        try out.raw(",\"evidence\":")
        try citations(e.pointee.evidence.count, cursor: &edgeCursor)
        try out.raw(",\"id\":")
        try out.string(e.pointee.id)
        try out.raw(",\"observations\":[")
        try e.pointee.observations.withUnsafeBufferPointer { observations in
            for i in observations.indices {
                let o = observations.baseAddress! + i
                if i > 0 { try out.byte(0x2C) }
                try out.byte(0x7B)
                if let d = o.pointee.date {
                    try out.raw("\"date\":")
                    try date(d)
                    try out.byte(0x2C)
                }
                try out.raw("\"evidence\":")
                try out.int(ref(&edgeCursor))
                try out.raw(",\"former\":")
                try out.bool(o.pointee.former)
                if let r = o.pointee.role {
                    try out.raw(",\"role\":")
                    try out.string(r)
                }
                if let t = o.pointee.title {
                    try out.raw(",\"title\":")
                    try out.string(t)
                }
                try out.byte(0x7D)
            }
        }
        try out.raw("],\"properties\":")
        try dictionary(e.pointee.properties)
        try out.raw(",\"source\":")
        try out.string(e.pointee.source)
        try out.raw(",\"target\":")
        try out.string(e.pointee.target)
        try out.raw(",\"type\":")
        try out.string(e.pointee.type.rawValue)
        try out.byte(0x7D)
    }

    // MARK: - Articles and facts

    private func article(_ a: ArticleRecord) throws {
        try out.raw("{\"contentHash\":")
        try out.string(a.contentHash)
        if let d = a.date {
            try out.raw(",\"date\":")
            try date(d)
        }
        try out.raw(",\"file\":")
        try out.string(a.file)
        try out.raw(",\"id\":")
        try out.string(a.id)
        try out.byte(0x7D)
    }

    private func articleFacts(_ f: UnsafePointer<ArticleFacts>) throws {
        // Citation order within an article is mentions, offices, events, attendances;
        // the keys come in another order, so each list gets its own cursor.
        var mentionCursor = factCursor
        var officeCursor = mentionCursor + f.pointee.mentions.count
        var eventCursor = officeCursor + f.pointee.offices.count
        var attendanceCursor = eventCursor + f.pointee.events.count
        factCursor = attendanceCursor + f.pointee.attendances.count

        try out.raw("{\"attendances\":[")
        for (i, a) in f.pointee.attendances.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try out.raw("{\"event\":")
            try out.string(a.event)
            try out.raw(",\"evidence\":")
            try out.int(ref(&attendanceCursor))
            try out.raw(",\"person\":")
            try out.string(a.person)
            try out.raw(",\"role\":")
            try out.string(a.role.rawValue)
            try out.byte(0x7D)
        }
        try out.raw("],\"authors\":[")
        for (i, a) in f.pointee.authors.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try out.raw("{\"name\":")
            try out.string(a.name)
            try out.raw(",\"role\":")
            try out.string(a.role.rawValue)
            try out.raw(",\"span\":{\"end\":")
            try out.int(a.span.end)
            try out.raw(",\"start\":")
            try out.int(a.span.start)
            try out.raw("}}")
        }
        try out.raw("],\"contentHash\":")
        try out.string(f.pointee.contentHash)
        try out.raw(",\"dates\":")
        try dates(f.pointee.dates)
        try out.raw(",\"end\":")
        try out.int(f.pointee.end)
        try out.raw(",\"events\":[")
        for (i, e) in f.pointee.events.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try out.byte(0x7B)
            if let d = e.date {
                try out.raw("\"date\":")
                try date(d)
                try out.byte(0x2C)
            }
            try out.raw("\"evidence\":")
            try out.int(ref(&eventCursor))
            try out.raw(",\"key\":")
            try out.string(e.key)
            try out.raw(",\"name\":")
            try out.string(e.name)
            try out.raw(",\"noun\":")
            try out.string(e.noun)
            if let o = e.organizer {
                try out.raw(",\"organizer\":")
                try out.string(o)
            }
            if let p = e.place {
                try out.raw(",\"place\":")
                try out.string(p)
            }
            try out.byte(0x7D)
        }
        try out.raw("],\"file\":")
        try out.string(f.pointee.file)
        if let h = f.pointee.headline {
            try out.raw(",\"headline\":")
            try out.string(h)
        }
        try out.raw(",\"id\":")
        try out.string(f.pointee.id)
        try out.raw(",\"index\":")
        try out.int(f.pointee.index)
        try out.raw(",\"mentions\":[")
        for (i, m) in f.pointee.mentions.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try out.raw("{\"attributes\":")
            try dictionary(m.attributes)
            try out.raw(",\"canonical\":")
            try out.string(m.canonical)
            try out.raw(",\"cleanEnd\":")
            try out.int(m.cleanEnd)
            try out.raw(",\"cleanStart\":")
            try out.int(m.cleanStart)
            try out.raw(",\"evidence\":")
            try out.int(ref(&mentionCursor))
            try out.raw(",\"kind\":")
            try out.string(m.kind.rawValue)
            try out.raw(",\"text\":")
            try out.string(m.text)
            try out.byte(0x7D)
        }
        try out.raw("],\"metadata\":{")
        var first = true
        if let c = f.pointee.metadata.city {
            try out.raw("\"city\":")
            try out.string(c)
            first = false
        }
        if let d = f.pointee.metadata.date {
            try out.raw(first ? "\"date\":" : ",\"date\":")
            try date(d)
            first = false
        }
        if let p = f.pointee.metadata.province {
            try out.raw(first ? "\"province\":" : ",\"province\":")
            try out.string(p)
        }
        try out.raw("},\"offices\":[")
        for (i, o) in f.pointee.offices.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try out.byte(0x7B)
            if let d = o.date {
                try out.raw("\"date\":")
                try date(d)
                try out.byte(0x2C)
            }
            try out.raw("\"evidence\":")
            try out.int(ref(&officeCursor))
            try out.raw(",\"former\":")
            try out.bool(o.former)
            if let j = o.jurisdiction {
                try out.raw(",\"jurisdiction\":")
                try out.string(j)
            }
            if let org = o.organization {
                try out.raw(",\"organization\":")
                try out.string(org)
            }
            try out.raw(",\"person\":")
            try out.string(o.person)
            try out.raw(",\"resolvedTitle\":")
            try out.string(o.resolvedTitle)
            try out.raw(",\"role\":")
            try out.string(o.role)
            try out.raw(",\"title\":")
            try out.string(o.title)
            try out.byte(0x7D)
        }
        try out.raw("],\"placePaths\":")
        try dictionary(f.pointee.placePaths)
        try out.raw(",\"start\":")
        try out.int(f.pointee.start)
        if let s = f.pointee.subtitle {
            try out.raw(",\"subtitle\":")
            try out.string(s)
        }
        try out.byte(0x7D)
    }

    // MARK: - Values

    @inline(__always)
    private func ref(_ cursor: inout Int) -> Int {
        defer { cursor += 1 }
        return Int(table.refs[cursor])
    }

    private func citations(_ count: Int, cursor: inout Int) throws {
        try out.byte(0x5B)
        for i in 0..<count {
            if i > 0 { try out.byte(0x2C) }
            try out.int(ref(&cursor))
        }
        try out.byte(0x5D)
    }

    /// A `[String: String]` as an object with its keys in UTF-8 byte order.
    private func dictionary(_ d: [String: String]) throws {
        switch d.count {
        case 0:
            try out.raw("{}")
            return
        case 1:
            let (k, v) = d.first!
            try out.byte(0x7B)
            try out.string(k)
            try out.byte(0x3A)
            try out.string(v)
            try out.byte(0x7D)
            return
        default:
            break
        }
        scratch.removeAll(keepingCapacity: true)
        for pair in d { scratch.append(pair) }
        scratch.sort { UTF8Bytes.less($0.key, $1.key) }
        try out.byte(0x7B)
        for (i, pair) in scratch.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try out.string(pair.key)
            try out.byte(0x3A)
            try out.string(pair.value)
        }
        try out.byte(0x7D)
        scratch.removeAll(keepingCapacity: true)
    }

    private func dates(_ ds: [PartialDate]) throws {
        try out.byte(0x5B)
        for (i, d) in ds.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try date(d)
        }
        try out.byte(0x5D)
    }

    /// A date as its quoted EDTF string (`PartialDate.edtf`), built without allocating in the usual cases.
    private func date(_ d: PartialDate) throws {
        let yearOK = d.year.map { (0...9999).contains($0) } ?? true
        let monthOK = d.month.map { (0...99).contains($0) } ?? true
        let dayOK = d.day.map { (0...99).contains($0) } ?? true
        guard yearOK && monthOK && dayOK else {
            try out.string(d.edtf)
            return
        }
        try out.byte(0x22)
        try digits(d.year, width: 4)
        if d.month != nil || d.day != nil {
            try out.byte(0x2D)
            try digits(d.month, width: 2)
        }
        if d.day != nil {
            try out.byte(0x2D)
            try digits(d.day, width: 2)
        }
        try out.byte(0x22)
    }

    @inline(__always)
    private func digits(_ v: Int?, width: Int) throws {
        guard let v else {
            for _ in 0..<width { try out.byte(0x58) }
            return
        }
        var divisor = width == 4 ? 1000 : 10
        while divisor > 0 {
            try out.byte(0x30 + UInt8((v / divisor) % 10))
            divisor /= 10
        }
    }
}
