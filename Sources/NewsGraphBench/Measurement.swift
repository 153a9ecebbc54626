/// The median of several runs of one stage on one corpus.
struct Measurement {
    var corpus: String
    var report: StageReport
    var runs: Int

    var stage: String { report.stage }

    /// The run with the median time; its peak RSS replaced by the median peak.
    init(corpus: String, samples: [StageReport]) {
        precondition(!samples.isEmpty)
        self.corpus = corpus
        let byTime = samples.sorted { $0.seconds < $1.seconds }
        var r = byTime[(byTime.count - 1) / 2]
        let peaks = samples.map(\.peakRSSKiB).sorted()
        r.peakRSSKiB = peaks[(peaks.count - 1) / 2]
        report = r
        runs = samples.count
    }

    var charsPerSecond: Double? { report.chars > 0 && report.seconds > 0 ? Double(report.chars) / report.seconds : nil }
    var articlesPerSecond: Double? { report.articles > 0 && report.seconds > 0 ? Double(report.articles) / report.seconds : nil }
    var megabytesPerSecond: Double? { report.bytes > 0 && report.seconds > 0 ? Double(report.bytes) / 1e6 / report.seconds : nil }
    var peakMiB: Double { Double(report.peakRSSKiB) / 1024 }
    /// Growth of RSS during the stage's process beyond its start (MiB).
    var growthMiB: Double { Double(Swift.max(0, report.peakRSSKiB - report.startRSSKiB)) / 1024 }
}
