import Foundation
import NewsGraph

/// `newsgraph-bench`: the release-built benchmark harness (issue 7). Build with
/// `swift build -c release`; run `swift run -c release newsgraph-bench --help`.
let usage = """
    newsgraph-bench — speed and memory of the NewsGraph pipeline

    Usage:
      newsgraph-bench run [--real-mb 50] [--synthetic 10k,100k] [--runs 3] [--jobs 2]
                          [--isolate] [--markdown FILE] [--work DIR] [--keep] [--seed N] [--timeout S]
          Builds the corpora (seed pages repeated to --real-mb MB; synthetic archives of the
          given sizes, 0 to skip either), runs every stage in child processes, prints the
          median of --runs runs per stage, the scaling table, and the targets.
      newsgraph-bench graph --graph FILE [--runs 3] [--label L] [--markdown FILE]
          Times load, query index, queries (library and `newsgraph` command) and every export of a saved graph.
      newsgraph-bench generate --articles N --out DIR [--seed N] [--jsonl]
          Writes a synthetic archive (pages + manifest.tsv, or one archive.jsonl).
      newsgraph-bench real-corpus --mb N --out DIR
          Writes the seed pages repeated to N MB (+ manifest.tsv).
      newsgraph-bench tag-text FILE [--runs N] [--json]
          Tags clean text (blocks separated by blank lines) and prints characters per second.
      newsgraph-bench stage NAME --corpus DIR | --graph FILE [--jobs N] [--out DIR]
          (internal) one stage in this process; NAME: decode, read, tag, pipeline, query, export:FORMAT.

    Options:
      --seeds DIR   the seed pages (default: seeds)
    """

func seedFiles(_ args: BenchArguments) throws -> [String] {
    let dir = args.string("--seeds") ?? "seeds"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    let files = names.filter { $0.hasSuffix(".txt") }.sorted().map { (dir as NSString).appendingPathComponent($0) }
    guard !files.isEmpty else {
        throw BenchError.usage("no seed pages in \(dir) (run from the repository root or give --seeds DIR)")
    }
    return files
}

func stderr(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

/// Appends a results section to a Markdown file (created when missing).
func appendMarkdown(_ s: String, to md: String) throws {
    if !FileManager.default.fileExists(atPath: md) { _ = FileManager.default.createFile(atPath: md, contents: nil) }
    guard let handle = FileHandle(forWritingAtPath: md) else { throw BenchError.failed("\(md): cannot write") }
    handle.seekToEndOfFile()
    handle.write(Data(s.utf8))
    handle.closeFile()
    stderr("appended to \(md)")
}

func runStage(_ args: BenchArguments) throws {
    guard let name = args.positionals.dropFirst().first else { throw BenchError.usage("stage needs a NAME") }
    let jobs = try args.int("--jobs", default: 1)
    if name == "query" || name.hasPrefix("export:") {
        guard let graph = args.string("--graph") else { throw BenchError.usage("\(name) needs --graph") }
        if name == "query" {
            ChildProcess.emit(try GraphRunner.query(graph))
        } else {
            let out = args.string("--out") ?? NSTemporaryDirectory()
            ChildProcess.emit([try GraphRunner.export(graph, format: String(name.dropFirst("export:".count)), to: out)])
        }
        return
    }
    guard let dir = args.string("--corpus") else { throw BenchError.usage("\(name) needs --corpus") }
    let entries = try Corpus.entries(in: dir)
    // Relative paths, as a user gives them: they are what evidence and the graph file carry.
    let graphPath = args.string("--graph").map {
        ($0 as NSString).isAbsolutePath ? $0 : FileManager.default.currentDirectoryPath + "/" + $0
    }
    guard FileManager.default.changeCurrentDirectoryPath(dir) else {
        throw BenchError.failed("\(dir): cannot enter the corpus folder")
    }
    let runner = PipelineRunner(entries: entries, jobs: jobs)
    switch name {
    case "decode": ChildProcess.emit(runner.decode())
    case "read", "tag", "pipeline": ChildProcess.emit(try runner.run(through: name, graphPath: graphPath))
    default: throw BenchError.usage("unknown stage \(name)")
    }
}

func runSuite(_ args: BenchArguments) throws {
    let realMB = try args.int("--real-mb", default: 50)
    let sizes = try args.counts("--synthetic", default: [10_000, 100_000])
    let work = args.string("--work") ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("newsgraph-bench-\(getpid())")
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let suite = Suite(
        runs: max(1, try args.int("--runs", default: 3)), jobs: max(1, try args.int("--jobs", default: 2)),
        timeout: Double(try args.int("--timeout", default: 1200)), isolate: args.has("--isolate"), workDir: work, log: stderr)
    let seeds = try seedFiles(args)
    let seed = UInt64(try args.int("--seed", default: 1))
    var all: [Measurement] = []
    var corpusNotes: [String] = []
    var synthetic: [(label: String, articles: Int)] = []
    if realMB > 0 {
        let dir = (work as NSString).appendingPathComponent("real")
        let s = try Corpus.writeReal(seeds: seeds, megabytes: realMB, to: dir)
        let label = "real \(realMB)MB"
        corpusNotes.append("\(label): the \(seeds.count) seed pages repeated: \(s)")
        stderr("corpus \(label): \(s)")
        all += suite.measure(corpus: label, dir: dir)
        if !args.has("--keep") { try? FileManager.default.removeItem(atPath: dir) }
    }
    let reserved = try seeds.map { try String(contentsOfFile: $0, encoding: .utf8) }
    for n in sizes {
        let label = "synthetic \(n >= 1_000_000 ? "\(n / 1_000_000)M" : n >= 1000 ? "\(n / 1000)k" : "\(n)")"
        let dir = (work as NSString).appendingPathComponent(label.replacingOccurrences(of: " ", with: "-"))
        let s = try Corpus.writeSynthetic(articles: n, seed: seed, reserved: reserved, to: dir)
        corpusNotes.append("\(label): seed \(seed): \(s)")
        stderr("corpus \(label): \(s)")
        all += suite.measure(corpus: label, dir: dir)
        synthetic.append((label, n))
        if !args.has("--keep") { try? FileManager.default.removeItem(atPath: dir) }
    }
    let stages = ReportTable.stages(all)
    let scaling = ReportTable.scaling(all, sizes: synthetic, stages: ["read", "tag", "build+save", "load", "pipeline"])
    let targets = Targets.check(all, synthetic: synthetic)
    print(stages.text)
    if synthetic.count > 1 {
        print("\nGrowth with archive size (each size against the one before; linear growth: time ratio = size ratio):\n")
        print(scaling.text)
    }
    print("\nTargets (printed, not asserted):")
    for t in targets { print("  " + t) }
    print("\nCorpora:")
    for c in corpusNotes { print("  " + c) }
    if let md = args.string("--markdown") {
        var s = "\n## \(Targets.today()) — `newsgraph-bench \(CommandLine.arguments.dropFirst().joined(separator: " "))`\n\n"
        s +=
            "Machine: \(Suite.machine()). Release build (`swift run -c release newsgraph-bench …`), median of \(suite.runs) runs.\n\n"
        s += "Corpora:\n\n" + corpusNotes.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
        s += stages.markdown
        if synthetic.count > 1 { s += "\nGrowth with archive size:\n\n" + scaling.markdown }
        s += "\nTargets:\n\n" + targets.map { "- " + $0 }.joined(separator: "\n") + "\n"
        try appendMarkdown(s, to: md)
    }
    if !args.has("--keep") { try? FileManager.default.removeItem(atPath: work) }
}

func main() -> Int32 {
    let words = Array(CommandLine.arguments.dropFirst())
    do {
        let args = try BenchArguments(words, flagNames: ["--isolate", "--keep", "--jsonl", "--json", "--help", "-h"])
        if args.has("--help") || words.first == "help" {
            print(usage)
            return 0
        }
        switch args.positionals.first ?? "run" {
        case "run":
            try runSuite(args)
        case "graph":
            guard let graph = args.string("--graph") else { throw BenchError.usage("graph needs --graph FILE") }
            let suite = Suite(
                runs: max(1, try args.int("--runs", default: 3)), jobs: 1,
                timeout: Double(try args.int("--timeout", default: 1200)),
                isolate: false, workDir: NSTemporaryDirectory(), log: stderr)
            let label = args.string("--label") ?? (graph as NSString).lastPathComponent
            let ms = suite.measure(graph: graph, label: label)
            let table = ReportTable.stages(ms)
            print(table.text)
            let targets = Targets.check(ms, synthetic: [(label, 0)])
            for t in targets { print("  " + t) }
            if let md = args.string("--markdown") {
                var s =
                    "\n## \(Targets.today()) — `newsgraph-bench \(CommandLine.arguments.dropFirst().joined(separator: " "))`\n\n"
                s += "Machine: \(Suite.machine()). Release build, median of \(suite.runs) runs.\n\n" + table.markdown
                s += "\nTargets:\n\n" + targets.map { "- " + $0 }.joined(separator: "\n") + "\n"
                try appendMarkdown(s, to: md)
            }
        case "generate":
            guard let out = args.string("--out") else { throw BenchError.usage("generate needs --out DIR") }
            let n = try args.counts("--articles", default: [10_000])[0]
            let reserved = try seedFiles(args).map { try String(contentsOfFile: $0, encoding: .utf8) }
            let s = try Corpus.writeSynthetic(
                articles: n, seed: UInt64(try args.int("--seed", default: 1)), reserved: reserved, to: out,
                jsonl: args.has("--jsonl"))
            print("\(out): \(s)")
        case "real-corpus":
            guard let out = args.string("--out") else { throw BenchError.usage("real-corpus needs --out DIR") }
            print(
                "\(out): \(try Corpus.writeReal(seeds: try seedFiles(args), megabytes: try args.int("--mb", default: 50), to: out))"
            )
        case "tag-text":
            guard let file = args.positionals.dropFirst().first else { throw BenchError.usage("tag-text needs FILE") }
            let reports = try CleanTextRunner.run(file, runs: try args.int("--runs", default: 3))
            if args.has("--json") {
                ChildProcess.emit(reports)
            } else {
                let m = Measurement(corpus: file, samples: reports)
                print(ReportTable.stages([m]).text)
            }
        case "stage":
            try runStage(args)
        default:
            throw BenchError.usage("unknown command \(args.positionals[0]); see --help")
        }
        return 0
    } catch let e as BenchError {
        stderr(e.description)
        if case .usage = e { return 2 }
        return 1
    } catch {
        stderr("error: \(error)")
        return 1
    }
}

exit(main())
