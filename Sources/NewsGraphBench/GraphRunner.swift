import Foundation
import NewsGraph

/// Child-process stages that start from a saved graph: load, each export, the queries.
enum GraphRunner {
    /// Loads the graph file.
    static func load(_ path: String) throws -> StageReport {
        var r = StageReport(stage: "load", seconds: 0, startRSSKiB: ResourceUsage.currentRSSKiB())
        let t0 = ResourceUsage.now()
        let c0 = ResourceUsage.cpuSeconds()
        let graph = try Stages.load(path)
        r.seconds = ResourceUsage.now() - t0
        r.cpuSeconds = ResourceUsage.cpuSeconds() - c0
        r.bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        r.peakRSSKiB = ResourceUsage.peakRSSKiB()
        r.nodes = graph.nodes.count
        r.edges = graph.edges.count
        return r
    }

    /// Loads the graph (untimed), then writes one export; the RSS growth beyond the
    /// loaded graph shows whether the writer streams or builds a second copy.
    static func export(_ path: String, format: String, to directory: String) throws -> StageReport {
        let graph = try Stages.load(path)
        // The peak mark is reset after loading, so the peak below is the export's own.
        let reset = ResourceUsage.resetPeak()
        var r = StageReport(stage: "export:" + format, seconds: 0, startRSSKiB: ResourceUsage.currentRSSKiB())
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let t0 = ResourceUsage.now()
        let c0 = ResourceUsage.cpuSeconds()
        r.bytes = try Stages.export(graph, format: format, to: directory)
        r.seconds = ResourceUsage.now() - t0
        r.cpuSeconds = ResourceUsage.cpuSeconds() - c0
        r.peakRSSKiB = reset ? ResourceUsage.peakSinceResetKiB() : ResourceUsage.peakRSSKiB()
        r.nodes = graph.nodes.count
        r.edges = graph.edges.count
        r.note = reset ? "growth = export's peak beyond the loaded graph" : "peak includes loading"
        return r
    }

    /// Loads the graph, builds the query engine, writes GRAPH.index, then answers each query; one report per step.
    /// When the `newsgraph` command sits beside this executable, each query is also timed as a
    /// user runs it (`newsgraph attendees … --graph FILE`, reading GRAPH.index), and the first once more
    /// with `--no-index` (load of the whole graph + answer + print).
    static func query(_ path: String) throws -> [StageReport] {
        var reports = [try load(path)]
        let graph = try Stages.load(path)
        var index = StageReport(stage: "engine", seconds: 0, startRSSKiB: ResourceUsage.currentRSSKiB())
        let t0 = ResourceUsage.now()
        let c0 = ResourceUsage.cpuSeconds()
        let engine = Stages.index(graph)
        index.seconds = ResourceUsage.now() - t0
        index.cpuSeconds = ResourceUsage.cpuSeconds() - c0
        index.peakRSSKiB = ResourceUsage.peakRSSKiB()
        index.note = "QueryEngine lookups over the loaded graph"
        reports.append(index)
        let cli = ((ChildProcess.selfPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("newsgraph")
        reports.append(try writeQueryIndex(path))
        var timedFullLoad = false
        for q in Stages.queries(engine, graph) {
            var r = StageReport(stage: "query:" + q.name, seconds: 0, startRSSKiB: ResourceUsage.currentRSSKiB())
            let t0 = ResourceUsage.now()
            let answers = try q.run()
            r.seconds = ResourceUsage.now() - t0
            r.peakRSSKiB = ResourceUsage.peakRSSKiB()
            r.note = "\(answers) answers to `\(q.command.joined(separator: " "))`"
            reports.append(r)
            if FileManager.default.isExecutableFile(atPath: cli) {
                reports.append(try runCLI(cli, q.command + ["--graph", path], stage: "cli:" + q.name))
                if !timedFullLoad {
                    // Once, the same command reading the whole graph, for comparison.
                    timedFullLoad = true
                    reports.append(try runCLI(cli, q.command + ["--graph", path, "--no-index"], stage: "cli-full:" + q.name))
                }
            }
        }
        return reports
    }

    /// Writes the query index beside the graph (what `newsgraph build` does after saving).
    static func writeQueryIndex(_ path: String) throws -> StageReport {
        var r = StageReport(stage: "index-file", seconds: 0, startRSSKiB: ResourceUsage.currentRSSKiB())
        let t0 = ResourceUsage.now()
        let c0 = ResourceUsage.cpuSeconds()
        let counts = try QueryIndex.write(forGraph: path)
        r.seconds = ResourceUsage.now() - t0
        r.cpuSeconds = ResourceUsage.cpuSeconds() - c0
        r.peakRSSKiB = ResourceUsage.peakRSSKiB()
        r.bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        r.nodes = counts.nodes
        r.edges = counts.edges
        r.note = "`newsgraph index`: GRAPH.index, one scan of the graph file (MB/s of the graph file)"
        return r
    }

    /// Wall clock of one `newsgraph` command.
    static func runCLI(_ cli: String, _ arguments: [String], stage: String) throws -> StageReport {
        var c = StageReport(stage: stage, seconds: 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: cli)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let t0 = ResourceUsage.now()
        try p.run()
        p.waitUntilExit()
        c.seconds = ResourceUsage.now() - t0
        c.note = "wall clock of `newsgraph \(arguments.joined(separator: " "))`, exit \(p.terminationStatus)"
        return c
    }
}
