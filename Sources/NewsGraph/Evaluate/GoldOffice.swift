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
