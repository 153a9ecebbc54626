import Foundation

/// Orchestrates a benchmark: prepares corpora, runs each stage in child processes, keeps medians.
struct Suite {
    var runs: Int
    var jobs: Int
    var timeout: Double
    /// Also run decode and read in their own processes (their own peak memory).
    var isolate: Bool
    var workDir: String
    var log: (String) -> Void

    /// Measures every stage on the corpus in `dir`.
    func measure(corpus label: String, dir: String) -> [Measurement] {
        var samples: [String: [StageReport]] = [:]
        var order: [String] = []
        func record(_ reports: [StageReport], suffix: String = "") {
            for var r in reports {
                r.stage += suffix
                if samples[r.stage] == nil { order.append(r.stage) }
                samples[r.stage, default: []].append(r)
            }
        }
        func child(_ args: [String], _ suffix: String = "") -> Bool {
            do {
                record(try ChildProcess.run(args, timeout: timeout), suffix: suffix)
                return true
            } catch {
                log("  \(label): \(error)")
                return false
            }
        }
        let graph = (workDir as NSString).appendingPathComponent("graph-\(label.replacingOccurrences(of: " ", with: "-")).json")
        for run in 1...runs {
            log("  \(label): pipeline run \(run)/\(runs)")
            guard child(["stage", "pipeline", "--corpus", dir, "--graph", graph, "--jobs", "1"]) else { break }
        }
        if jobs > 1 {
            for run in 1...runs {
                log("  \(label): read+tag batch with \(jobs) jobs, run \(run)/\(runs)")
                guard child(["stage", "tag", "--corpus", dir, "--jobs", "\(jobs)"], " ×\(jobs)") else { break }
            }
        }
        if isolate {
            for run in 1...runs {
                log("  \(label): decode and read in their own processes, run \(run)/\(runs)")
                guard child(["stage", "decode", "--corpus", dir], " (own process)"),
                    child(["stage", "read", "--corpus", dir], " (own process)")
                else { break }
            }
        }
        if FileManager.default.fileExists(atPath: graph) {
            graphStages(label: label, graph: graph, child: child)
        }
        // Keep only the rows worth reading from the jobs run.
        return order.compactMap { stage in
            if stage.hasSuffix(" ×\(jobs)") && !stage.hasPrefix("batch") { return nil }
            if stage.hasPrefix("tagger-load ") { return nil }
            if stage.hasSuffix(" (own process)")
                && !["decode", "normalize", "read"].contains(where: { stage.hasPrefix($0 + " ") })
            {
                return nil
            }
            return samples[stage].map { Measurement(corpus: label, samples: $0) }
        }
    }

    /// Load, index, queries and every export of a saved graph, `runs` times each.
    func graphStages(label: String, graph: String, child: ([String], String) -> Bool) {
        let exportDir = (workDir as NSString).appendingPathComponent("exports")
        for run in 1...runs {
            log("  \(label): load, queries and exports, run \(run)/\(runs)")
            _ = child(["stage", "query", "--graph", graph], "")
            for f in Stages.exportFormats { _ = child(["stage", "export:" + f, "--graph", graph, "--out", exportDir], "") }
        }
        try? FileManager.default.removeItem(atPath: exportDir)
    }

    /// Measures only the stages that start from a saved graph file.
    func measure(graph: String, label: String) -> [Measurement] {
        var samples: [String: [StageReport]] = [:]
        var order: [String] = []
        graphStages(label: label, graph: graph) { args, _ in
            do {
                for r in try ChildProcess.run(args, timeout: timeout) {
                    if samples[r.stage] == nil { order.append(r.stage) }
                    samples[r.stage, default: []].append(r)
                }
                return true
            } catch {
                log("  \(label): \(error)")
                return false
            }
        }
        return order.compactMap { stage in samples[stage].map { Measurement(corpus: label, samples: $0) } }
    }

    /// The machine, for the results table.
    static func machine() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            ?? "unknown CPU"
        let info = ProcessInfo.processInfo
        let gib = Double(info.physicalMemory) / 1_073_741_824
        return
            "\(model), \(info.activeProcessorCount) cores, \(String(format: "%.0f", gib)) GiB RAM, \(info.operatingSystemVersionString)"
    }
}
