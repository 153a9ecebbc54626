/// Writes the body of a native graph file straight to a `JSONOutput`, without building a JSON tree.
///
/// The bytes are exactly what `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`)
/// made of the stored form of a document: object keys in UTF-8 byte order,
/// optionals omitted when nil, dates as EDTF strings, enums as their raw values,
/// evidence cited by index into the `EvidenceTable`. `GraphFileWriterTests`
/// compares the two byte for byte. Keys are written in their sorted order by hand,
/// one function per stored type; a new field must be inserted at its sorted place.
///
/// Two sources, one set of per-record functions: a `GraphDocument` (its graph's
/// evidence found through the table's `refs`, in citation order), or the facts and
/// the `CompactGraph` that `build` makes (evidence already as table indices),
/// which is taken apart as it is written.
final class GraphFileWriter {
    let out: JSONOutput
    private(set) var table: EvidenceTable
    private var nodeCursor = 0
    private var edgeCursor: Int
    private var factCursor: Int
    private var scratch: [(key: String, value: String)] = []

    /// A writer of `document`, with the table of all its citations.
    init(out: JSONOutput, table: EvidenceTable, document: GraphDocument) {
        self.out = out
        self.table = table
        edgeCursor = document.edgeCitationsStart
        factCursor = document.factCitationsStart
    }

    /// A writer of facts and a compact graph; `table.refs` holds the facts' citations only.
    init(out: JSONOutput, table: EvidenceTable) {
        self.out = out
        self.table = table
        edgeCursor = 0
        factCursor = 0
    }

    /// The body object: `articles`, `evidence`, `facts` (when the document has them), `graph`, `sentences`.
    func writeBody(_ d: GraphDocument) throws {
        try writeArticlesEvidenceAndFacts(d.articles, d.facts?.articles)
        try out.raw(",\"graph\":{\"edges\":[")
        // Through pointers: passing `edges[i]` would copy (retain every field of) each edge.
        try table.refs.withUnsafeBufferPointer { refs in
            try d.graph.edges.withUnsafeBufferPointer { edges in
                for i in edges.indices {
                    if i > 0 { try out.byte(0x2C) }
                    let e = edges.baseAddress! + i
                    let cited = e.pointee.evidence.count
                    let sighted = edgeCursor + cited
                    try edge(
                        id: e.pointee.id, type: e.pointee.type, source: e.pointee.source, target: e.pointee.target,
                        properties: .dictionary(e.pointee.properties), dates: e.pointee.dates,
                        evidence: UnsafeBufferPointer(rebasing: refs[edgeCursor..<sighted]),
                        sightings: e.pointee.observations.count
                    ) { k in
                        let o = e.pointee.observations[k]
                        return (o.date, o.title, o.role, o.former, refs[sighted + k])
                    }
                    edgeCursor = sighted + e.pointee.observations.count
                }
            }
            try out.raw("],\"nodes\":[")
            try d.graph.nodes.withUnsafeBufferPointer { nodes in
                for i in nodes.indices {
                    if i > 0 { try out.byte(0x2C) }
                    let n = nodes.baseAddress! + i
                    let cited = n.pointee.evidence.count
                    try node(
                        id: n.pointee.id, type: n.pointee.type, label: n.pointee.label,
                        properties: .dictionary(n.pointee.properties), dates: n.pointee.dates,
                        evidence: UnsafeBufferPointer(rebasing: refs[nodeCursor..<(nodeCursor + cited)]))
                    nodeCursor += cited
                }
            }
        }
        try out.raw("]},")
        try writeSentences()
    }

    /// The body of the document of `facts` and their `graph`, as `writeBody(_:)` writes it for the
    /// `GraphDocument` of the same graph; frees each part of `graph` once it is written.
    func writeBody<Facts: Collection<ArticleFacts>>(facts: Facts, graph: inout CompactGraph) throws {
        try writeArticlesEvidenceAndFacts(facts.lazy.map(\.record), facts)
        try out.raw(",\"graph\":{\"edges\":[")
        let (dates, strings) = (graph.dates, graph.strings)
        var written = 0
        while let e = graph.edges.next() {
            if written > 0 { try out.byte(0x2C) }
            written += 1
            try e.evidence.withUnsafeBufferPointer { evidence in
                try edge(
                    id: nil, type: e.type, source: graph.nodeIDs[Int(e.source)], target: graph.nodeIDs[Int(e.target)],
                    properties: .ordered(e.properties[...]), dates: e.dates.lazy.map { dates[Int($0)] },
                    evidence: evidence, sightings: e.sightings.count
                ) { k in
                    let s = e.sightings[k]
                    return (
                        s.date < 0 ? nil : dates[Int(s.date)], s.title < 0 ? nil : strings[Int(s.title)],
                        s.role < 0 ? nil : strings[Int(s.role)], s.former, s.evidence
                    )
                }
            }
        }
        try out.raw("],\"nodes\":[")
        for i in graph.nodeIDs.indices {
            if i > 0 { try out.byte(0x2C) }
            try graph.nodeEvidence.withList(i) { evidence in
                try node(
                    id: graph.nodeIDs[i], type: graph.nodeTypes[i], label: graph.nodeLabels[i],
                    properties: .ordered(graph.nodeProperties[i]), dates: graph.nodeDates[i].lazy.map { dates[Int($0)] },
                    evidence: evidence)
            }
            graph.nodeIDs[i] = ""
            graph.nodeLabels[i] = ""
        }
        graph = CompactGraph()
        try out.raw("]},")
        try writeSentences()
    }

    /// `{"articles":[…],"evidence":[…]` and `,"facts":[…]` when there are facts; frees the evidence once written.
    private func writeArticlesEvidenceAndFacts<Articles: Sequence<ArticleRecord>, Facts: Collection<ArticleFacts>>(
        _ articles: Articles, _ facts: Facts?
    ) throws {
        try out.raw("{\"articles\":[")
        for (i, a) in articles.enumerated() {
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
        table.forgetEvidence()
        try out.byte(0x5D)
        if let facts {
            try out.raw(",\"facts\":[")
            // Each article read once (packed facts unpack on every read).
            for (i, f) in facts.enumerated() {
                if i > 0 { try out.byte(0x2C) }
                try withUnsafePointer(to: f) { try articleFacts($0) }
            }
            try out.byte(0x5D)
        }
    }

    /// `"sentences":[…]}`: the end of the body.
    private func writeSentences() throws {
        try out.raw("\"sentences\":[")
        for (i, s) in table.sentences.enumerated() {
            if i > 0 { try out.byte(0x2C) }
            try out.string(s)
        }
        try out.raw("]}")
    }

    // MARK: - Graph

    /// One node; `evidence` holds its table indices.
    private func node<Dates: Sequence<PartialDate>>(
        id: String, type: NodeType, label: String, properties: Properties, dates: Dates,
        evidence: UnsafeBufferPointer<Int32>
    ) throws {
        try out.raw("{\"dates\":")
        try self.dates(dates)
        try out.raw(",\"evidence\":")
        try citations(evidence)
        try out.raw(",\"id\":")
        try out.string(id)
        try out.raw(",\"label\":")
        try out.string(label)
        try out.raw(",\"properties\":")
        try self.properties(properties)
        try out.raw(",\"type\":")
        try out.string(type.rawValue)
        try out.byte(0x7D)
    }

    /// One edge; `id` nil for the usual `TYPE:SOURCE->TARGET`, `evidence` holds its table indices,
    /// `sighting(k)` gives its k-th observation with the table index of the observation's evidence.
    private func edge<Dates: Sequence<PartialDate>>(
        id: String?, type: EdgeType, source: String, target: String, properties: Properties, dates: Dates,
        evidence: UnsafeBufferPointer<Int32>, sightings: Int,
        _ sighting: (Int) -> (date: PartialDate?, title: String?, role: String?, former: Bool, evidence: Int32)
    ) throws {
        try out.raw("{\"dates\":")
        try self.dates(dates)
        try out.raw(",\"evidence\":")
        try citations(evidence)
        try out.raw(",\"id\":")
        if let id {
            try out.string(id)
        } else {
            try out.byte(0x22)
            try UTF8Bytes.with(type.rawValue) { try out.stringContents($0) }
            try out.byte(0x3A)
            try UTF8Bytes.with(source) { try out.stringContents($0) }
            try out.raw("->")
            try UTF8Bytes.with(target) { try out.stringContents($0) }
            try out.byte(0x22)
        }
        try out.raw(",\"observations\":[")
        for k in 0..<sightings {
            let o = sighting(k)
            if k > 0 { try out.byte(0x2C) }
            try out.byte(0x7B)
            if let d = o.date {
                try out.raw("\"date\":")
                try date(d)
                try out.byte(0x2C)
            }
            try out.raw("\"evidence\":")
            try out.int(Int(o.evidence))
            try out.raw(",\"former\":")
            try out.bool(o.former)
            if let r = o.role {
                try out.raw(",\"role\":")
                try out.string(r)
            }
            if let t = o.title {
                try out.raw(",\"title\":")
                try out.string(t)
            }
            try out.byte(0x7D)
        }
        try out.raw("],\"properties\":")
        try self.properties(properties)
        try out.raw(",\"source\":")
        try out.string(source)
        try out.raw(",\"target\":")
        try out.string(target)
        try out.raw(",\"type\":")
        try out.string(type.rawValue)
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

    private func citations(_ refs: UnsafeBufferPointer<Int32>) throws {
        try out.byte(0x5B)
        for i in refs.indices {
            if i > 0 { try out.byte(0x2C) }
            try out.int(Int(refs[i]))
        }
        try out.byte(0x5D)
    }

    /// A node's or an edge's properties: a model's dictionary, or a compact graph's list already in key order.
    enum Properties {
        case dictionary([String: String])
        case ordered(ArraySlice<Property>)
    }

    /// The properties as an object with their keys in UTF-8 byte order.
    private func properties(_ p: Properties) throws {
        switch p {
        case .dictionary(let d):
            try dictionary(d)
        case .ordered(let list):
            try out.byte(0x7B)
            for (i, pair) in list.enumerated() {
                if i > 0 { try out.byte(0x2C) }
                try out.string(pair.key.name)
                try out.byte(0x3A)
                try out.string(pair.value)
            }
            try out.byte(0x7D)
        }
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

    private func dates<Dates: Sequence<PartialDate>>(_ ds: Dates) throws {
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
