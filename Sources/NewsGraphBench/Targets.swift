import Foundation

/// The issue's speed targets, checked against measurements (printed, never asserted).
enum Targets {
    static func check(_ ms: [Measurement], synthetic: [(label: String, articles: Int)]) -> [String] {
        var out: [String] = []
        func find(_ corpus: String, _ stage: String) -> Measurement? { ms.first { $0.corpus == corpus && $0.stage == stage } }
        func queryTargets(_ label: String) {
            for q in ms where q.corpus == label && q.stage.hasPrefix("query:") {
                let name = String(q.stage.dropFirst("query:".count))
                if let cli = find(label, "cli:" + name) {
                    let wall = cli.report.seconds
                    out.append(line("\(label) `newsgraph \(name)` wall clock < 2 s", ReportTable.fmt(wall, 2) + " s", wall < 2))
                } else {
                    let wall =
                        (find(label, "load")?.report.seconds ?? 0) + (find(label, "engine")?.report.seconds ?? 0)
                        + q.report.seconds
                    out.append(line("\(label) \(name) (load + engine + answer) < 2 s", ReportTable.fmt(wall, 2) + " s", wall < 2))
                }
            }
        }
        if let real = ms.first(where: { $0.corpus.hasPrefix("real") })?.corpus {
            if let t = find(real, "normalize+tag"), let cps = t.charsPerSecond {
                out.append(line("normalize+tag ≥ 5M chars/s/core (\(real))", ReportTable.big(cps) + " chars/s", cps >= 5e6))
            }
            if let t = find(real, "tag"), let cps = t.charsPerSecond {
                out.append("tag alone (\(real), clean chars): \(ReportTable.big(cps)) chars/s")
            }
            if let one = find(real, "batch"), let two = ms.first(where: { $0.corpus == real && $0.stage.hasPrefix("batch ×") }) {
                out.append(
                    "both cores for the batch (\(real)): speed-up ×\(ReportTable.fmt(one.report.seconds / max(two.report.seconds, 1e-9), 2)) (target close to ×2)"
                )
            }
        }
        for (label, n) in synthetic {
            guard let p = find(label, "pipeline") else {
                if n > 0 { out.append("\(label): no complete pipeline (see notes)") }
                queryTargets(label)
                continue
            }
            let gib = p.peakMiB / 1024
            if n == 100_000 {
                out.append(line("100k articles build < 60 s", ReportTable.fmt(p.report.seconds, 1) + " s", p.report.seconds < 60))
            }
            if n == 1_000_000 {
                out.append(line("1M articles build < 600 s", ReportTable.fmt(p.report.seconds, 1) + " s", p.report.seconds < 600))
                out.append(line("1M articles peak memory < 8 GB", ReportTable.fmt(gib, 2) + " GiB", gib < 8))
            }
            queryTargets(label)
        }
        return out
    }

    private static func line(_ what: String, _ value: String, _ ok: Bool) -> String {
        "\(what): \(value) — \(ok ? "met" : "NOT met")"
    }

    /// Now (UTC), `YYYY-MM-DD HH:mm UTC`.
    static func today() -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
