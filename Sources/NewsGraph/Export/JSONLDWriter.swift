/// Writes a graph as JSON-LD: schema.org where it fits, NewsGraph terms for the rest, evidence kept.
///
/// The document is `{"@context": …, "@graph": [...]}` with the context of
/// `schema/context.jsonld` inlined (no network fetch needed). Every node and every
/// edge is a resource with an absolute IRI under the base (`IRIEncoder`):
/// - nodes: `Person`, `Organization`, `Place`, `Event`, `NewsArticle`, and `Position`
///   (NewsGraph term), with `name`, their properties and their evidence;
/// - direct links in schema.org terms: an event's `attendee`, `location` and
///   `organizer`, a place's `containedInPlace`, an organisation's
///   `parentOrganization` and `location`, an article's `author` and `mentions`;
/// - each edge as a `Relation` with `source`, `target`, `relation`, `weight`,
///   observations and evidence; an office held (`holds`) is also a schema.org
///   `OrganizationRole` (the person is `memberOf` the role, the role `memberOf` the
///   position's organisation) with `roleName` and `startDate`/`endDate`: the first
///   and last dates the office was seen held (sightings as a former office excluded).
///
/// Streamed one resource per line; deterministic (graph order, fixed key order).
public struct JSONLDWriter: Sendable {
    public let iris: IRIEncoder

    /// A writer minting IRIs under `base` (default `IRIEncoder.defaultBase`).
    public init(base: String = IRIEncoder.defaultBase) throws {
        iris = try IRIEncoder(base: base)
    }

    /// Property keys with a term in the context; other keys are written as `ng:KEY`.
    static let knownTerms: Set<String> = [
        "title", "resolvedTitle", "role", "organization", "jurisdiction", "level", "code", "noun", "place",
        "index", "contentHash", "file", "headline", "date",
    ]

    /// Streams `graph` as JSON-LD into `output` (not flushed).
    public func write(_ graph: KnowledgeGraph, to output: ExportOutput) throws {
        try write(graph, ExportIndex(graph, file: "graph", links: true), to: output)
    }

    /// Streams `source`, whose `index` is built with its `links`, as JSON-LD into `output` (not flushed).
    func write(_ source: some ExportSource, _ index: ExportIndex, to output: ExportOutput) throws {
        let doc = JSONLDContext.document
        guard let close = doc.lastIndex(of: "}") else { return }
        try output.write(Self.droppingTrailingWhitespace(doc[..<close]))
        try output.write(",\n  \"@graph\": [\n")
        var first = true
        // One resource: its fields, then its evidence (always the last field) streamed piece by piece.
        func emit(_ fields: [(String, String)], evidence: ExportEvidence) throws {
            let body = Self.mergingRepeatedKeys(fields).map { JSONText.quote($0.0) + ": " + $0.1 }.joined(separator: ", ")
            try output.write((first ? "    {" : ",\n    {") + body + ", \"evidence\": [")
            var firstPiece = true
            try evidence { e in
                try output.write(firstPiece ? Self.evidence(e) : ", " + Self.evidence(e))
                firstPiece = false
            }
            try output.write("]}")
            first = false
        }
        // Labels of the positions a `holds` edge without a title is named after: met with the nodes, used with the edges.
        var roleLabels: [Int: String] = [:]
        var i = 0
        try source.forEachNode { n, articleCount, evidence in
            if index.labelsWanted.contains(i) { roleLabels[i] = n.label }
            try emit(nodeFields(n, articleCount: articleCount, position: i, index: index), evidence: evidence)
            i += 1
        }
        try source.forEachEdge { e, articleCount, evidence in
            try emit(edgeFields(e, articleCount: articleCount, index: index, roleLabels: roleLabels), evidence: evidence)
        }
        try output.write("\n  ]\n}\n")
    }

    // MARK: nodes

    /// The fields of a node resource but its evidence (the last field, streamed by `emit`).
    private func nodeFields(_ n: Node, articleCount: Int, position i: Int, index: ExportIndex) -> [(String, String)] {
        var f: [(String, String)] = [("@id", JSONText.quote(iris.iri(n.id))), ("@type", JSONText.quote(Self.typeName(n.type)))]
        f.append(("nodeId", JSONText.quote(n.id)))
        f.append(("nodeType", JSONText.quote(n.type.rawValue)))
        f.append(("name", JSONText.quote(n.label)))
        for (k, v) in n.properties.sorted(by: { $0.key < $1.key }) {
            if k == "name" && v == n.label { continue }
            if k == "date", let d = PartialDate(edtf: v) {
                f.append(("date", JSONLDDate.literal(d)))
            } else {
                f.append((Self.term(k), JSONText.quote(v)))
            }
        }
        if n.type == .event, let d = n.properties["date"].flatMap(PartialDate.init(edtf:)) ?? n.dates.first {
            f.append(("startDate", JSONLDDate.literal(d)))
        }
        if n.type == .article, let d = n.properties["date"].flatMap(PartialDate.init(edtf:)) {
            f.append(("datePublished", JSONLDDate.literal(d)))
        }
        // Direct links (see `ExportIndex.LinkTerm`), grouped by term in a fixed order, each group in edge order.
        var links: [String: [String]] = [:]
        for link in index.links(of: i) {
            let iri: String
            if link.term == .memberOf {
                let id = link.holdsID ?? NodeID.edge(.holds, source: n.id, target: index.id(link.other))
                iri = iris.iri(id, under: "edge/")
            } else {
                iri = iris.iri(index.id(link.other))
            }
            links[link.term.name, default: []].append(iri)
        }
        for (term, targets) in links.sorted(by: { $0.key < $1.key }) {
            f.append((term, Self.idList(targets)))
        }
        f.append(("articleCount", String(articleCount)))
        if !n.dates.isEmpty { f.append(("date", "[" + n.dates.map(JSONLDDate.literal).joined(separator: ", ") + "]")) }
        return f
    }

    // MARK: edges

    /// The fields of an edge resource but its evidence (the last field, streamed by `emit`).
    private func edgeFields(
        _ e: Edge, articleCount: Int, index: ExportIndex, roleLabels: [Int: String]
    ) -> [(String, String)] {
        let types = e.type == .holds ? "[\"Relation\", \"OrganizationRole\"]" : "\"Relation\""
        var f: [(String, String)] = [("@id", JSONText.quote(iris.iri(e.id, under: "edge/"))), ("@type", types)]
        f.append(("nodeId", JSONText.quote(e.id)))
        f.append(("relation", JSONText.quote(e.type.rawValue)))
        f.append(("source", Self.idObject(iris.iri(e.source))))
        f.append(("target", Self.idObject(iris.iri(e.target))))
        f.append(("name", JSONText.quote(ExportLabels.edgeLabel(e))))
        for (k, v) in e.properties.sorted(by: { $0.key < $1.key }) {
            if k == "former", v == "true" || v == "false" {
                f.append(("former", v))
            } else {
                f.append((Self.term(k), JSONText.quote(v)))
            }
        }
        if e.type == .holds {
            f.append(contentsOf: roleFields(e, index: index, roleLabels: roleLabels))
        }
        f.append(("weight", String(articleCount)))
        f.append(("articleCount", String(articleCount)))
        f.append(("observationCount", String(e.observations.count)))
        if !e.dates.isEmpty { f.append(("date", "[" + e.dates.map(JSONLDDate.literal).joined(separator: ", ") + "]")) }
        if !e.observations.isEmpty {
            f.append(("observation", "[" + e.observations.map(Self.observation).joined(separator: ", ") + "]"))
        }
        return f
    }

    /// schema.org role fields of a `holds` edge: roleName, position, organisation, first and last dates held.
    private func roleFields(_ e: Edge, index: ExportIndex, roleLabels: [Int: String]) -> [(String, String)] {
        var f: [(String, String)] = []
        let position = index.ordinal(of: e.target)
        let roleName = e.properties["resolvedTitle"] ?? e.properties["title"] ?? position.flatMap { roleLabels[$0] }
        if let roleName { f.append(("roleName", JSONText.quote(roleName))) }
        f.append(("position", Self.idObject(iris.iri(e.target))))
        if let position {
            // The position's own `partOf` links to organisations: its body.
            let orgs = index.links(of: position).filter { link in
                (link.term == .partOf || link.term == .parentOrganization) && index.nodeType[link.other] == .organization
            }
            if !orgs.isEmpty { f.append(("memberOf", Self.idList(orgs.map { iris.iri(index.id($0.other)) }))) }
        }
        var held: [PartialDate] = []
        var former: [PartialDate] = []
        if e.observations.isEmpty {
            held = e.dates
        } else {
            for o in e.observations {
                guard let d = o.date else { continue }
                if o.former { former.append(d) } else { held.append(d) }
            }
        }
        let dated = held.filter { $0.year != nil }.sorted()
        if let s = dated.first, let t = dated.last {
            f.append(("startDate", JSONLDDate.literal(s)))
            f.append(("endDate", JSONLDDate.literal(t)))
        }
        let formerDates = Array(Set(former)).sorted()
        if !formerDates.isEmpty {
            f.append(("formerDate", "[" + formerDates.map(JSONLDDate.literal).joined(separator: ", ") + "]"))
        }
        return f
    }

    // MARK: values

    /// Fields with each key once: values of a repeated key (a `date` property beside the
    /// node's dates, say) are combined into one array, in order, without duplicates.
    /// JSON-LD processors keep only one value of a repeated key, so nothing may repeat.
    static func mergingRepeatedKeys(_ fields: [(String, String)]) -> [(String, String)] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for (k, v) in fields {
            if values[k] == nil { order.append(k) }
            values[k, default: []].append(v)
        }
        guard order.count != fields.count else { return fields }
        return order.map { k in
            let vs = values[k]!
            if vs.count == 1 { return (k, vs[0]) }
            var items: [String] = []
            for v in vs {
                for item in splitArray(v) where !items.contains(item) { items.append(item) }
            }
            return (k, "[" + items.joined(separator: ", ") + "]")
        }
    }

    /// The elements of a JSON array this writer produced (`[a, b]`), or the value itself.
    ///
    /// Splits only at top-level `, ` outside strings, objects and arrays.
    static func splitArray(_ v: String) -> [String] {
        guard v.hasPrefix("["), v.hasSuffix("]") else { return [v] }
        let inner = Array(v.utf8.dropFirst().dropLast())
        var items: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var start = 0
        var i = 0
        while i < inner.count {
            let b = inner[i]
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if b == UInt8(ascii: "\"") {
                inString = true
            } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                depth -= 1
            } else if b == UInt8(ascii: ","), depth == 0 {
                items.append(String(decoding: inner[start..<i], as: UTF8.self))
                start = i + 1
                while start < inner.count, inner[start] == UInt8(ascii: " ") { start += 1 }
                i = start
                continue
            }
            i += 1
        }
        if start < inner.count { items.append(String(decoding: inner[start...], as: UTF8.self)) }
        return items
    }

    static func typeName(_ t: NodeType) -> String {
        switch t {
        case .person: return "Person"
        case .position: return "Position"
        case .organization: return "Organization"
        case .place: return "Place"
        case .event: return "Event"
        case .article: return "NewsArticle"
        }
    }

    /// The context term for a property key, or the compact IRI `ng:KEY` when the context has none.
    static func term(_ key: String) -> String {
        knownTerms.contains(key) ? key : "ng:" + IRIEncoder.encode(key)
    }

    static func idObject(_ iri: String) -> String { "{\"@id\": " + JSONText.quote(iri) + "}" }

    static func idList(_ iris: [String]) -> String {
        "[" + iris.map(idObject).joined(separator: ", ") + "]"
    }

    static func evidence(_ e: Evidence) -> String {
        "{\"@type\": \"Evidence\", \"file\": \(JSONText.quote(e.file)), \"article\": \(JSONText.quote(e.article)), "
            + "\"start\": \(e.start), \"end\": \(e.end), \"sentence\": \(JSONText.quote(e.sentence)), "
            + "\"rule\": \(JSONText.quote(e.rule))}"
    }

    static func observation(_ o: Observation) -> String {
        var parts = ["\"@type\": \"Observation\""]
        if let d = o.date { parts.append("\"date\": " + JSONLDDate.literal(d)) }
        if let t = o.title { parts.append("\"title\": " + JSONText.quote(t)) }
        if let r = o.role { parts.append("\"role\": " + JSONText.quote(r)) }
        parts.append("\"former\": " + (o.former ? "true" : "false"))
        parts.append("\"evidence\": " + evidence(o.evidence))
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// `s` without trailing spaces and line breaks.
    static func droppingTrailingWhitespace(_ s: Substring) -> String {
        var t = s
        while let l = t.last, l == " " || l == "\n" || l == "\r" || l == "\t" { t = t.dropLast() }
        return String(t)
    }
}
