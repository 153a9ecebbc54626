import Foundation
import NewsGraph

/// The child side of `newsgraph fuzz`: runs cases and reports each on stdout, one tab-separated line.
///
/// `begin I` before case I, `end I KIND DETAIL ARTICLES REFUSED BYTES SECONDS MESSAGE` after it.
/// If the process dies between the two, the parent knows which case killed it.
extension FuzzCommand {
    static func runWorker(_ settings: Settings, _ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard let fromText = args.value("--from"), let from = Int(fromText), let end = settings.cases, from <= end else {
            throw NewsGraphError.usage("--worker needs --from I and --cases END")
        }
        let fuzzer = try settings.fuzzer()
        _ = fuzzer.run(
            cases: from..<end,
            willRun: { c in
                console.print("begin\t\(c.index)")
                if settings.crashAt.contains(c.index) { fatalError("fuzz self-test: deliberate crash at case \(c.index)") }
                if settings.hangAt.contains(c.index) { while true { sleep(1) } }
            },
            didRun: { o in console.print(workerLine(o)) })
        return 0
    }

    static func workerLine(_ o: FuzzOutcome) -> String {
        let (kind, detail, message): (String, String, String)
        switch o.status {
        case .passed: (kind, detail, message) = ("passed", "-", "")
        case .rejected(let code): (kind, detail, message) = ("rejected", code, "")
        case .failed(let stage, let m): (kind, detail, message) = ("failed", stage, m)
        }
        let flat = String(message.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : Character($0) })
        return [
            "end", String(o.index), kind, detail, String(o.articles), String(o.refusedArticles), String(o.byteCount),
            String(format: "%.3f", o.seconds), flat,
        ].joined(separator: "\t")
    }

    /// Parses a worker's `end` line back into an outcome (origin and file name are filled by the parent).
    static func parseWorkerLine(_ line: Substring) -> FuzzOutcome? {
        let f = line.split(separator: "\t", maxSplits: 8, omittingEmptySubsequences: false)
        guard f.count >= 8, f[0] == "end", let i = Int(f[1]), let articles = Int(f[4]), let refused = Int(f[5]),
            let bytes = Int(f[6]), let seconds = Double(f[7])
        else { return nil }
        let status: FuzzOutcome.Status
        switch f[2] {
        case "passed": status = .passed
        case "rejected": status = .rejected(code: String(f[3]))
        default: status = .failed(stage: String(f[3]), message: f.count > 8 ? String(f[8]) : "")
        }
        return FuzzOutcome(
            index: i, origin: "", fileName: "", byteCount: bytes, status: status, articles: articles, refusedArticles: refused,
            seconds: seconds)
    }
}
