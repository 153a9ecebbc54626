/// An article being written: its parts for the page renderer and its ground truth.
struct SyntheticDraft: Sendable {
    var headline = ""
    var subtitle: String?
    /// A byline standing on its own line above the body (`□ 本报记者 …`).
    var bylineLine: String?
    var paragraphs: [String] = []
    /// A picture caption and its credit, printed after the body.
    var photo: (caption: String, credit: String)?
    var people: [SyntheticPersonMention] = []
    var events: [SyntheticEvent] = []

    /// Records a person named in the article (first mention wins).
    mutating func mention(
        _ person: SyntheticPopulation.Person, _ kind: SyntheticPersonMention.Kind, offices: [String] = [],
        jurisdiction: String? = nil
    ) {
        guard !people.contains(where: { $0.personID == person.id }) else { return }
        people.append(
            SyntheticPersonMention(
                personID: person.id, name: person.name, kind: kind, offices: offices, jurisdiction: jurisdiction))
    }

    /// Adds an event with its attendees.
    mutating func event(
        _ name: String, noun: String, date: PartialDate, _ attendees: [(SyntheticPopulation.Person, [AttendanceRole])]
    ) {
        let list = attendees.map { SyntheticAttendance(personID: $0.0.id, name: $0.0.name, roles: $0.1) }
        events.append(SyntheticEvent(name: name, noun: noun, date: date, attendees: list))
    }
}
