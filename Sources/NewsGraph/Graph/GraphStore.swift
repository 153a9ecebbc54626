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
        // Queries and exporters need only the graph: skip the per-article facts.
        try decode(MappedFile(path), file: path, includingFacts: false).graph
    }

    /// Writes a bare graph (no per-article facts: such a file can be queried and exported, not extended).
    public static func save(_ graph: KnowledgeGraph, to path: String) throws {
        try save(GraphDocument(graph: graph), to: path)
    }

    /// The whole document stored in `path`: article list, facts and graph.
    public static func loadDocument(_ path: String) throws -> GraphDocument {
        try decode(MappedFile(path), file: path)
    }

    /// Atomically writes `document` to `path`, streaming it: the file is never whole in memory.
    ///
    /// Refuses (with `corruptGraph`) to replace an existing file that is not a
    /// valid graph: a foreign or damaged file may be the user's only copy of something.
    public static func save(_ document: GraphDocument, to path: String, writer: AtomicFileWriter = AtomicFileWriter()) throws {
        try checkReplaceable(path)
        try writer.write(to: path) { stream in
            try write(document, append: stream.append, overwrite: stream.overwrite)
        }
    }

    /// The file's bytes for `document`.
    public static func encode(_ document: GraphDocument) throws -> Data {
        var out: [UInt8] = []
        try write(
            document, append: { out.append(contentsOf: $0) },
            overwrite: { offset, bytes in out.replaceSubrange(offset..<(offset + bytes.count), with: bytes) })
        return Data(out)
    }

    /// Writes the file for `document` through `append`: a header with a placeholder checksum, the body
    /// (hashed as it streams), the closing brace; then `overwrite` puts the real header in place.
    /// The header has a fixed width, so the placeholder and the real one take the same bytes.
    static func write(
        _ document: GraphDocument, append: (UnsafeRawBufferPointer) throws -> Void,
        overwrite: (Int, UnsafeRawBufferPointer) throws -> Void
    ) throws {
        try write(append: append, overwrite: overwrite) { out in
            try GraphFileWriter(out: out, table: EvidenceTable(document), document: document).writeBody(document)
        }
    }

    /// Writes the file of `facts` and their `graph` (the `CompactGraph` of `GraphBuilder.compactGraph(of:citations:citingFacts:)`)
    /// through `append` and `overwrite`: the bytes `write(_:append:overwrite:)` writes for their `GraphDocument`.
    /// Frees each part of `graph` once it is written.
    static func write<Facts: Collection<ArticleFacts>>(
        facts: Facts, graph: inout CompactGraph, append: (UnsafeRawBufferPointer) throws -> Void,
        overwrite: (Int, UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let table = EvidenceTable(sorted: graph.evidence, refs: graph.factCitations)
        graph.evidence = []
        graph.factCitations = []
        try write(append: append, overwrite: overwrite) { out in
            try GraphFileWriter(out: out, table: consume table).writeBody(facts: facts, graph: &graph)
        }
    }

    /// Writes a header with a placeholder checksum, the body that `body` writes to the output (hashed as it
    /// streams), the closing brace; then `overwrite` puts the real header in place.
    private static func write(
        append: (UnsafeRawBufferPointer) throws -> Void, overwrite: (Int, UnsafeRawBufferPointer) throws -> Void,
        body: (JSONOutput) throws -> Void
    ) throws {
        try header(checksum: String(repeating: "0", count: 16)).withUnsafeBytes { try append($0) }
        let checksum: String = try withoutActuallyEscaping(append) { sink in
            let out = JSONOutput(background: true, sink: sink)
            try body(out)
            return try out.finish().hex
        }
        try Array("}\n".utf8).withUnsafeBytes { try append($0) }
        try header(checksum: checksum).withUnsafeBytes { try overwrite(0, $0) }
    }

    /// The bytes before the body: format, version, checksum, and the `body` key.
    private static func header(checksum: String) -> [UInt8] {
        magic + Array(String(version).utf8) + checksumKey + Array(checksum.utf8) + bodyKey
    }

    /// The document in `data`; `file` names it in errors. Without `includingFacts` the per-article
    /// facts are not decoded (the document's `facts` is then nil), which is faster for read-only use.
    public static func decode(_ data: Data, file: String, includingFacts: Bool = true) throws -> GraphDocument {
        try decode(data, file: file, includingFacts: includingFacts, parallelChecksumFrom: 1 << 22)
    }

    /// `decode`, with the checksum on a second thread for bodies of at least `parallelChecksumFrom` bytes.
    static func decode(
        _ data: Data, file: String, includingFacts: Bool, parallelChecksumFrom: Int
    ) throws -> GraphDocument {
        try data.withUnsafeBytes { raw in
            try decode(
                raw.bindMemory(to: UInt8.self), file: file, includingFacts: includingFacts,
                parallelChecksumFrom: parallelChecksumFrom)
        }
    }

    /// The document in a mapped file; its pages are given back as they are decoded.
    static func decode(_ mapped: MappedFile, file: String, includingFacts: Bool = true) throws -> GraphDocument {
        try decode(mapped.bytes, file: file, includingFacts: includingFacts, mapped: mapped)
    }

    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, includingFacts: Bool, mapped: MappedFile? = nil,
        parallelChecksumFrom: Int = 1 << 22
    ) throws -> GraphDocument {
        let (body, stated) = try checkedHeader(bytes, file: file)
        // The body's pages go back to the page cache as the checksum and the reader finish with them.
        let offset = bytes.baseAddress.map { body.baseAddress! - $0 } ?? 0
        let release = mapped.map { m in { (r: Range<Int>) in m.release((r.lowerBound + offset)..<(r.upperBound + offset)) } }
        // The checksum runs beside the parse; nothing parsed counts unless it matches. Small bodies are hashed here.
        let task = body.count >= parallelChecksumFrom ? ChecksumTask(body, release: release) : nil
        if task == nil { try checkChecksum(body, stated: stated, file: file) }
        let parsed = Result { try GraphFileReader.read(body, file: file, includingFacts: includingFacts, release: release) }
        if let task {
            let actual = task.wait()
            guard actual == stated else { throw checksumMismatch(file: file, stated: stated, actual: actual) }
        }
        let read: GraphFileReader.Body
        do { read = try parsed.get() } catch let e as JSONScanError {
            throw NewsGraphError.corruptGraph(
                file: file, reason: "the body does not match the format: \(e.message) at byte \(e.offset) of the body")
        }
        var set: ArticleFactSet?
        if let facts = read.facts {
            do { set = try ArticleFactSet(facts) } catch {
                throw NewsGraphError.corruptGraph(file: file, reason: "the article facts are inconsistent: \(error)")
            }
        }
        let document = GraphDocument(articles: read.articles, facts: set, graph: read.graph)
        try validate(document, file: file)
        return document
    }

    /// Checks the header and checksum of a graph file's bytes and returns the body's bytes.
    static func verifiedBody(_ bytes: [UInt8], file: String) throws -> ArraySlice<UInt8> {
        let range = try bytes.withUnsafeBufferPointer { p in
            let body = try verifiedBody(p, file: file)
            return (body.baseAddress! - p.baseAddress!)..<(body.baseAddress! - p.baseAddress! + body.count)
        }
        return bytes[range]
    }

    /// Checks the header and checksum of a graph file's bytes and returns the body's bytes;
    /// `release` is told how far the checksum has read (a mapped file gives those pages back).
    static func verifiedBody(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, release: ((Int) -> Void)? = nil
    ) throws -> UnsafeBufferPointer<UInt8> {
        let (body, stated) = try checkedHeader(bytes, file: file)
        let offset = bytes.baseAddress.map { body.baseAddress! - $0 } ?? 0
        try checkChecksum(body, stated: stated, file: file) { release?(offset + $0) }
        return body
    }

    /// Checks the header of a graph file's bytes; returns the body's bytes and the checksum the header states.
    static func checkedHeader(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String
    ) throws -> (body: UnsafeBufferPointer<UInt8>, stated: String) {
        guard bytes.starts(with: magic) else {
            if bytes.isEmpty { throw NewsGraphError.corruptGraph(file: file, reason: "the file is empty") }
            if magic.starts(with: bytes) { throw NewsGraphError.corruptGraph(file: file, reason: "the file is truncated") }
            if (try? JSONSerialization.jsonObject(with: Data(buffer: bytes), options: [.fragmentsAllowed])) != nil {
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
        return (UnsafeBufferPointer(rebasing: bytes[i..<(end - 1)]), stated)
    }

    /// Throws unless `body` hashes to `stated`; `progress` is told how far the hash has read.
    static func checkChecksum(
        _ body: UnsafeBufferPointer<UInt8>, stated: String, file: String, progress: ((Int) -> Void)? = nil
    ) throws {
        var hash = FNV1a64()
        let chunk = 1 << 24
        var at = 0
        while at < body.count {
            let n = min(chunk, body.count - at)
            hash.update(UnsafeBufferPointer(rebasing: body[at..<(at + n)]))
            at += n
            progress?(at)
        }
        let actual = hash.hex
        guard actual == stated else { throw checksumMismatch(file: file, stated: stated, actual: actual) }
    }

    private static func checksumMismatch(file: String, stated: String, actual: String) -> NewsGraphError {
        NewsGraphError.corruptGraph(
            file: file,
            reason: "checksum mismatch (header says \(stated), content hashes to \(actual)): the file was truncated or edited")
    }

    /// Structural checks the checksum cannot make (a file written by a buggy or foreign writer):
    /// nodes and edges sorted by id without repeats, every edge between two nodes of the graph.
    private static func validate(_ document: GraphDocument, file: String) throws {
        let g = document.graph
        for i in g.nodes.indices.dropFirst() {
            let (previous, id) = (g.nodes[i - 1].id, g.nodes[i].id)
            if previous == id { throw NewsGraphError.corruptGraph(file: file, reason: "node id \(id) appears twice") }
            if !(previous < id) {
                throw NewsGraphError.corruptGraph(file: file, reason: "nodes are not sorted by id at \(id)")
            }
        }
        // Node ids by their bytes; an id not found that way gets the exact `String` test.
        var index = HashIndex(capacity: g.nodes.count)
        g.nodes.withUnsafeBufferPointer { nodes in
            for (k, n) in nodes.enumerated() {
                _ = index.findOrInsert(hash: ByteHash.hash(n.id), newID: Int32(k)) { UTF8Bytes.equal(nodes[Int($0)].id, n.id) }
            }
        }
        var exact: Set<String>?
        func isNode(_ id: String) -> Bool {
            let found = g.nodes.withUnsafeBufferPointer { nodes in
                index.find(hash: ByteHash.hash(id)) { UTF8Bytes.equal(nodes[Int($0)].id, id) } != nil
            }
            if found { return true }
            if exact == nil { exact = Set(g.nodes.map(\.id)) }
            return exact!.contains(id)
        }
        for (i, e) in g.edges.enumerated() {
            guard isNode(e.source), isNode(e.target) else {
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
        let mapped = try MappedFile(path)
        if mapped.bytes.isEmpty { return }
        do { _ = try verifiedBody(mapped.bytes, file: path, release: mapped.release(upTo:)) } catch let
            NewsGraphError.corruptGraph(file, reason)
        {
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
        let ns = error as NSError
        return ns.localizedFailureReason ?? ns.localizedDescription
    }
}
