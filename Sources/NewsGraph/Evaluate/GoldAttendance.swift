/// `[person, event noun, date or null, role]`: a person at an event in one role.
public struct GoldAttendance: Sendable, Hashable, Codable {
    public var person: String
    public var noun: String
    public var date: PartialDate?
    public var role: AttendanceRole

    public init(person: String, noun: String, date: PartialDate?, role: AttendanceRole) {
        self.person = person
        self.noun = noun
        self.date = date
        self.role = role
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        person = try c.decode(String.self)
        noun = try c.decode(String.self)
        date = try c.decodeNil() ? nil : try c.decode(PartialDate.self)
        role = try c.decode(AttendanceRole.self)
        try c.expectEnd("[person, noun, date, role]")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(person)
        try c.encode(noun)
        if let date { try c.encode(date) } else { try c.encodeNil() }
        try c.encode(role)
    }
}
