/// True positives, false positives and false negatives, with precision, recall and F1.
///
/// Empty denominators count as perfect: a system that claims nothing has precision 1,
/// and a kind the gold does not have is fully recalled. F1 is 0 when both are 0.
public struct Score: Sendable, Hashable, Codable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// tp / (tp + fp).
    public var precision: Double {
        let d = truePositives + falsePositives
        return d == 0 ? 1 : Double(truePositives) / Double(d)
    }

    /// tp / (tp + fn).
    public var recall: Double {
        let d = truePositives + falseNegatives
        return d == 0 ? 1 : Double(truePositives) / Double(d)
    }

    /// Harmonic mean of precision and recall.
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Sums the counts (micro-averaging).
    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    private enum CodingKeys: String, CodingKey {
        case truePositives = "tp"
        case falsePositives = "fp"
        case falseNegatives = "fn"
        case precision, recall, f1
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try c.decode(Int.self, forKey: .truePositives)
        falsePositives = try c.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try c.decode(Int.self, forKey: .falseNegatives)
    }

    /// Writes the counts and, for scripts, the derived ratios rounded to 4 places.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truePositives, forKey: .truePositives)
        try c.encode(falsePositives, forKey: .falsePositives)
        try c.encode(falseNegatives, forKey: .falseNegatives)
        try c.encode(Self.round(precision), forKey: .precision)
        try c.encode(Self.round(recall), forKey: .recall)
        try c.encode(Self.round(f1), forKey: .f1)
    }

    private static func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
