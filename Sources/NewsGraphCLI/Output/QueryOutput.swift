import Foundation
import NewsGraph

/// What the query commands share: the graph option, date options, candidates, and cell text.
enum QueryOutput {
    /// The graph file used when `--graph` is not given, in the current directory.
    static let defaultGraph = "newsgraph.graph.json"

    /// Options every query command accepts.
    static let flags: Set<String> = ["--json"]
    /// Options of the commands that can answer from the query index (`attendees`, `titles`, `events`).
    static let indexedFlags: Set<String> = ["--json", "--no-index"]
    static let values: Set<String> = ["--graph"]

    /// Help lines for the common options.
    static let commonHelp = """
          --graph FILE   the graph to read (default: ./\(defaultGraph))
          --json         print the answer as JSON (shapes in schema/query-output.md)
        """

    /// Help lines for the commands that use the query index.
    static let indexedHelp = """
        \(commonHelp)
          --no-index     read the whole graph even when its query index (FILE.index) is current

        With a current query index (FILE.index, written by build/add/merge and `newsgraph
        index`), only the part of the graph the answer needs is read; the answer is the same.
        """

    /// Loads the graph named by `--graph`, or the default one.
    static func loadGraph(_ args: ParsedArguments) throws -> KnowledgeGraph {
        let path = args.value("--graph") ?? defaultGraph
        guard FileManager.default.fileExists(atPath: path) else {
            throw NewsGraphError.unreadable(
                file: path, reason: "no such file (build one with `newsgraph build`, or pass --graph FILE)")
        }
        return try GraphStore.load(path)
    }

    /// The part of the graph an indexed command needs, from the query index when it is current
    /// (`fromIndex` returns nil when the index cannot narrow the question down), else the whole graph.
    ///
    /// An index that is stale or damaged is never used: the graph is loaded in full and one line on
    /// stderr says how to rebuild the index; so does a missing index of a large graph.
    static func loadGraph(
        _ args: ParsedArguments, _ console: Console, fromIndex: (QueryIndex) throws -> KnowledgeGraph?
    ) throws -> KnowledgeGraph {
        var graph: KnowledgeGraph?
        try answerFromIndex(args, console) { index in
            graph = try fromIndex(index)
            return graph != nil
        }
        if let graph { return graph }
        return try loadGraph(args)
    }

    /// Lets `answer` answer from the query index when it is current; false when the whole graph must
    /// answer instead (`answer` returned false, or threw: then a note on stderr says the index is unusable).
    ///
    /// Without a current index (stale, damaged, or a missing one of a large graph) one line on stderr
    /// says how to rebuild it. What `answer` throws wrapped in `OutputFailure` is no index problem:
    /// its error is rethrown.
    @discardableResult
    static func answerFromIndex(
        _ args: ParsedArguments, _ console: Console, _ answer: (QueryIndex) throws -> Bool
    ) throws -> Bool {
        let path = args.value("--graph") ?? defaultGraph
        guard !args.has("--no-index"), FileManager.default.fileExists(atPath: path) else { return false }
        let rebuild = "run `newsgraph index --graph \(path)` to make queries fast"
        switch QueryIndex.open(graph: path) {
        case .ready(let index):
            do {
                return try answer(index)
            } catch let failure as OutputFailure {
                throw failure.error
            } catch {
                console.error(
                    "newsgraph: note: the query index of \(path) is unusable (\(error)); reading the whole graph; \(rebuild)")
            }
        case .missing:
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            if size >= largeGraph {
                console.error("newsgraph: note: \(path) has no query index; reading the whole graph; \(rebuild)")
            }
        case .unusable(let reason):
            console.error(
                "newsgraph: note: the query index of \(path) is not used: \(reason); reading the whole graph; \(rebuild)")
        }
        return false
    }

    /// An error of writing the answer (not of the index) while answering from the index.
    struct OutputFailure: Error {
        let error: any Error
    }

    /// Graph files from this size on get a note when they have no query index (smaller ones load fast anyway).
    static let largeGraph = 32 << 20

    /// A date option's value, parsed; a usage error when it is not a date.
    static func date(_ args: ParsedArguments, _ option: String) throws -> DatePattern? {
        guard let text = args.value(option) else { return nil }
        guard let d = DatePattern(text) else {
            throw NewsGraphError.usage("\(option) '\(text)' is not a date (try 2024-12-09, 12-09, 2024-12 or 12月9日)")
        }
        return d
    }

    /// A date for a table cell: EDTF, or `-` when unknown.
    static func cell(_ date: PartialDate?) -> String { date?.edtf ?? "-" }

    /// Where a piece of evidence is: `ARTICLE @START-END`.
    static func source(_ e: Evidence) -> String { "\(e.article) @\(e.start)-\(e.end)" }

    /// Prints the candidates a person name matched; returns exit code 1.
    ///
    /// The list goes to stdout (a table, or `{"query", "candidates"}` with `--json`), one
    /// line to stderr says what to do next.
    static func printCandidates(
        _ candidates: [PersonCandidate], query: String, command: String, json: Bool, _ console: Console
    ) throws -> Int32 {
        if json {
            console.write(try JSONOutput.render(CandidateList(query: query, candidates: candidates)))
        } else {
            var table = Table(["ID", "NAME", "OFFICES", "PLACES", "ARTICLES"])
            for c in candidates {
                table.add([c.id, c.name, c.offices.joined(separator: "；"), c.places.joined(separator: "；"), String(c.articles)])
            }
            console.write(table.render())
        }
        console.error(
            "\(candidates.count) candidates match '\(query)'; run `newsgraph \(command) ID` with one of the ids listed")
        return 1
    }

    /// The answer about the one person `PERSON` names: JSON with `--json`, else what `printTable` prints;
    /// several matches list the candidates, none is a failure (exit codes 0, 1).
    static func answerAboutPerson<Answer: Encodable & Sendable>(
        _ args: ParsedArguments, command: String, _ console: Console,
        ask: (QueryEngine, String) -> PersonResolution<Answer>, printTable: (Answer) -> Void
    ) throws -> Int32 {
        let person = try args.requirePositionals(1, "PERSON")[0]
        guard args.positionals.count == 1 else { throw NewsGraphError.usage("one PERSON expected") }
        let graph = try loadGraph(args, console) { try $0.personGraph(matching: person, events: command == "events") }
        let engine = QueryEngine(graph: graph)
        switch ask(engine, person) {
        case .notFound:
            console.error("no person matches '\(person)'")
            return 1
        case .ambiguous(let candidates):
            return try printCandidates(candidates, query: person, command: command, json: args.has("--json"), console)
        case .found(let answer):
            if args.has("--json") {
                console.write(try JSONOutput.render(answer))
            } else {
                printTable(answer)
            }
            return 0
        }
    }

    /// The `--json` shape of a candidate list.
    struct CandidateList: Encodable {
        var query: String
        var candidates: [PersonCandidate]
    }
}
