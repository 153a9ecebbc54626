/// One audit finding as the report shows it: what kind, when, who, which offices, a
/// summary line and the evidence.
///
/// The report does no auditing of its own; it renders what the auditor found (see
/// `ReportFinding.init(_:)` for the conversion from `AuditFinding`).
public struct ReportFinding: Sendable, Hashable {
    /// The finding's kind as a stable code (`title-change`, `conflict`, …).
    public var kind: String
    /// The date the finding is about, if any.
    public var date: PartialDate?
    /// People involved: Person node id and name.
    public var people: [Person]
    /// Resolved titles of the offices involved.
    public var offices: [String]
    /// One line for a human.
    public var summary: String
    /// The sentences behind the finding.
    public var evidence: [Evidence]

    /// A person named by a finding.
    public struct Person: Sendable, Hashable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public init(
        kind: String, date: PartialDate?, people: [Person], offices: [String], summary: String, evidence: [Evidence]
    ) {
        self.kind = kind
        self.date = date
        self.people = people
        self.offices = offices
        self.summary = summary
        self.evidence = evidence
    }
}
