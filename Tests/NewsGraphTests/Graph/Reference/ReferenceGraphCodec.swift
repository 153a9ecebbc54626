import Foundation

@testable import NewsGraph

/// The graph file as NewsGraph first wrote and read it: `JSONEncoder` / `JSONDecoder` over the
/// stored value types. The streaming codec must produce and accept exactly the same bytes.
enum ReferenceGraphCodec {
    /// The file's bytes for `document`, built as one JSON tree by `JSONEncoder`.
    static func encode(_ document: GraphDocument) throws -> Data {
        var all = StoredGraph.evidence(of: document.graph)
        for f in document.facts?.articles ?? [] { all += StoredFacts.evidence(of: f) }
        let table = ReferenceEvidenceTable(all)
        let (entries, sentences) = table.encoded()
        let body = try GraphStore.canonicalJSON(
            ReferenceBody(
                articles: document.articles, evidence: entries,
                facts: document.facts?.articles.map { StoredFacts($0, table: table) },
                graph: StoredGraph(document.graph, table: table), sentences: sentences))
        var out = Array("{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:".utf8)
        out += Array(FNV1a64.hex(of: body).utf8)
        out += Array("\",\"body\":".utf8)
        out += body
        out += Array("}\n".utf8)
        return Data(out)
    }

    /// The document in a file's bytes, decoded by `JSONDecoder` (header and checksum checked by `GraphStore`).
    static func decode(_ data: Data, file: String) throws -> GraphDocument {
        let body = Data(try GraphStore.verifiedBody([UInt8](data), file: file))
        let full = try JSONDecoder().decode(ReferenceBody.self, from: body)
        let table = try ReferenceEvidenceTable(entries: full.evidence, sentences: full.sentences, file: file)
        let graph = try full.graph.graph(table: table, file: file)
        var document = GraphDocument(graph: graph)
        if let facts = try full.facts.map({ try $0.map { try $0.facts(table: table, file: file) } }) {
            document = GraphDocument(facts: try ArticleFactSet(facts), graph: graph)
        }
        document.articles = full.articles
        return document
    }
}

/// The body of a graph file.
struct ReferenceBody: Codable {
    var articles: [ArticleRecord]
    var evidence: [ReferenceEvidenceTable.Entry]
    var facts: [StoredFacts]?
    var graph: StoredGraph
    var sentences: [String]
}

/// The evidence table as first built: a `Set` of `Evidence`, sorted, and a dictionary for citations.
struct ReferenceEvidenceTable {
    struct Entry: Codable {
        var file: String
        var article: String
        var start: Int
        var end: Int
        var sentence: Int
        var rule: String
    }

    private(set) var evidence: [Evidence] = []
    private var index: [Evidence: Int] = [:]

    init<S: Sequence>(_ all: S) where S.Element == Evidence {
        evidence = Array(Set(all)).sorted()
        for (i, e) in evidence.enumerated() { index[e] = i }
    }

    init(entries: [Entry], sentences: [String], file: String) throws {
        for e in entries {
            guard sentences.indices.contains(e.sentence), e.start <= e.end else {
                throw NewsGraphError.corruptGraph(file: file, reason: "an evidence entry of \(e.article) is damaged")
            }
            evidence.append(
                Evidence(
                    file: e.file, article: e.article, span: Span(start: e.start, end: e.end), sentence: sentences[e.sentence],
                    rule: e.rule))
        }
    }

    func ref(_ e: Evidence) -> Int { index[e]! }

    func evidence(_ i: Int, file: String, owner: String) throws -> Evidence {
        guard evidence.indices.contains(i) else {
            throw NewsGraphError.corruptGraph(file: file, reason: "\(owner) cites evidence #\(i), which does not exist")
        }
        return evidence[i]
    }

    func encoded() -> (entries: [Entry], sentences: [String]) {
        let sentences = Array(Set(evidence.map(\.sentence))).sorted()
        var sentenceIndex: [String: Int] = [:]
        for (i, s) in sentences.enumerated() { sentenceIndex[s] = i }
        let entries = evidence.map {
            Entry(
                file: $0.file, article: $0.article, start: $0.start, end: $0.end, sentence: sentenceIndex[$0.sentence]!,
                rule: $0.rule)
        }
        return (entries, sentences)
    }
}
