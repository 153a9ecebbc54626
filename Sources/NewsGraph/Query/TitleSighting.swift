/// One sentence naming a person's office: the title as written, resolved, when, and where read.
public struct TitleSighting: Sendable, Hashable, Codable {
    /// The Position node's id.
    public var position: String
    /// The title as written (`市长`, `原副市长`).
    public var title: String
    /// The title with its jurisdiction made explicit, without `原` (`汾阳市市长`).
    public var resolvedTitle: String
    /// The date the sentence speaks of; `null` in JSON when unknown.
    public var date: PartialDate?
    /// The sentence marks the office as former (`原…`).
    public var former: Bool
    public var evidence: [Evidence]

    public init(position: String, title: String, resolvedTitle: String, date: PartialDate?, former: Bool, evidence: [Evidence]) {
        self.position = position
        self.title = title
        self.resolvedTitle = resolvedTitle
        self.date = date
        self.former = former
        self.evidence = evidence
    }

    private enum CodingKeys: String, CodingKey { case position, title, resolvedTitle, date, former, evidence }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(position, forKey: .position)
        try c.encode(title, forKey: .title)
        try c.encode(resolvedTitle, forKey: .resolvedTitle)
        try c.encode(date, forKey: .date)
        try c.encode(former, forKey: .former)
        try c.encode(evidence, forKey: .evidence)
    }
}
