import Foundation
import NewsGraph

/// `newsgraph fuzz`: feed mutated and extreme input through the whole pipeline, watching for crashes and hangs.
enum FuzzCommand: Command {
    static let name = "fuzz"
    static let summary = "feed mutated and extreme input through the whole pipeline"
    static let help = """
        newsgraph fuzz: feed mutated and extreme input through the whole pipeline and check every stage.

        Usage: newsgraph fuzz [--cases N] [--seconds S] [--seed N] [--corpus DIR] [--out DIR]
                              [--timeout S] [--scale X] [--max-article-mb M]
               newsgraph fuzz --case N [--seed N] [--corpus DIR] [--scale X]
               newsgraph fuzz --replay FILE
               newsgraph fuzz --minimize FILE [--seconds S]

        --cases N       run cases 0..<N (default: the fixed corpus plus 500 mutants, unless --seconds is given)
        --seconds S     stop after S seconds (cases are still deterministic: case i depends only on the seed)
        --seed N        the generator's seed (default 1)
        --corpus DIR    seed pages (.txt, .jsonl) to mutate (default: ./seeds when present)
        --out DIR       where failing inputs and their logs are saved (default: fuzz-failures)
        --timeout S     a case taking longer is a hang (default 120)
        --scale X       size of the extreme shapes; 1 = full (a 100 MB line) (default 1)
        --max-article-mb M  per-article size bound (default 1)
        --case N        run only case N, in this process, and print what happened
        --replay FILE   run a saved input (e.g. from --out), in this process
        --minimize FILE shrink a failing input while it fails the same way; writes FILE.min.EXT
        --selftest crash@N,hang@M  make the worker trap at case N and hang at case M (proves the watchdog);
                        crash-on@TEXT makes --replay trap on inputs holding TEXT (proves --minimize)

        Cases: every seed page verbatim, in GB18030 and UTF-16; extreme shapes (a 100 MB line, a
        million tiny lines, only punctuation, only surnames, a 、 chain thousands long, 50,000 nested
        brackets, integer-overflowing dates, an endless front matter, hostile JSON Lines…); then
        mutants (bit flips, byte inserts and deletes, truncation, duplication, splices, genre
        fragments, markup and formula strings, invalid UTF-8 and GB18030). Each goes through
        read → tag → graph → every exporter, and each export is parsed back. The cases run in a
        child process, so a crash or hang is caught, its input saved, and the run goes on.

        Output: one stderr line per failure, then `fuzz: N cases, K crashes/hangs, …` and
        `fuzz: N passed, M failed`. Exit 0 when all passed, 1 otherwise.

        Examples:
          newsgraph fuzz --seconds 120 --seed 7
          newsgraph fuzz --cases 200 --scale 0.01
          newsgraph fuzz --replay fuzz-failures/case-000123.txt
          newsgraph fuzz --minimize fuzz-failures/case-000123.txt
        """
    static let flagOptions: Set<String> = ["--worker"]
    static let valueOptions: Set<String> = [
        "--cases", "--seconds", "--seed", "--corpus", "--out", "--timeout", "--scale", "--max-article-mb", "--case",
        "--replay", "--from", "--selftest", "--minimize",
    ]

    /// Everything a run needs, parsed once (the worker gets the same options from its parent).
    struct Settings {
        var seed: UInt64 = 1
        var cases: Int?
        var seconds: Double?
        var corpusDir: String?
        var out = "fuzz-failures"
        var timeout: Double = 120
        var scale: Double = 1
        var maxArticleMB: Int = 1
        /// Worker self-test: case indices at which it traps or hangs on purpose.
        var crashAt: Set<Int> = []
        var hangAt: Set<Int> = []
        /// Replay self-test: trap when the input holds one of these strings (proves `--minimize`).
        var crashOn: [String] = []

        init(_ args: ParsedArguments) throws {
            func number<T: LosslessStringConvertible>(_ option: String, _ type: T.Type) throws -> T? {
                guard let v = args.value(option) else { return nil }
                guard let n = T(v) else { throw NewsGraphError.usage("\(option) `\(v)` is not a number") }
                return n
            }
            seed = try number("--seed", UInt64.self) ?? 1
            cases = try number("--cases", Int.self)
            seconds = try number("--seconds", Double.self)
            timeout = try number("--timeout", Double.self) ?? 120
            scale = try number("--scale", Double.self) ?? 1
            maxArticleMB = try number("--max-article-mb", Int.self) ?? 1
            if let c = cases, c < 0 { throw NewsGraphError.usage("--cases must be 0 or more") }
            if let s = seconds, !(s > 0) { throw NewsGraphError.usage("--seconds must be positive") }
            guard timeout > 0, scale > 0, scale <= 1, maxArticleMB > 0 else {
                throw NewsGraphError.usage("--timeout and --max-article-mb must be positive, --scale in (0, 1]")
            }
            out = args.value("--out") ?? out
            corpusDir = args.value("--corpus")
            for item in args.list("--selftest") {
                let parts = item.split(separator: "@", maxSplits: 1)
                if parts.count == 2, parts[0] == "crash-on", !parts[1].isEmpty {
                    crashOn.append(String(parts[1]))
                    continue
                }
                guard parts.count == 2, let i = Int(parts[1]), parts[0] == "crash" || parts[0] == "hang" else {
                    throw NewsGraphError.usage("--selftest takes crash@N, hang@N or crash-on@TEXT, not `\(item)`")
                }
                if parts[0] == "crash" { crashAt.insert(i) } else { hangAt.insert(i) }
            }
            if corpusDir == nil && FileManager.default.fileExists(atPath: "seeds") { corpusDir = "seeds" }
        }

        var limits: SafetyLimits { SafetyLimits(maxArticleBytes: maxArticleMB << 20) }

        func fuzzer() throws -> Fuzzer {
            let pages = try corpusDir.map { try FuzzCorpus.loadSeedPages(directory: $0) } ?? []
            let corpus = FuzzCorpus(seedPages: pages, seed: seed, extremeScale: scale)
            return Fuzzer(corpus: corpus, probe: FuzzProbe(limits: limits, tagger: try Tagger.standard()))
        }

        /// The arguments that give a worker these settings.
        var workerArguments: [String] {
            var a = ["--seed", String(seed), "--scale", String(scale), "--max-article-mb", String(maxArticleMB)]
            if let corpusDir { a += ["--corpus", corpusDir] }
            let selftest = crashAt.sorted().map { "crash@\($0)" } + hangAt.sorted().map { "hang@\($0)" }
            if !selftest.isEmpty { a += ["--selftest", selftest.joined(separator: ",")] }
            return a
        }
    }

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        if let path = args.value("--replay") { return try replay(path, args, console) }
        let settings = try Settings(args)
        if let path = args.value("--minimize") { return try minimize(path, settings, console) }
        if args.has("--worker") { return try runWorker(settings, args, console) }
        if let v = args.value("--case") {
            guard let i = Int(v), i >= 0 else { throw NewsGraphError.usage("--case `\(v)` is not a case number") }
            let fuzzer = try settings.fuzzer()
            let c = fuzzer.corpus.makeCase(i)
            let o = fuzzer.probe.run(c)
            console.print("case \(i): \(c.origin), \(c.bytes.count) bytes as \(c.fileName)")
            console.print(describe(o))
            return o.isFailure ? 1 : 0
        }
        return try supervise(settings, console)
    }

    /// Runs one saved input through the probe in this process.
    static func replay(_ path: String, _ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsGraphError.unreadable(file: path, reason: "cannot read the input to replay")
        }
        let settings = try Settings(args)
        let probe = FuzzProbe(limits: settings.limits, tagger: try Tagger.standard())
        let text = String(decoding: data, as: UTF8.self)
        if let marker = settings.crashOn.first(where: { text.contains($0) }) {
            fatalError("fuzz self-test: deliberate crash on `\(marker)`")
        }
        let o = probe.run(FuzzCase(index: 0, origin: "replay", fileName: path, bytes: [UInt8](data)))
        console.print(describe(o))
        return o.isFailure ? 1 : 0
    }

    /// One line for an outcome.
    static func describe(_ o: FuzzOutcome) -> String {
        let timing = String(format: "%.2f s", o.seconds)
        switch o.status {
        case .passed:
            return "passed: \(o.articles) articles (\(o.refusedArticles) refused by limits), \(timing)"
        case .rejected(let code):
            return "passed: refused as a whole with a clear error (\(code)), \(timing)"
        case .failed(let stage, let message):
            return "FAILED in \(stage): \(message) (\(timing))"
        }
    }
}
