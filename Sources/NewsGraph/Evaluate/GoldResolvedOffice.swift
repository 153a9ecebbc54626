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
