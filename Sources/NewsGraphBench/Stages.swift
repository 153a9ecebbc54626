import Foundation
import NewsGraph

/// The harness's one door into the library's stages.
///
/// Every call the benchmark times goes through here, so when a stage's API
/// changes only this file changes. The calls are the ones `newsgraph build`
/// makes: `Pipeline.standard()` (reader, tagger, gazetteer lineage), its
/// `facts(_:)` per tagged article, `GraphBuilder`, `GraphStore`, `Exporter`,
/// `QueryEngine`.
/// Each timed call is `@inline(never)` so a profiler can select it by name
/// (`valgrind --tool=callgrind --toggle-collect='*Stages*build*'`).
enum Stages {
    /// What the graph stage keeps per article.
    typealias Facts = PackedFacts
    /// Reader, tagger and gazetteer, loaded once.
    typealias Context = Pipeline

    /// The bytes of a file (outside the clock).
    static func bytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError.failed("\(path): cannot read") }
        return [UInt8](data)
    }

    /// Decodes raw bytes (encoding detection, UTF-8 validation, BOM).
    @inline(never)
    static func decode(_ bytes: [UInt8], file: String) throws -> DecodedText {
        try TextDecoder().decode(bytes, file: file)
    }

    /// Repairs a whole decoded page (joins cut lines, removes justification spaces, folds full-width forms).
    @inline(never)
    static func normalize(_ decoded: DecodedText) -> NormalizedText {
        TextNormalizer().normalize(decoded)
    }

    /// Loads the lexicons and the gazetteer (what every `newsgraph` run pays once).
    static func makeContext() throws -> Context { try Pipeline.standard() }

    /// Decode + normalize + segment one page, with the corpus's metadata for it.
    @inline(never)
    static func read(_ context: Context, _ entry: Corpus.Entry) throws -> [Article] {
        var reader = context.reader
        reader.options.metadata = entry.metadata
        return try reader.read(file: entry.path)
    }

    /// Tag + relate one article.
    @inline(never)
    static func tag(_ context: Context, _ article: Article) -> TaggedArticle { context.tagger.tag(article) }

    /// What the graph builder keeps of a tagged article (with gazetteer place paths), packed as `newsgraph build` packs it.
    @inline(never)
    static func facts(_ context: Context, _ tagged: TaggedArticle) -> Facts { context.packedFacts(tagged) }

    /// Builds the graph of all facts and writes its file as `newsgraph build` does (facts included, so it can be
    /// extended): the facts read back from a scratch file beside the graph, straight from the builder to the file.
    /// (The harness keeps `facts` for the next run, so here the scratch file costs its time but saves no memory.)
    @inline(never)
    static func buildAndSave(_ context: Context, _ facts: [Facts], to path: String) throws -> GraphCounts {
        let set = try context.factSet(facts).spilled(toDirectory: (path as NSString).deletingLastPathComponent)
        return try GraphBuilder().build(set, savingTo: path)
    }

    /// Loads the graph for reading (queries, exports).
    @inline(never)
    static func load(_ path: String) throws -> KnowledgeGraph { try GraphStore.load(path) }

    /// Export formats the library writes.
    static let exportFormats: [String] = ExportFormat.allCases.map(\.rawValue)

    /// Writes one export of `graph` under `directory`; returns bytes written.
    @inline(never)
    static func export(_ graph: KnowledgeGraph, format: String, to directory: String) throws -> Int {
        guard let f = ExportFormat(rawValue: format) else { throw BenchError.usage("unknown export format \(format)") }
        let paths = try Exporter.write(graph, formats: [f], directory: directory, baseName: "bench")
        return paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }

    /// Builds the query index of a loaded graph.
    @inline(never)
    static func index(_ graph: KnowledgeGraph) -> QueryEngine { QueryEngine(graph: graph) }

    /// The three jobs' queries, on terms picked from the graph itself: the attendees of the event
    /// with the most attendees and of the commonest event noun, and the titles and events of the
    /// office holder with the most evidence.
    static func queries(_ engine: QueryEngine, _ graph: KnowledgeGraph) -> [Query] {
        let officials = Set(graph.edges.lazy.filter { $0.type == .holds }.map(\.source))
        let person = graph.nodes.filter { $0.type == .person && officials.contains($0.id) }
            .max { ($0.evidence.count, $1.label) < ($1.evidence.count, $0.label) }
        var nouns: [String: Int] = [:]
        for n in graph.nodes where n.type == .event { nouns[n.properties["noun"] ?? "", default: 0] += 1 }
        let noun = nouns.filter { !$0.key.isEmpty }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "会议"
        var out: [Query] = []
        // The job as a user asks it: who attended one event (the one with the most attendees), by name.
        var attended: [String: Int] = [:]
        for e in graph.edges where e.type == .attended { attended[e.target, default: 0] += 1 }
        if let busiest = attended.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
            let event = graph.nodes.first(where: { $0.id == busiest.key })
        {
            let name = event.properties["name"] ?? event.label
            out.append(Query(name: "attendees", command: ["attendees", name]) { engine.attendees(matching: name).count })
        }
        // A broad one: every event of the commonest noun (thousands of answers on a large archive).
        out.append(Query(name: "attendees-noun", command: ["attendees", noun]) { engine.attendees(matching: noun).count })
        if let name = person?.label {
            out.append(Query(name: "titles", command: ["titles", name]) { Self.count(engine.titles(of: name)) })
            out.append(Query(name: "events", command: ["events", name]) { Self.count(engine.events(of: name)) })
        }
        return out
    }

    /// One timed query.
    struct Query {
        var name: String
        var command: [String]
        var run: () throws -> Int
    }

    private static func count<T>(_ r: PersonResolution<T>) -> Int {
        switch r {
        case .found: return 1
        case .ambiguous(let c): return c.count
        case .notFound: return 0
        }
    }
}
