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

    /// Loads the graph, builds the query index, then answers each query; one report per step.
    /// When the `newsgraph` command sits beside this executable, each query is also timed as a
    /// user runs it (`newsgraph attendees … --graph FILE`: load + index + answer + print).
    static func query(_ path: String) throws -> [StageReport] {
        var reports = [try load(path)]
        let graph = try Stages.load(path)
        var index = StageReport(stage: "index", seconds: 0, startRSSKiB: ResourceUsage.currentRSSKiB())
        let t0 = ResourceUsage.now()
        let c0 = ResourceUsage.cpuSeconds()
        let engine = Stages.index(graph)
        index.seconds = ResourceUsage.now() - t0
        index.cpuSeconds = ResourceUsage.cpuSeconds() - c0
        index.peakRSSKiB = ResourceUsage.peakRSSKiB()
        index.note = "query index over the loaded graph"
        reports.append(index)
        let cli = ((ChildProcess.selfPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("newsgraph")
        for q in Stages.queries(engine, graph) {
            var r = StageReport(stage: "query:" + q.name, seconds: 0, startRSSKiB: ResourceUsage.currentRSSKiB())
            let t0 = ResourceUsage.now()
            let answers = try q.run()
            r.seconds = ResourceUsage.now() - t0
            r.peakRSSKiB = ResourceUsage.peakRSSKiB()
            r.note = "\(answers) answers to `\(q.command.joined(separator: " "))`"
            reports.append(r)
            if FileManager.default.isExecutableFile(atPath: cli) {
                var c = StageReport(stage: "cli:" + q.name, seconds: 0)
                let p = Process()
                p.executableURL = URL(fileURLWithPath: cli)
                p.arguments = q.command + ["--graph", path]
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                let c0 = ResourceUsage.now()
                try p.run()
                p.waitUntilExit()
                c.seconds = ResourceUsage.now() - c0
                c.note = "wall clock of `newsgraph \(q.command.joined(separator: " "))`, exit \(p.terminationStatus)"
                reports.append(c)
            }
        }
        return reports
    }
}
