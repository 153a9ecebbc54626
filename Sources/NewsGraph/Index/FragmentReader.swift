/// Decodes the JSON fragments of a graph file a query reads — a node, an edge, an evidence
/// entry, a sentence — with the format's one record reader (`GraphRecordReader`), not `JSONDecoder`.
///
/// It accepts what the decoder accepted of these fragments (see `GraphRecordReader`), and
/// nothing but whitespace after the value. Evidence citations are handed to `cite` (the loader
/// resolves and checks them); without `evidence`, a node's or edge's citations and observations
/// are skipped, not built (a province cites thousands of sentences). Strings are interned: ids,
/// paths and article ids recur in many fragments a query reads.
///
/// A class, so that a loader can hold one while `cite` reads more fragments through it.
final class FragmentReader {
    /// One entry of the evidence table: the sentence by index into the file's sentence list.
    typealias EvidenceEntry = GraphRecordReader.EvidenceEntry

    private var records = GraphRecordReader()

    init() {}

    /// The node in `bytes`; its evidence resolved by `cite` when `evidence`, else left empty.
    func node(
        _ bytes: UnsafeBufferPointer<UInt8>, evidence: Bool, cite: (Int) throws -> Evidence
    ) throws -> Node {
        var s = JSONScanner(bytes)
        let n = try records.node(&s, evidence: evidence)
        try end(&s)
        // `cite` may read more fragments through this reader: take the citations first.
        let citations = evidence ? records.citations : []
        return Node(
            id: n.id, type: n.type, label: n.label, properties: n.properties, dates: n.dates,
            evidence: try citations.map(cite))
    }

    /// The edge in `bytes`; its evidence and observations resolved by `cite` when `evidence`, else left empty.
    func edge(
        _ bytes: UnsafeBufferPointer<UInt8>, evidence: Bool, cite: (Int) throws -> Evidence
    ) throws -> Edge {
        var s = JSONScanner(bytes)
        let e = try records.edge(&s, evidence: evidence)
        try end(&s)
        let citations = evidence ? records.citations : []
        let observations = evidence ? records.observations : []
        let cited = try citations.map(cite)
        return Edge(
            id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties, dates: e.dates,
            evidence: cited,
            observations: try observations.map { o in
                Observation(date: o.date, title: o.title, role: o.role, former: o.former, evidence: try cite(o.evidence))
            })
    }

    /// The evidence table entry in `bytes`.
    func evidence(_ bytes: UnsafeBufferPointer<UInt8>) throws -> EvidenceEntry {
        var s = JSONScanner(bytes)
        let entry = try records.evidenceEntry(&s)
        try end(&s)
        return entry
    }

    /// The sentence in `bytes` (one JSON string).
    func sentence(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        var s = JSONScanner(bytes)
        let text = try records.string(&s)
        try end(&s)
        return text
    }

    /// Nothing but whitespace may follow the fragment's value.
    private func end(_ s: inout JSONScanner) throws {
        guard s.peek() == 0, s.pos >= s.count else { throw s.error("bytes after the value") }
    }
}
