extension ReportFinding {
    /// The report's view of one of the auditor's findings (`newsgraph audit` prints the same).
    public init(_ finding: AuditFinding) {
        self.init(
            kind: finding.kind.rawValue, date: finding.date,
            people: finding.people.map { Person(id: $0.id, name: $0.name) },
            offices: finding.offices, summary: finding.summary, evidence: finding.evidence)
    }
}
