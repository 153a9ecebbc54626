/// Totals of a fuzz run.
public struct FuzzSummary: Sendable, Equatable {
    public var cases = 0
    public var passed = 0
    /// Passed cases that were refused as a whole with a clear error, by error code.
    public var rejectedByCode: [String: Int] = [:]
    /// Cases whose invariants broke.
    public var failed = 0
    /// Cases that crashed or hung (only the supervising CLI can see these).
    public var crashesOrHangs = 0
    public var articles = 0
    public var refusedArticles = 0
    public var bytes = 0

    public init() {}

    /// Adds one outcome.
    public mutating func add(_ o: FuzzOutcome) {
        cases += 1
        bytes += o.byteCount
        articles += o.articles
        refusedArticles += o.refusedArticles
        switch o.status {
        case .passed: passed += 1
        case .rejected(let code):
            passed += 1
            rejectedByCode[code, default: 0] += 1
        case .failed: failed += 1
        }
    }

    /// Counts a case that crashed or hung.
    public mutating func addCrashOrHang(byteCount: Int) {
        cases += 1
        bytes += byteCount
        crashesOrHangs += 1
    }

    /// Rejected cases in total.
    public var rejected: Int { rejectedByCode.values.reduce(0, +) }
}
