/// One person's tenure of an office, as the evidence shows it: the answer of `holders`.
public struct Holding: Sendable, Hashable, Codable {
    /// The holder's name and Person node id.
    public var name: String
    public var person: String
    /// The office, with its history for this person.
    public var office: OfficeHistory

    public init(name: String, person: String, office: OfficeHistory) {
        self.name = name
        self.person = person
        self.office = office
    }
}
