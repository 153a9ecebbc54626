/// `[name, title]`: one office chain link exactly as written.
public struct GoldOffice: Sendable, Hashable, Codable {
    public var person: String
    public var title: String

    public init(person: String, title: String) {
        self.person = person
        self.title = title
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        person = try c.decode(String.self)
        title = try c.decode(String.self)
        try c.expectEnd("[name, title]")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(person)
        try c.encode(title)
    }
}

/// `[name, resolvedTitle]` or `[name, resolvedTitle, true]` for a former office.
public struct GoldResolvedOffice: Sendable, Hashable, Codable {
    public var person: String
    public var title: String
    public var former: Bool

    public init(person: String, title: String, former: Bool = false) {
        self.person = person
        self.title = title
        self.former = former
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        person = try c.decode(String.self)
        title = try c.decode(String.self)
        former = c.isAtEnd ? false : try c.decode(Bool.self)
        try c.expectEnd("[name, resolvedTitle] or [name, resolvedTitle, true]")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(person)
        try c.encode(title)
        if former { try c.encode(true) }
    }
}

/// `[date or null, noun, name]`: an event the page announces.
public struct GoldEvent: Sendable, Hashable, Codable {
    public var date: PartialDate?
    /// The event noun that classifies it (`推进会`, `约谈会`…).
    public var noun: String
    /// The name as announced (informational; not compared).
    public var name: String

    public init(date: PartialDate?, noun: String, name: String) {
        self.date = date
        self.noun = noun
        self.name = name
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        date = try c.decodeNil() ? nil : try c.decode(PartialDate.self)
        noun = try c.decode(String.self)
        name = try c.decode(String.self)
        try c.expectEnd("[date, noun, name]")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        if let date { try c.encode(date) } else { try c.encodeNil() }
        try c.encode(noun)
        try c.encode(name)
    }
}

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

extension UnkeyedDecodingContainer {
    /// Fails when a row has more elements than its shape allows.
    fileprivate func expectEnd(_ shape: String) throws {
        guard isAtEnd else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "too many elements; expected \(shape)"))
        }
    }
}
