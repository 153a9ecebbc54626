/// The score of one kind, with the values behind the errors so misses can be read.
public struct KindEvaluation: Sendable, Hashable, Codable {
    public var kind: EvaluationKind
    public var score: Score
    /// Values the system found that the gold does not have, sorted.
    public var falsePositives: [String]
    /// Gold values the system missed, sorted.
    public var falseNegatives: [String]

    public init(kind: EvaluationKind, score: Score, falsePositives: [String] = [], falseNegatives: [String] = []) {
        self.kind = kind
        self.score = score
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }
}
