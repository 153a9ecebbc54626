import Foundation
import NewsGraph

/// `newsgraph build`: build a graph file from pages, from scratch.
enum BuildCommand: Command {
    static let name = "build"
    static let summary = "build a graph file from pages"
    static let help = """
        newsgraph build: build a graph file from pages, from scratch.

        Usage: newsgraph build PATHS... [--graph FILE] [--city C] [--province P] [--date D]
                               [--encoding E] [--lexicon DIR] [--export LIST] [--jobs N]

        Reads every page (a folder is searched recursively for .txt and .jsonl files), tags it,
        resolves people, offices, organisations, places and events across all articles, and
        writes the native graph file atomically, with its query index (FILE.index). A file that cannot be read is reported and
        skipped: the graph of the others is still written, and the exit code is 1.
        An existing FILE is replaced only if it is a NewsGraph graph; any other file is refused.

        Options:
          --graph FILE     graph file to write (default: newsgraph.graph.json)
          --city C         the paper's city, e.g. 吕梁市 (resolves 市, 我市, 全市)
          --province P     the paper's province, e.g. 山西省 (resolves 省)
          --date D         issue date, EDTF: 2024-12-09, 2024-12, XXXX-12-09
          --encoding E     utf-8, utf-16 or gb18030 (default: detect)
          --lexicon DIR    extra lexicons for the tagger (add or override)
          --export LIST    also write exports beside the graph: graphml,gexf,jsonld,csv or all
                           (made from the graph file once it is written)
          --jobs N         files read in parallel (default: 1); the output is the same for any N

        While it builds, the tagged facts wait in an unlinked scratch file beside the graph (about 1 KB
        an article, gone when the command ends, however it ends).
        Summary (files, articles, entities, errors) on stderr; progress too when it is a terminal.
        Exit: 0 ok, 1 some file failed (partial graph written) or the graph could not be written, 2 usage.

        Examples:
          newsgraph build seeds/ --city 汾阳市 --province 山西省
          newsgraph build archive/2024/ --graph 2024.graph.json --jobs 2 --export graphml,gexf
        """
    static let flagOptions: Set<String> = []
    static let valueOptions: Set<String> = [
        "--graph", "--city", "--province", "--date", "--encoding", "--lexicon", "--export", "--jobs",
    ]

    /// The graph file used when `--graph` is not given.
    static let defaultGraph = "newsgraph.graph.json"

    /// Export formats `--export` accepts.
    static let exportFormats = ["graphml", "gexf", "jsonld", "csv"]

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let paths = try args.requirePositionals(1, "PATHS (pages or folders to read)")
        let graphPath = args.value("--graph") ?? defaultGraph
        let formats = try exportList(args)
        // Refuse a foreign or damaged file before spending time on reading.
        try GraphStore.checkReplaceable(graphPath)
        // Each article's facts packed as soon as it is tagged: a fifth of their memory as Swift values.
        var (batch, pipeline) = try readBatch(paths, args, console) { $0.packedFacts(files: $1, jobs: $2, progress: $3) }
        let articlesRead = batch.facts.count
        var set: PackedFactSet
        do { set = try pipeline.factSet(batch.facts) } catch let e as NewsGraphError {
            console.error(e.description)
            return 1
        }
        // The set holds the facts now; they are freed once the file is written, before the index is built.
        batch.facts = []
        // Out of the heap while the graph is built: they are read a few times, in order, and the building
        // needs the memory. Where they cannot be written, they stay in memory.
        do { set = try set.spilled(toDirectory: (graphPath as NSString).deletingLastPathComponent) } catch {
            console.error("note: facts kept in memory: \(error)")
        }
        HeapTrim.releaseFreePages()
        var failed = !batch.failures.isEmpty
        let lock = try GraphLock(graphPath: graphPath)
        defer { lock.unlock() }
        // Straight from the accumulator to the file: the graph is never materialised as a `KnowledgeGraph`.
        let counts = try GraphBuilder().build(consume set, savingTo: graphPath)
        IndexCommand.refresh(graphPath, console)
        console.error(summary(verb: "built", graphPath: graphPath, batch: batch, articles: articlesRead, counts: counts))
        if !formats.isEmpty {
            do {
                // Exports read the file just written (still locked) as a stream: the graph is never loaded.
                for written in try exportAll(formats: formats, besideGraph: graphPath) {
                    console.error("wrote \(written)")
                }
            } catch let e as NewsGraphError {
                console.error(e.description)
                failed = true
            }
        }
        return failed ? 1 : 0
    }

    /// Writes the exports `formats` beside `graphPath` (e.g. `X.graph.json` → `X.graphml`); returns the paths written.
    ///
    /// One streaming writer per format (`Exporter`), each file written atomically.
    static func exportAll(formats: [String], besideGraph graphPath: String) throws -> [String] {
        guard !formats.isEmpty else { return [] }
        return try Exporter.write(besideGraphFile: graphPath, formats: ExportFormat.parseList(formats))
    }

    /// The validated `--export` list.
    static func exportList(_ args: ParsedArguments) throws -> [String] {
        let formats = args.list("--export").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        for f in formats where !exportFormats.contains(f) && f != "all" {
            throw NewsGraphError.usage("unknown export format '\(f)' (known: \(exportFormats.joined(separator: ", ")), all)")
        }
        return formats
    }

    /// The facts read from a batch, and what went wrong.
    struct Batch<Facts> {
        var files: Int
        var facts: [Facts]
        var failures: [NewsGraphError]
    }

    /// Collects the inputs under `paths`, reads and tags them with the options in `args`, reporting each failure on stderr.
    static func readBatch(_ paths: [String], _ args: ParsedArguments, _ console: Console) throws -> Batch<ArticleFacts> {
        try readBatch(paths, args, console) { $0.facts(files: $1, jobs: $2, progress: $3) }.batch
    }

    /// As `readBatch`, with `read` turning files into facts (`Pipeline.facts` or `packedFacts`); also returns the pipeline.
    static func readBatch<Facts: Sendable>(
        _ paths: [String], _ args: ParsedArguments, _ console: Console,
        read: (Pipeline, [String], Int, @escaping @Sendable (PipelineProgress) -> Void) -> PipelineResult<Facts>
    ) throws -> (batch: Batch<Facts>, pipeline: Pipeline) {
        var metadata = IssueMetadata(city: args.value("--city"), province: args.value("--province"))
        if let d = args.value("--date") {
            guard let date = PartialDate(edtf: d) else {
                throw NewsGraphError.usage("--date \(d): expected an EDTF date such as 2024-12-09, 2024-12 or XXXX-12-09")
            }
            metadata.date = date
        }
        var jobs = 1
        if let j = args.value("--jobs") {
            guard let n = Int(j), n >= 1 else { throw NewsGraphError.usage("--jobs \(j): expected a whole number ≥ 1") }
            jobs = min(n, 64)
        }
        let pipeline = try Pipeline.standard(
            options: ReadOptions(encoding: args.value("--encoding"), metadata: metadata),
            extraLexicons: args.value("--lexicon").map { URL(fileURLWithPath: $0) })
        let inputs = InputCollector().collect(paths)
        for e in inputs.errors { console.error(e.description) }
        if inputs.files.isEmpty && inputs.errors.isEmpty {
            console.error("newsgraph: warning: no .txt or .jsonl files under \(paths.joined(separator: " "))")
        }
        let started = Date()
        let result = read(pipeline, inputs.files, jobs) { p in
            let elapsed = Date().timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(p.filesDone) / elapsed : 0
            let left = rate > 0 ? Int(Double(p.fileCount - p.filesDone) / rate) : 0
            console.progress(
                "\(p.filesDone)/\(p.fileCount) files, \(p.articles) articles, \(String(format: "%.1f", rate)) files/s, ~\(left)s left"
            )
        }
        console.endProgress()
        for e in result.failures { console.error(e.description) }
        let batch = Batch(
            files: inputs.files.count + inputs.errors.count, facts: result.items, failures: inputs.errors + result.failures)
        return (batch, pipeline)
    }

    /// The one-paragraph summary printed after `build` or `add`.
    static func summary(verb: String, graphPath: String, batch: Batch<ArticleFacts>, graph: KnowledgeGraph) -> String {
        summary(verb: verb, graphPath: graphPath, batch: batch, articles: batch.facts.count, counts: GraphCounts(graph))
    }

    /// The summary from the graph's counts; `articles` is the number of articles read.
    static func summary<Facts>(
        verb: String, graphPath: String, batch: Batch<Facts>, articles: Int, counts: GraphCounts
    ) -> String {
        let byType = counts.nodesByType
        let entities = NodeType.allCases.filter { $0 != .article }.map { "\(byType[$0] ?? 0) \($0.rawValue)" }
        return "\(verb) \(graphPath): \(batch.files) files (\(batch.failures.count) errors), \(articles) articles read; "
            + "graph: \(byType[.article] ?? 0) articles, \(counts.nodes - (byType[.article] ?? 0)) entities ("
            + entities.joined(separator: ", ") + "), \(counts.edges) edges"
    }
}
