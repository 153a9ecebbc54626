/// The scores of one page against its gold.
public struct PageEvaluation: Sendable, Hashable, Codable {
    /// The gold's `file`.
    public var file: String
    /// One entry per `EvaluationKind`, in report order.
    public var kinds: [KindEvaluation]
    /// Micro totals over all kinds.
    public var overall: Score
    /// Gold `notPersons` strings the system tagged as persons.
    public var trapHits: [String]

    public init(file: String, kinds: [KindEvaluation], trapHits: [String]) {
        self.file = file
        self.kinds = kinds.sorted { $0.kind < $1.kind }
        self.overall = kinds.reduce(Score()) { $0 + $1.score }
        self.trapHits = trapHits
    }

    /// The entry for one kind.
    public func evaluation(of kind: EvaluationKind) -> KindEvaluation? { kinds.first { $0.kind == kind } }
}
