/// An event with its date, place and attendees: the answer of `attendees`.
public struct EventAttendees: Sendable, Hashable, Codable {
    /// The Event node's id.
    public var id: String
    public var name: String
    /// The event noun (`推进会`), when known.
    public var noun: String?
    /// `null` in JSON when unknown.
    public var date: PartialDate?
    /// Where it was held (canonical place name), when known.
    public var place: String?
    /// The place and its administrative parents, nearest first.
    public var places: [String]
    /// The organiser, when known.
    public var organizer: String?
    /// Where the event is announced.
    public var evidence: [Evidence]
    /// Attendees by name, then id.
    public var attendees: [Attendee]

    public init(
        id: String, name: String, noun: String?, date: PartialDate?, place: String?, places: [String],
        organizer: String?, evidence: [Evidence], attendees: [Attendee]
    ) {
        self.id = id
        self.name = name
        self.noun = noun
        self.date = date
        self.place = place
        self.places = places
        self.organizer = organizer
        self.evidence = evidence
        self.attendees = attendees
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, noun, date, place, places, organizer, evidence, attendees
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(noun, forKey: .noun)
        try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(places, forKey: .places)
        try c.encode(organizer, forKey: .organizer)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(attendees, forKey: .attendees)
    }
}
