/// One event a person took part in, with their role and the sentences that say so.
public struct PersonEvent: Sendable, Hashable, Codable {
    /// The Event node's id.
    public var id: String
    public var name: String
    /// `null` in JSON when unknown.
    public var date: PartialDate?
    public var place: String?
    /// All roles, sorted, joined by `,`.
    public var role: String
    public var roles: [String]
    /// The attendance sentences, sorted.
    public var evidence: [Evidence]

    public init(id: String, name: String, date: PartialDate?, place: String?, roles: [String], evidence: [Evidence]) {
        self.id = id
        self.name = name
        self.date = date
        self.place = place
        self.role = roles.joined(separator: ",")
        self.roles = roles
        self.evidence = evidence
    }

    private enum CodingKeys: String, CodingKey { case id, name, date, place, role, roles, evidence }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(role, forKey: .role)
        try c.encode(roles, forKey: .roles)
        try c.encode(evidence, forKey: .evidence)
    }
}
