import Foundation
import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The parent side of `newsgraph fuzz`: runs the cases in a child process and survives its crashes and hangs.
///
/// The child reports `begin`/`end` per case. When it dies by a signal or stops
/// reporting for `--timeout` seconds (then it is killed), the case it was on is
/// regenerated here from the seed, saved to `--out` with the child's last
/// stderr, and a new child carries on from the next case.
extension FuzzCommand {
    static func supervise(_ settings: Settings, _ console: Console) throws -> Int32 {
        let fuzzer = try settings.fuzzer()
        let corpus = fuzzer.corpus
        let end = settings.cases ?? (settings.seconds == nil ? corpus.fixedCount + 500 : Int.max)
        let clock = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
        let started = clock()
        let deadline = settings.seconds.map { started + $0 }
        var summary = FuzzSummary()
        var next = 0
        var stoppedByClock = false

        while next < end && !stoppedByClock {
            let child = try WorkerProcess(
                arguments: ["fuzz", "--worker", "--from", String(next), "--cases", String(end)] + settings.workerArguments)
            var lastEvent = clock()
            var childDone = false
            while !childDone {
                var wait = settings.timeout - (clock() - lastEvent)
                if let deadline { wait = min(wait, deadline - clock()) }
                let lines = child.readLines(timeout: max(0, wait))
                for line in lines {
                    if line.hasPrefix("begin\t") {
                        lastEvent = clock()
                    } else if var o = parseWorkerLine(line[...]) {
                        lastEvent = clock()
                        let c = corpus.makeCaseHeader(o.index)
                        o.origin = c.origin
                        o.fileName = c.fileName
                        summary.add(o)
                        next = o.index + 1
                        if case .failed(let stage, let message) = o.status {
                            let saved = save(
                                o.index, corpus, settings, log: "failed in \(stage): \(message)\n", stderr: child.stderrTail)
                            console.error(
                                "\(o.fileName): error: fuzz case \(o.index) failed in \(stage): \(message) [\(o.origin)]; saved to \(saved)"
                            )
                        }
                        console.progress("fuzz: \(summary.cases) cases, \(summary.failed + summary.crashesOrHangs) failed")
                    }
                }
                if child.atEOF {
                    let status = child.waitForExit()
                    childDone = true
                    if case .exited(0) = status, next >= end { break }
                    if case .exited(0) = status, settings.cases == nil { break }
                    // Died mid-case: `next` is the case it was on.
                    let c = corpus.makeCaseHeader(next)
                    summary.addCrashOrHang(byteCount: c.byteCount)
                    let what = status.description
                    let saved = save(next, corpus, settings, log: "crashed: \(what)\n", stderr: child.stderrTail)
                    console.error(
                        "\(c.fileName): error: fuzz case \(next) crashed the pipeline (\(what)) [\(c.origin)]; saved to \(saved)")
                    next += 1
                } else if let deadline, clock() >= deadline {
                    child.kill()
                    _ = child.waitForExit()
                    stoppedByClock = true
                    childDone = true
                } else if clock() - lastEvent >= settings.timeout {
                    child.kill()
                    _ = child.waitForExit()
                    childDone = true
                    let c = corpus.makeCaseHeader(next)
                    summary.addCrashOrHang(byteCount: c.byteCount)
                    let saved = save(
                        next, corpus, settings, log: "hung: no result after \(settings.timeout) s\n", stderr: child.stderrTail)
                    console.error(
                        "\(c.fileName): error: fuzz case \(next) hung (over \(format(settings.timeout)) s) [\(c.origin)]; saved to \(saved)"
                    )
                    next += 1
                }
            }
        }
        console.endProgress()
        let elapsed = clock() - started
        let rejected = summary.rejectedByCode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        console.print(
            "fuzz: \(summary.cases) cases in \(format(elapsed)) s (seed \(settings.seed)), "
                + "\(summary.crashesOrHangs) crashes/hangs, \(summary.failed) invariant failures, "
                + "\(summary.rejected) inputs refused whole with a clear error\(rejected.isEmpty ? "" : " (\(rejected))"), "
                + "\(summary.articles) articles (\(summary.refusedArticles) refused by limits), "
                + String(format: "%.1f MB", Double(summary.bytes) / 1e6))
        let failed = summary.failed + summary.crashesOrHangs
        console.print("fuzz: \(summary.cases - failed) passed, \(failed) failed")
        return failed == 0 ? 0 : 1
    }

    static func format(_ seconds: Double) -> String { String(format: "%.1f", seconds) }

    /// Writes case `index`'s input and a log beside it into `--out`; returns the input's path (as the user gave `--out`).
    static func save(_ index: Int, _ corpus: FuzzCorpus, _ settings: Settings, log: String, stderr: String) -> String {
        let c = corpus.makeCase(index)
        let dir = settings.out
        let path = (dir as NSString).appendingPathComponent(c.fileName)
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(c.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            var text = "case \(index) of seed \(settings.seed): \(c.origin), \(c.bytes.count) bytes\n" + log
            text += "re-run: newsgraph fuzz --seed \(settings.seed) --case \(index)"
            text += settings.corpusDir.map { " --corpus \($0)" } ?? ""
            text += settings.scale == 1 ? "" : " --scale \(settings.scale)"
            text += "\n   or: newsgraph fuzz --replay \(path)\n"
            text += "shrink: newsgraph fuzz --minimize \(path)\n"
            if !stderr.isEmpty { text += "--- worker stderr (last part) ---\n" + stderr + "\n" }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + ".log"), options: .atomic)
        } catch {
            return "(not saved: \(error.localizedDescription))"
        }
        return path
    }
}

extension FuzzCorpus {
    /// Origin, file name and size of case `index` (the bytes are made and dropped).
    func makeCaseHeader(_ index: Int) -> (origin: String, fileName: String, byteCount: Int) {
        let c = makeCase(index)
        return (c.origin, c.fileName, c.bytes.count)
    }
}
