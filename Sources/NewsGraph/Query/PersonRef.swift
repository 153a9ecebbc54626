/// A person node named in an answer: its id (unique) and its name (maybe shared).
public struct PersonRef: Sendable, Hashable, Comparable, Codable {
    /// The Person node's id; pass it instead of a name to pick one of several namesakes.
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    public static func < (lhs: PersonRef, rhs: PersonRef) -> Bool { (lhs.name, lhs.id) < (rhs.name, rhs.id) }
}
