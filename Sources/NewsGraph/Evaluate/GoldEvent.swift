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
