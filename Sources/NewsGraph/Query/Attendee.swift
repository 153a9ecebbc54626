/// A person at an event: their role(s), the offices they held at its date, and the sentences.
public struct Attendee: Sendable, Hashable, Codable {
    /// The Person node's id.
    public var id: String
    public var name: String
    /// All roles, sorted, joined by `,` (`attended,spoke`).
    public var role: String
    /// All roles, sorted (`AttendanceRole` raw values).
    public var roles: [String]
    /// Offices held at the event's date: from the same article when it names them, else
    /// from the holds sightings nearest that date; former offices left out.
    public var offices: [TitleSighting]
    /// The sentences saying the person took part, sorted.
    public var evidence: [Evidence]

    public init(id: String, name: String, roles: [String], offices: [TitleSighting], evidence: [Evidence]) {
        self.id = id
        self.name = name
        self.role = roles.joined(separator: ",")
        self.roles = roles
        self.offices = offices
        self.evidence = evidence
    }
}
