/// Several pages' scores and their micro totals per kind.
public struct EvaluationSummary: Sendable, Hashable, Codable {
    public var pages: [PageEvaluation]
    /// Per kind, summed over pages; error values are prefixed with their page (`FILE: value`).
    public var kinds: [KindEvaluation]
    public var overall: Score
    /// Trap strings tagged as persons, prefixed with their page.
    public var trapHits: [String]

    /// Sums `pages` kind by kind.
    public init(pages: [PageEvaluation]) {
        self.pages = pages
        kinds = EvaluationKind.allCases.map { kind in
            var total = KindEvaluation(kind: kind, score: Score())
            for page in pages {
                guard let k = page.evaluation(of: kind) else { continue }
                total.score = total.score + k.score
                total.falsePositives += k.falsePositives.map { "\(page.file): \($0)" }
                total.falseNegatives += k.falseNegatives.map { "\(page.file): \($0)" }
            }
            return total
        }
        overall = kinds.reduce(Score()) { $0 + $1.score }
        trapHits = pages.flatMap { page in page.trapHits.map { "\(page.file): \($0)" } }
    }

    /// The total for one kind.
    public func evaluation(of kind: EvaluationKind) -> KindEvaluation? { kinds.first { $0.kind == kind } }
}
