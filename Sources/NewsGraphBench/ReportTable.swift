import Foundation

/// Formats measurements as an aligned text table or a Markdown table.
struct ReportTable {
    var header: [String]
    var rows: [[String]]

    /// The per-stage table.
    static func stages(_ ms: [Measurement]) -> ReportTable {
        ReportTable(
            header: [
                "corpus", "stage", "jobs", "runs", "seconds", "cpu s", "chars/s", "articles/s", "MB/s", "peak RSS MiB",
                "stage RSS growth MiB", "nodes", "edges", "note",
            ],
            rows: ms.map { m in
                [
                    m.corpus, m.stage, "\(m.report.jobs)", "\(m.runs)", fmt(m.report.seconds, 3),
                    m.report.cpuSeconds.map { fmt($0, 2) } ?? "", big(m.charsPerSecond), big(m.articlesPerSecond),
                    m.megabytesPerSecond.map { fmt($0, 1) } ?? "", fmt(m.peakMiB, 0), fmt(m.growthMiB, 0),
                    m.report.nodes.map(String.init) ?? "", m.report.edges.map(String.init) ?? "",
                    note(m.report),
                ]
            })
    }

    /// How time and memory grow with the archive's size: each size against the one before.
    static func scaling(_ ms: [Measurement], sizes: [(label: String, articles: Int)], stages: [String]) -> ReportTable {
        var rows: [[String]] = []
        for stage in stages {
            var previous: (Measurement, Int)?
            for size in sizes {
                guard let m = ms.first(where: { $0.corpus == size.label && $0.stage == stage }) else { continue }
                var row = [stage, size.label, fmt(m.report.seconds, 2), fmt(m.peakMiB, 0), "", "", ""]
                if let (p, n) = previous {
                    let sizeRatio = Double(size.articles) / Double(n)
                    row[4] = "×" + fmt(sizeRatio, 1)
                    row[5] = p.report.seconds > 0 ? "×" + fmt(m.report.seconds / p.report.seconds, 2) : ""
                    row[6] = p.peakMiB > 0 ? "×" + fmt(m.peakMiB / p.peakMiB, 2) : ""
                }
                rows.append(row)
                previous = (m, size.articles)
            }
        }
        return ReportTable(
            header: ["stage", "corpus", "seconds", "peak RSS MiB", "size ratio", "time ratio", "memory ratio"], rows: rows)
    }

    /// Columns padded to their widest cell; numbers right-aligned.
    var text: String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        return all.enumerated().map { i, row in
            let line = row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return Self.isNumeric(cell) && i > 0 ? pad + cell : cell + pad
            }.joined(separator: "  ")
            return i == 0 ? line + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") : line
        }.joined(separator: "\n")
    }

    var markdown: String {
        var s = "| " + header.joined(separator: " | ") + " |\n"
        s += "|" + header.map { _ in "---|" }.joined() + "\n"
        for r in rows { s += "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
        return s
    }

    /// Errors first, then the remark, kept short enough for a table cell.
    static func note(_ r: StageReport) -> String {
        var s = (r.errors > 0 ? "\(r.errors) errors; " : "") + (r.note ?? "")
        if s.count > 90 { s = String(s.prefix(89)) + "…" }
        return s
    }

    static func fmt(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }

    /// `12.3M`, `45.6k`.
    static func big(_ v: Double?) -> String {
        guard let v else { return "" }
        if v >= 1e6 { return fmt(v / 1e6, 2) + "M" }
        if v >= 1e3 { return fmt(v / 1e3, 1) + "k" }
        return fmt(v, 1)
    }

    private static func isNumeric(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return ("0"..."9").contains(f) || f == "×"
    }
}
