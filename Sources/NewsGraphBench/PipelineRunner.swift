import Foundation
import NewsGraph

/// Runs the pipeline over a corpus in this process and times each stage.
///
/// Pages are read and tagged one file at a time (over `jobs` threads); only
/// the graph stage's facts are kept, so memory holds the facts and the graph,
/// never the whole corpus.
struct PipelineRunner {
    let entries: [Corpus.Entry]
    let jobs: Int

    /// One file's outcome.
    struct FileResult {
        var readSeconds = 0.0
        var tagSeconds = 0.0
        var bytes = 0
        var rawChars = 0
        var cleanChars = 0
        var articles = 0
        var facts: [Stages.Facts] = []
        var error: String?
    }

    /// Slots written by exactly one thread each.
    final class Slots: @unchecked Sendable {
        var results: [FileResult]
        init(_ n: Int) { results = Array(repeating: FileResult(), count: n) }
    }

    /// Decode, then normalize the whole decoded page, each on its own clock (file reading is outside both).
    func decode() -> [StageReport] {
        var decode = StageReport(stage: "decode", seconds: 0, startRSSKiB: ResourceUsage.currentRSSKiB())
        var normalize = StageReport(stage: "normalize", seconds: 0, startRSSKiB: decode.startRSSKiB)
        for e in entries {
            do {
                let bytes = try Stages.bytes(e.path)
                let t0 = ResourceUsage.now()
                let decoded = try Stages.decode(bytes, file: e.path)
                let t1 = ResourceUsage.now()
                let clean = Stages.normalize(decoded)
                let t2 = ResourceUsage.now()
                decode.seconds += t1 - t0
                normalize.seconds += t2 - t1
                let chars = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                decode.chars += chars
                decode.bytes += bytes.count
                normalize.chars += chars
                normalize.bytes += bytes.count
                if clean.text.isEmpty && !bytes.isEmpty { normalize.errors += 1 }
            } catch {
                decode.errors += 1
                decode.note = decode.note ?? "\(error)"
            }
        }
        decode.peakRSSKiB = ResourceUsage.peakRSSKiB()
        normalize.peakRSSKiB = decode.peakRSSKiB
        normalize.note = "whole page, chars = raw"
        return [decode, normalize]
    }

    /// Read + tag (+ build + save when `through` allows); the reports of each stage done.
    func run(through last: String, graphPath: String?) throws -> [StageReport] {
        let wallStart = ResourceUsage.now()
        var reports: [StageReport] = []
        let t0 = ResourceUsage.now()
        let context = try Stages.makeContext()
        reports.append(
            StageReport(stage: "tagger-load", seconds: ResourceUsage.now() - t0, peakRSSKiB: ResourceUsage.peakRSSKiB()))
        let withTags = last != "read"
        let startRSS = ResourceUsage.currentRSSKiB()
        let slots = Slots(entries.count)
        let batchStart = ResourceUsage.now()
        let cpuStart = ResourceUsage.cpuSeconds()
        let entries = self.entries
        let jobs = Swift.max(1, self.jobs)
        DispatchQueue.concurrentPerform(iterations: jobs) { j in
            for i in stride(from: j, to: entries.count, by: jobs) {
                slots.results[i] = Self.process(entries[i], context: context, tag: withTags)
            }
        }
        let batchSeconds = ResourceUsage.now() - batchStart
        let batchCPU = ResourceUsage.cpuSeconds() - cpuStart
        var read = StageReport(stage: "read", seconds: 0, startRSSKiB: startRSS, jobs: jobs)
        var tag = StageReport(stage: "tag", seconds: 0, startRSSKiB: startRSS, jobs: jobs)
        var facts: [Stages.Facts] = []
        var firstError: String?
        for r in slots.results {
            read.seconds += r.readSeconds
            read.bytes += r.bytes
            read.chars += r.rawChars
            read.articles += r.articles
            tag.seconds += r.tagSeconds
            tag.chars += r.cleanChars
            tag.articles += r.articles
            if let e = r.error {
                read.errors += 1
                firstError = firstError ?? e
            }
            facts += r.facts
        }
        slots.results = []
        read.note = firstError
        let peak = ResourceUsage.peakRSSKiB()
        read.peakRSSKiB = peak
        tag.peakRSSKiB = peak
        reports.append(read)
        if withTags {
            reports.append(tag)
            var both = StageReport(
                stage: "normalize+tag", seconds: read.seconds + tag.seconds, chars: read.chars, bytes: read.bytes,
                articles: read.articles, peakRSSKiB: peak, startRSSKiB: startRSS, jobs: jobs)
            both.note = "read (decode+normalize+segment) + tag, chars = raw"
            reports.append(both)
        }
        reports.append(
            StageReport(
                stage: "batch", seconds: batchSeconds, chars: read.chars, bytes: read.bytes, articles: read.articles,
                peakRSSKiB: peak,
                startRSSKiB: startRSS, errors: read.errors, note: "wall clock of read+tag; cpu \(ReportTable.fmt(batchCPU, 2)) s",
                cpuSeconds: batchCPU, jobs: jobs))
        guard withTags, last != "tag" else { return reports }

        // As `newsgraph build`: the graph goes straight from the builder to the file, so build and save are one stage.
        let path = graphPath ?? NSTemporaryDirectory() + "newsgraph-bench-\(getpid()).graph.json"
        defer { if graphPath == nil { try? FileManager.default.removeItem(atPath: path) } }
        var build = StageReport(
            stage: "build+save", seconds: 0, articles: read.articles, startRSSKiB: ResourceUsage.currentRSSKiB())
        let b0 = ResourceUsage.now()
        let bc = ResourceUsage.cpuSeconds()
        let counts = try Stages.buildAndSave(context, facts, to: path)
        build.seconds = ResourceUsage.now() - b0
        build.cpuSeconds = ResourceUsage.cpuSeconds() - bc
        facts = []
        build.peakRSSKiB = ResourceUsage.peakRSSKiB()
        build.bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        build.nodes = counts.nodes
        build.edges = counts.edges
        reports.append(build)
        var total = StageReport(
            stage: "pipeline", seconds: ResourceUsage.now() - wallStart, chars: read.chars, bytes: read.bytes,
            articles: read.articles, peakRSSKiB: ResourceUsage.peakRSSKiB(), jobs: jobs)
        total.cpuSeconds = ResourceUsage.cpuSeconds()
        total.nodes = counts.nodes
        total.edges = counts.edges
        reports.append(total)
        return reports
    }

    /// Reads one file and tags its articles, timing both.
    static func process(_ entry: Corpus.Entry, context: Stages.Context, tag: Bool) -> FileResult {
        var r = FileResult()
        let t0 = ResourceUsage.now()
        let articles: [Article]
        do { articles = try Stages.read(context, entry) } catch {
            r.error = "\(error)"
            return r
        }
        let t1 = ResourceUsage.now()
        // Sizes are counted outside the clock, and only for files the reader accepted.
        if let data = FileManager.default.contents(atPath: entry.path) {
            r.bytes = data.count
            r.rawChars = Self.scalarCount(data)
        }
        r.readSeconds = t1 - t0
        r.articles = articles.count
        guard tag else { return r }
        var facts: [Stages.Facts] = []
        facts.reserveCapacity(articles.count)
        for a in articles { facts.append(Stages.facts(context, Stages.tag(context, a))) }
        r.tagSeconds = ResourceUsage.now() - t1
        for a in articles { r.cleanChars += a.text.unicodeScalars.count }
        r.facts = facts
        return r
    }

    /// Unicode scalars in UTF-8 bytes: every byte that is not a continuation byte.
    static func scalarCount(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in
            var n = 0
            for b in raw.bindMemory(to: UInt8.self) where b & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }
}
