import Foundation
import NewsGraph

/// Tags clean text (blocks separated by blank lines, one article each), for the side-by-side with jieba.
enum CleanTextRunner {
    /// The articles of a clean text file, each with an identity offset map.
    static func articles(_ path: String) throws -> [Article] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchError.failed("\(path): cannot read clean text")
        }
        var out: [Article] = []
        var offset = 0
        for block in text.components(separatedBy: "\n\n") {
            let n = block.utf8.count
            defer { offset += n + 2 }
            guard !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            let starts = (0..<n).map { Int32(offset + $0) }
            let ends = (0..<n).map { Int32(offset + $0 + 1) }
            out.append(
                Article(
                    id: "\(path)#\(out.count + 1)", file: path, index: out.count + 1, text: block,
                    offsets: OffsetMap(starts: starts, ends: ends), rawSpan: Span(start: offset, end: offset + n)))
        }
        return out
    }

    /// Tags every article `runs` times; one report per run.
    static func run(_ path: String, runs: Int) throws -> [StageReport] {
        let articles = try articles(path)
        let chars = articles.reduce(0) { $0 + $1.text.unicodeScalars.count }
        let context = try Stages.makeContext()
        var reports: [StageReport] = []
        for _ in 0..<Swift.max(1, runs) {
            var mentions = 0
            let t0 = ResourceUsage.now()
            for a in articles { mentions += Stages.tag(context, a).mentions.count }
            var r = StageReport(stage: "tag-clean", seconds: ResourceUsage.now() - t0, chars: chars, articles: articles.count)
            r.peakRSSKiB = ResourceUsage.peakRSSKiB()
            r.note = "\(mentions) mentions"
            reports.append(r)
        }
        return reports
    }
}
