/// How a name given by the user resolved to a person.
public enum PersonResolution<Answer: Sendable>: Sendable {
    /// Exactly one person matched; here is the answer about them.
    case found(Answer)
    /// Several people matched; the engine does not guess. Sorted by name, then id.
    case ambiguous([PersonCandidate])
    /// Nobody matched.
    case notFound
}
