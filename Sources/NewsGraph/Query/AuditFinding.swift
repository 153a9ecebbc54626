/// Something an auditor of officials' titles should look at, with the evidence behind it.
public struct AuditFinding: Sendable, Hashable, Codable, Comparable {
    /// What kind of finding.
    public enum Kind: String, Sendable, Codable, CaseIterable, Comparable {
        /// A person seen in one office, later in a different one (and the first no longer seen).
        case titleChange = "title-change"
        /// An office written as former (`原…`).
        case formerOffice = "former-office"
        /// An office written as former, and seen as current on that date or later.
        case formerContradicted = "former-contradicted"
        /// Two or more people in one single-holder office on the same date.
        case conflict
        /// One person, one date, articles that disagree on the office (`市长` vs `副市长`,
        /// or former in one and current in another).
        case disagreement
        /// Several Person nodes share a name and were kept apart.
        case homonym

        /// Report order.
        var rank: Int { Self.allCases.firstIndex(of: self)! }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    public var kind: Kind
    /// The date the finding is about (the later date for changes); `null` when none.
    public var date: PartialDate?
    /// People involved, sorted.
    public var people: [PersonRef]
    /// Resolved titles involved, in the order the summary names them.
    public var offices: [String]
    /// One line for a human, naming people, offices and dates.
    public var summary: String
    /// The sentences behind the finding, sorted.
    public var evidence: [Evidence]

    public init(kind: Kind, date: PartialDate?, people: [PersonRef], offices: [String], summary: String, evidence: [Evidence]) {
        self.kind = kind
        self.date = date
        self.people = people.sorted()
        self.offices = offices
        self.summary = summary
        self.evidence = Array(Set(evidence)).sorted()
    }

    public static func < (lhs: AuditFinding, rhs: AuditFinding) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        let ld = lhs.date ?? PartialDate(year: Int.max)
        let rd = rhs.date ?? PartialDate(year: Int.max)
        if ld != rd { return ld < rd }
        let lp = lhs.people.map(\.id).joined(separator: "|")
        let rp = rhs.people.map(\.id).joined(separator: "|")
        if lp != rp { return lp < rp }
        return (lhs.offices.joined(separator: "|"), lhs.summary) < (rhs.offices.joined(separator: "|"), rhs.summary)
    }

    private enum CodingKeys: String, CodingKey { case kind, date, people, offices, summary, evidence }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(people, forKey: .people)
        try c.encode(offices, forKey: .offices)
        try c.encode(summary, forKey: .summary)
        try c.encode(evidence, forKey: .evidence)
    }
}
