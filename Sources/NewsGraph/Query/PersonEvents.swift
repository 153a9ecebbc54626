/// The events one person attended, in date order: the answer of `events`.
public struct PersonEvents: Sendable, Hashable, Codable {
    public var person: PersonRef
    /// By date (partial dates near their full neighbours, undated last), then name.
    public var events: [PersonEvent]

    public init(person: PersonRef, events: [PersonEvent]) {
        self.person = person
        self.events = events
    }
}
