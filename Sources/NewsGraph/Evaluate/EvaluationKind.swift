/// What the evaluator scores, in report order.
public enum EvaluationKind: String, Sendable, Codable, CaseIterable, Comparable {
    case persons, personOffices, resolvedOffices, organizations, places, events, attendance

    public static func < (lhs: EvaluationKind, rhs: EvaluationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
