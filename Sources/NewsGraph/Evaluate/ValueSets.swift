/// One page's values as a set per kind: the unit the evaluator compares.
struct ValueSets: Equatable {
    var values: [EvaluationKind: Set<String>] = [:]

    subscript(kind: EvaluationKind) -> Set<String> {
        get { values[kind] ?? [] }
        set { values[kind] = newValue }
    }

    /// The gold's values.
    init(gold: GoldStandard) {
        self[.persons] = Set(gold.persons.map(ValueKey.person))
        self[.personOffices] = Set(gold.personOffices.map { ValueKey.office($0.person, $0.title) })
        self[.resolvedOffices] = Set(
            gold.resolvedOffices.map { ValueKey.resolvedOffice($0.person, $0.title, former: $0.former) })
        self[.organizations] = Set(gold.organizations.map(ValueKey.name))
        self[.places] = Set(gold.places.map(ValueKey.name))
        self[.events] = Set(gold.events.map { ValueKey.event($0.date, $0.noun) })
        self[.attendance] = Set(gold.attendance.map { ValueKey.attendance($0.person, $0.noun, $0.date, $0.role) })
    }

    /// The system's values for the articles of one page.
    ///
    /// Persons include bylines and credits; organisations include those that offices
    /// name; an attendance takes its event's noun and date through the event key of its article.
    init(system articles: [TaggedArticle]) {
        for tagged in articles {
            for m in tagged.mentions {
                switch m.kind {
                case .person: self[.persons].insert(ValueKey.person(m.canonical))
                case .organization: self[.organizations].insert(ValueKey.name(m.canonical))
                case .place: self[.places].insert(ValueKey.name(m.canonical))
                case .office, .event, .date: break
                }
            }
            for author in tagged.article.authors { self[.persons].insert(ValueKey.person(author.name)) }
            for claim in tagged.offices {
                self[.personOffices].insert(ValueKey.office(claim.person, claim.title))
                self[.resolvedOffices].insert(
                    ValueKey.resolvedOffice(claim.person, claim.resolvedTitle, former: claim.former))
                if let org = claim.organization, !org.isEmpty { self[.organizations].insert(ValueKey.name(org)) }
            }
            var eventsByKey: [String: EventMention] = [:]
            for event in tagged.events {
                self[.events].insert(ValueKey.event(event.date, event.noun))
                eventsByKey[event.key] = event
            }
            for a in tagged.attendances {
                // An attendance whose event key dangles still counts, as a value no gold row can match.
                let event = eventsByKey[a.event]
                self[.attendance].insert(
                    ValueKey.attendance(a.person, event?.noun ?? "?\(a.event)", event?.date, a.role))
            }
        }
    }
}
