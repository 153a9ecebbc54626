import Foundation

/// A deterministic mutation fuzzer over the whole pipeline, run in this process.
///
/// `run` generates cases from the corpus (case `i` depends only on the seed and
/// `i`) and feeds each to the probe. It sees invariant failures, not crashes:
/// the CLI runs it in a watched child process for that (`newsgraph fuzz`).
public struct Fuzzer: Sendable {
    public var corpus: FuzzCorpus
    public var probe: FuzzProbe

    public init(corpus: FuzzCorpus, probe: FuzzProbe) {
        self.corpus = corpus
        self.probe = probe
    }

    /// Runs cases `range` in order, stopping early once `seconds` have passed (when given).
    /// `willRun` is told each case before it starts, `didRun` its outcome.
    public func run(
        cases range: Range<Int>, seconds: Double? = nil, willRun: (FuzzCase) -> Void = { _ in },
        didRun: (FuzzOutcome) -> Void = { _ in }
    ) -> FuzzSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        var summary = FuzzSummary()
        for i in range {
            if let seconds, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 >= seconds { break }
            let c = corpus.makeCase(i)
            willRun(c)
            let outcome = probe.run(c)
            summary.add(outcome)
            didRun(outcome)
        }
        return summary
    }
}
