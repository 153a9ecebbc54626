import Foundation

/// Reads and writes the native graph file (`newsgraph-graph`, version 1).
///
/// Layout (one line of JSON; see `schema/graph-model.md` and `schema/graph.schema.json`):
///
///     {"format":"newsgraph-graph","version":1,"checksum":"fnv1a64:<16 hex>","body":BODY}
///
/// `BODY` is the canonical JSON (sorted keys, sorted arrays) of the article
/// list, the per-article facts and the graph; the checksum is FNV-1a-64 over
/// exactly BODY's bytes. The header comes first, in this fixed order, so that a
/// reader can tell a graph from a foreign file by its first bytes. A file
/// that is truncated, edited, foreign or of an unknown version is refused
/// with `corruptGraph`, and `save` never overwrites such a file.
public enum GraphStore {
    /// The format name in the header.
    public static let formatName = "newsgraph-graph"
    /// The version this build reads and writes.
    public static let version = 1

    private static let magic = Array("{\"format\":\"newsgraph-graph\",\"version\":".utf8)
    private static let checksumKey = Array(",\"checksum\":\"fnv1a64:".utf8)
    private static let bodyKey = Array("\",\"body\":".utf8)

    /// The graph stored in `path`.
    public static func load(_ path: String) throws -> KnowledgeGraph {
        // Queries and exporters need only the graph: skip decoding the per-article facts.
        try decode(try readFile(path), file: path, includingFacts: false).graph
    }

    /// Writes a bare graph (no per-article facts: such a file can be queried and exported, not extended).
    public static func save(_ graph: KnowledgeGraph, to path: String) throws {
        try save(GraphDocument(graph: graph), to: path)
    }

    /// The whole document stored in `path`: article list, facts and graph.
    public static func loadDocument(_ path: String) throws -> GraphDocument {
        try decode(try readFile(path), file: path)
    }

    /// Atomically writes `document` to `path`.
    ///
    /// Refuses (with `corruptGraph`) to replace an existing file that is not a
    /// valid graph: a foreign or damaged file may be the user's only copy of something.
    public static func save(_ document: GraphDocument, to path: String, writer: AtomicFileWriter = AtomicFileWriter()) throws {
        try checkReplaceable(path)
        try writer.write(encode(document), to: path)
    }

    /// The file's bytes for `document`.
    public static func encode(_ document: GraphDocument) throws -> Data {
        var all = StoredGraph.evidence(of: document.graph)
        for f in document.facts?.articles ?? [] { all += StoredFacts.evidence(of: f) }
        let table = EvidenceTable(all)
        let (entries, sentences) = table.encoded()
        let body = try canonicalJSON(
            GraphFileBody(
                articles: document.articles, evidence: entries,
                facts: document.facts?.articles.map { StoredFacts($0, table: table) },
                graph: StoredGraph(document.graph, table: table), sentences: sentences))
        var out = magic
        out += Array(String(version).utf8)
        out += checksumKey
        out += Array(FNV1a64.hex(of: body).utf8)
        out += bodyKey
        out += body
        out += Array("}\n".utf8)
        return Data(out)
    }

    /// The document in `data`; `file` names it in errors. Without `includingFacts` the per-article
    /// facts are not decoded (the document's `facts` is then nil), which is faster for read-only use.
    public static func decode(_ data: Data, file: String, includingFacts: Bool = true) throws -> GraphDocument {
        let bytes = [UInt8](data)
        let body = Data(try verifiedBody(bytes, file: file))
        let articles: [ArticleRecord]
        let graph: KnowledgeGraph
        var facts: [ArticleFacts]?
        do {
            if includingFacts {
                let full = try JSONDecoder().decode(GraphFileBody.self, from: body)
                let table = try EvidenceTable(entries: full.evidence, sentences: full.sentences, file: file)
                articles = full.articles
                graph = try full.graph.graph(table: table, file: file)
                facts = try full.facts.map { try $0.map { try $0.facts(table: table, file: file) } }
            } else {
                let lean = try JSONDecoder().decode(GraphFileGraphBody.self, from: body)
                let table = try EvidenceTable(entries: lean.evidence, sentences: lean.sentences, file: file)
                articles = lean.articles
                graph = try lean.graph.graph(table: table, file: file)
            }
        } catch let e as NewsGraphError {
            throw e
        } catch {
            throw NewsGraphError.corruptGraph(file: file, reason: "the body does not match the format: \(describe(error))")
        }
        var document = GraphDocument(graph: graph)
        if let facts {
            let set: ArticleFactSet
            do { set = try ArticleFactSet(facts) } catch {
                throw NewsGraphError.corruptGraph(file: file, reason: "the article facts are inconsistent: \(error)")
            }
            document = GraphDocument(facts: set, graph: graph)
        }
        document.articles = articles
        try validate(document, file: file)
        return document
    }

    /// Checks the header and checksum of a graph file's bytes and returns the body's bytes.
    static func verifiedBody(_ bytes: [UInt8], file: String) throws -> ArraySlice<UInt8> {
        guard bytes.starts(with: magic) else {
            if bytes.isEmpty { throw NewsGraphError.corruptGraph(file: file, reason: "the file is empty") }
            if magic.starts(with: bytes) { throw NewsGraphError.corruptGraph(file: file, reason: "the file is truncated") }
            if (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil {
                throw NewsGraphError.corruptGraph(
                    file: file, reason: "a JSON file without the `\(formatName)` header, not a NewsGraph graph")
            }
            throw NewsGraphError.corruptGraph(file: file, reason: "not a NewsGraph graph file (no `\(formatName)` header)")
        }
        var i = magic.count
        var versionDigits = 0
        var fileVersion = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, versionDigits < 9 {
            fileVersion = fileVersion * 10 + Int(bytes[i] - 0x30)
            versionDigits += 1
            i += 1
        }
        guard versionDigits > 0, i < bytes.count else {
            throw NewsGraphError.corruptGraph(file: file, reason: "the file is truncated in its header")
        }
        guard fileVersion == version else {
            throw NewsGraphError.corruptGraph(
                file: file, reason: "format version \(fileVersion) is not supported (this newsgraph reads version \(version))")
        }
        guard bytes[i...].starts(with: checksumKey), bytes.count >= i + checksumKey.count + 16 + bodyKey.count else {
            throw NewsGraphError.corruptGraph(file: file, reason: "the header is damaged (no checksum)")
        }
        i += checksumKey.count
        let stated = String(decoding: bytes[i..<(i + 16)], as: UTF8.self)
        i += 16
        guard bytes[i...].starts(with: bodyKey) else {
            throw NewsGraphError.corruptGraph(file: file, reason: "the header is damaged (no body after the checksum)")
        }
        i += bodyKey.count
        var end = bytes.count
        while end > i, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        guard end > i, bytes[end - 1] == UInt8(ascii: "}") else {
            throw NewsGraphError.corruptGraph(
                file: file, reason: "the file is truncated (it does not end with the closing brace)")
        }
        let body = bytes[i..<(end - 1)]
        let actual = FNV1a64.hex(of: body)
        guard actual == stated else {
            throw NewsGraphError.corruptGraph(
                file: file,
                reason: "checksum mismatch (header says \(stated), content hashes to \(actual)): the file was truncated or edited"
            )
        }
        return body
    }

    /// Structural checks the checksum cannot make (a file written by a buggy or foreign writer).
    private static func validate(_ document: GraphDocument, file: String) throws {
        let g = document.graph
        var ids = Set<String>()
        ids.reserveCapacity(g.nodes.count)
        for (i, n) in g.nodes.enumerated() {
            guard ids.insert(n.id).inserted else {
                throw NewsGraphError.corruptGraph(file: file, reason: "node id \(n.id) appears twice")
            }
            if i > 0, !(g.nodes[i - 1].id < n.id) {
                throw NewsGraphError.corruptGraph(file: file, reason: "nodes are not sorted by id at \(n.id)")
            }
        }
        for (i, e) in g.edges.enumerated() {
            guard ids.contains(e.source), ids.contains(e.target) else {
                throw NewsGraphError.corruptGraph(file: file, reason: "edge \(e.id) points to a missing node")
            }
            if i > 0, !(g.edges[i - 1].id < e.id) {
                throw NewsGraphError.corruptGraph(file: file, reason: "edges are not sorted by id at \(e.id)")
            }
        }
    }

    /// Throws unless `path` is absent, empty, or a valid graph file (header and checksum).
    public static func checkReplaceable(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw NewsGraphError.writeFailed(file: path, reason: "it is a directory")
        }
        let bytes = [UInt8](try readFile(path))
        if bytes.isEmpty { return }
        do { _ = try verifiedBody(bytes, file: path) } catch let NewsGraphError.corruptGraph(file, reason) {
            throw NewsGraphError.corruptGraph(file: file, reason: "\(reason); refusing to overwrite it (move it away first)")
        }
    }

    /// Canonical JSON bytes of a value: sorted keys, no escaped slashes.
    static func canonicalJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try enc.encode(value))
    }

    static func readFile(_ path: String) throws -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw NewsGraphError.unreadable(file: path, reason: describe(error))
        }
    }

    private static func describe(_ error: Error) -> String {
        if let e = error as? DecodingError {
            switch e {
            case .dataCorrupted(let c): return c.debugDescription + " at " + path(c.codingPath)
            case .keyNotFound(let k, let c): return "missing key \(k.stringValue) at " + path(c.codingPath)
            case .typeMismatch(_, let c): return "wrong type at " + path(c.codingPath) + ": " + c.debugDescription
            case .valueNotFound(_, let c): return "missing value at " + path(c.codingPath)
            @unknown default: return "\(e)"
            }
        }
        let ns = error as NSError
        return ns.localizedFailureReason ?? ns.localizedDescription
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }
}

/// The body of a graph file.
struct GraphFileBody: Codable {
    var articles: [ArticleRecord]
    var evidence: [EvidenceTable.Entry]
    var facts: [StoredFacts]?
    var graph: StoredGraph
    var sentences: [String]
}

/// The body of a graph file without its facts, for read-only loading.
struct GraphFileGraphBody: Decodable {
    var articles: [ArticleRecord]
    var evidence: [EvidenceTable.Entry]
    var graph: StoredGraph
    var sentences: [String]
}
