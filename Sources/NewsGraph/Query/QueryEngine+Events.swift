extension QueryEngine {
    /// Events matching a query, with their attendees: `newsgraph attendees QUERY [--date D] [--place P]`.
    ///
    /// `query` is a part of the event's name (spaces ignored) or an Event node id; `nil`
    /// or empty matches every event. `date` matches the event's date part by part
    /// (`12-09` matches `XXXX-12-09` and `2024-12-09`). `place` matches the event's place
    /// or any administrative parent, by name or short form (`汾阳`, `吕梁市`). An event
    /// without a place is matched through its organiser's place, else the places named in
    /// the sentence announcing it, else its article's city (`places` then lists those,
    /// while `place` stays empty). Sorted by date (undated last), then name, then id.
    public func attendees(matching query: String?, date: DatePattern? = nil, place: String? = nil) -> [EventAttendees] {
        // Each attendee's sightings are gathered once per query, however many events they attended.
        var sightings: [String: CurrentSightings] = [:]
        return attendees(matching: query, date: date, place: place, sightings: &sightings, resolve: Self.unnumbered)
    }

    /// `attendees(matching:date:place:)`, taking the current sightings of the people in `sightings`
    /// when it has them (their holds edges need not be in the graph then), and adding the others'.
    /// `resolve` reads the evidence entry of a number, for the sightings that cite numbers.
    func attendees(
        matching query: String?, date: DatePattern?, place: String?, sightings: inout [String: CurrentSightings],
        resolve: (Int) throws -> Evidence
    ) rethrows -> [EventAttendees] {
        let q = query.map { $0.filter { $0 != " " && $0 != "\u{3000}" } } ?? ""
        var answer: [EventAttendees] = []
        for event in index.nodes(of: .event) {
            let name = GraphIndex.name(of: event)
            if !q.isEmpty && event.id != q && !name.contains(q) && !event.label.contains(q) { continue }
            let when = eventDate(event)
            if let date, !date.matches(when) { continue }
            let (placeName, stated) = eventPlace(event)
            var chain = stated
            if chain.isEmpty { chain = organizerPlaces(event) }
            if chain.isEmpty { chain = announcedPlaces(event) }
            if let place, !place.isEmpty, !PlaceName.matches(place, any: chain) { continue }
            answer.append(
                EventAttendees(
                    id: event.id, name: name, noun: event.properties["noun"], date: when, place: placeName,
                    places: chain, organizer: organizer(event), evidence: event.evidence,
                    attendees: try attendeesOf(event, date: when, sightings: &sightings, resolve: resolve)))
        }
        return answer.sorted {
            (Self.sortKey($0.date), $0.name, $0.id) < (Self.sortKey($1.date), $1.name, $1.id)
        }
    }

    /// The events a person attended, in date order: `newsgraph events PERSON`.
    public func events(of person: String) -> PersonResolution<PersonEvents> {
        resolvePerson(person) { node in
            var events: [PersonEvent] = []
            for edge in index.edges(from: node.id, .attended) {
                guard let event = index.node(edge.target) else { continue }
                let (roles, evidence) = attendance(edge)
                events.append(
                    PersonEvent(
                        id: event.id, name: GraphIndex.name(of: event), date: eventDate(event),
                        place: eventPlace(event).name, roles: roles, evidence: evidence))
            }
            events.sort { (Self.sortKey($0.date), $0.name, $0.id) < (Self.sortKey($1.date), $1.name, $1.id) }
            return PersonEvents(person: PersonRef(id: node.id, name: GraphIndex.name(of: node)), events: events)
        }
    }

    /// The event's date: its `date` property, else its first observed date.
    func eventDate(_ event: Node) -> PartialDate? { Self.date(ofEvent: event) }

    /// The event's date: its `date` property, else its first observed date.
    static func date(ofEvent event: Node) -> PartialDate? {
        if let s = event.properties["date"], let d = PartialDate(edtf: s) { return d }
        return event.dates.first
    }

    /// The event's place name and the chain of it and its parents.
    func eventPlace(_ event: Node) -> (name: String?, chain: [String]) {
        var name = event.properties["place"].flatMap { $0.isEmpty ? nil : $0 }
        var chain: [String] = []
        func add(_ names: [String]) { for n in names where !chain.contains(n) { chain.append(n) } }
        if let name { add(index.placeChain(named: name)) }
        for e in index.edges(from: event.id, .heldIn) {
            guard let p = index.node(e.target), p.type == .place else { continue }
            if name == nil { name = GraphIndex.name(of: p) }
            add(index.placeChain(p))
        }
        return (name, chain)
    }

    /// The organiser's name: the event's `organizer` property, else the first `organizedBy` edge's target.
    func organizer(_ event: Node) -> String? {
        if let o = event.properties["organizer"], !o.isEmpty { return o }
        return index.edges(from: event.id, .organizedBy).compactMap { index.node($0.target).map(GraphIndex.name(of:)) }.first
    }

    /// Places of the organisers (their jurisdiction or `locatedIn` place, with parents).
    func organizerPlaces(_ event: Node) -> [String] {
        var chain: [String] = []
        for e in index.edges(from: event.id, .organizedBy) {
            guard let org = index.node(e.target) else { continue }
            var names: [String] = []
            if let j = org.properties["jurisdiction"], !j.isEmpty { names += index.placeChain(named: j) }
            for l in index.edges(from: org.id, .locatedIn) {
                if let p = index.node(l.target) { names += index.placeChain(p) }
            }
            for n in names where !chain.contains(n) { chain.append(n) }
        }
        return chain
    }

    /// Places named in the sentences announcing the event (from the article's `mentions`
    /// edges), with their parents; when those name none, the article's city and its parents.
    func announcedPlaces(_ event: Node) -> [String] {
        var chain: [String] = []
        func add(_ names: [String]) { for n in names where !chain.contains(n) { chain.append(n) } }
        var cities: [String] = []
        for ev in event.evidence {
            guard let article = index.articlesByID[ev.article] else { continue }
            for m in index.edges(from: article.id, .mentions) {
                guard let p = index.node(m.target), p.type == .place,
                    m.evidence.contains(where: { $0.article == ev.article && $0.sentence == ev.sentence })
                else { continue }
                add(index.placeChain(p))
            }
            if let city = article.properties["city"], !city.isEmpty { cities.append(city) }
        }
        if chain.isEmpty { for c in cities { add(index.placeChain(named: c)) } }
        return chain
    }

    /// Roles (sorted) and evidence (sorted) of one attended edge.
    func attendance(_ edge: Edge) -> (roles: [String], evidence: [Evidence]) {
        var roles = Set(edge.observations.compactMap(\.role))
        for r in (edge.properties["role"] ?? "").split(separator: ",") where !r.isEmpty { roles.insert(String(r)) }
        if roles.isEmpty { roles.insert(AttendanceRole.attended.rawValue) }
        let evidence = Set(edge.evidence + edge.observations.map(\.evidence))
        return (roles.sorted(), evidence.sorted())
    }

    /// The attendees of one event with their offices at its date, by name then id.
    ///
    /// `sightings` keeps each person's current sightings between calls (filled here as needed).
    func attendeesOf(
        _ event: Node, date: PartialDate?, sightings: inout [String: CurrentSightings], resolve: (Int) throws -> Evidence
    ) rethrows -> [Attendee] {
        var list: [Attendee] = []
        for edge in index.edges(to: event.id, .attended) {
            guard let person = index.node(edge.source) else { continue }
            let (roles, evidence) = attendance(edge)
            let articles = Set(evidence.map(\.article))
            let current: CurrentSightings
            if let known = sightings[person.id] {
                current = known
            } else {
                current = currentSightings(of: person.id)
                sightings[person.id] = current
            }
            list.append(
                Attendee(
                    id: person.id, name: GraphIndex.name(of: person), roles: roles,
                    offices: try current.offices(at: date, articles: articles, resolve: resolve), evidence: evidence))
        }
        return list.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}
