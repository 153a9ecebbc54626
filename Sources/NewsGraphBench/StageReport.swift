/// One measurement of one stage in one run (a child process prints these as JSON lines).
struct StageReport: Codable, Sendable {
    /// `decode`, `read`, `tag`, `normalize+tag`, `build`, `save`, `load`, `export:graphml`, `query:attendees`, `pipeline` …
    var stage: String
    var seconds: Double
    /// Unicode scalars processed (raw for decode/read/pipeline, clean for tag).
    var chars: Int = 0
    var bytes: Int = 0
    var articles: Int = 0
    /// Peak RSS of the process when the stage ended (KiB): includes the stages before it in that process.
    var peakRSSKiB: Int = 0
    /// RSS just before the stage began (KiB), so the stage's own growth can be told apart.
    var startRSSKiB: Int = 0
    var nodes: Int?
    var edges: Int?
    /// Errors (e.g. files the reader refused) and remarks.
    var errors: Int = 0
    var note: String?
    /// CPU seconds of the process during the stage (all threads), when measured: with `jobs` > 1,
    /// cpu/seconds near `jobs` means the threads really ran in parallel.
    var cpuSeconds: Double?
    /// Threads used.
    var jobs: Int = 1
}
