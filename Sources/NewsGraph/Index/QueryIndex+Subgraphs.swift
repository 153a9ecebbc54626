extension QueryIndex {
    /// The part of the graph `QueryEngine.titles(of:)` (or, with `events`, `events(of:)`) reads
    /// to answer about `query`: the people it names, all their relations (for article counts),
    /// their offices, and — for `events` and one person — the events they attended with the
    /// places those events were held in.
    ///
    /// Nil for an empty query (the index leaves that to the whole graph); throws when the index
    /// turns out damaged or does not match the graph file.
    public func personGraph(matching query: String, events: Bool) throws -> KnowledgeGraph? {
        guard !query.isEmpty else { return nil }
        var g = SubgraphLoader(self)
        let people = try matchPeople(query, &g)
        for p in people {
            try g.node(p)
            for e in try edges(of: p, outgoing: true) {
                try g.edge(e)
                switch try edgeType(e) {
                case .holds: try g.node(try g.target(e), evidence: false)
                case .attended where events && people.count == 1: try loadEventPlace(try g.target(e), &g)
                default: break
                }
            }
        }
        return g.graph()
    }

    /// The part of the graph `QueryEngine.attendees(matching:date:place:)` reads for these arguments.
    ///
    /// However many events match: reading their fragments costs less time and far less memory
    /// than reading the whole graph even when nearly every event matches (100k articles, 49k
    /// events: 18 s and 0.8 GB against 25 s and 2 GB).
    public func attendeesGraph(matching query: String?, date: DatePattern?) throws -> KnowledgeGraph {
        var g = SubgraphLoader(self)
        // The same text the engine matches by: spaces (ASCII and ideographic) removed.
        let q = query.map { $0.filter { $0 != " " && $0 != "\u{3000}" } } ?? ""
        var candidates: [Int] = []
        let all = try nameEntries(of: .event)
        let matching = q.isEmpty ? Array(all) : try entries(of: .event, containing: q, labels: true)
        for k in matching {
            if let date {
                let text = try nameString(k, 2).string
                if !date.matches(text.isEmpty ? nil : PartialDate(edtf: text)) { continue }
            }
            candidates.append(try u32(.nameOrdinals, k))
        }
        if !q.isEmpty {
            for o in try ordinals(ofID: q) where try nodeType(o) == .event && (try g.node(o)).id == q { candidates.append(o) }
        }
        for event in Set(candidates).sorted() { try loadAttendees(event, &g) }
        return g.graph()
    }

    /// Ordinals of the people `QueryEngine.matchPeople` finds for `query`: the Person with that
    /// id, else those with exactly that name or label, else those whose name contains it.
    func matchPeople(_ query: String, _ g: inout SubgraphLoader) throws -> [Int] {
        for o in try ordinals(ofID: query) where try nodeType(o) == .person {
            if try g.node(o).id == query { return [o] }
        }
        let key = NameBytes.key(query)
        var exact: [Int] = []
        for k in try nameEntries(of: .person) {
            if try nameString(k, 0).equals(query, key: key) || nameString(k, 1).equals(query, key: key) {
                exact.append(try u32(.nameOrdinals, k))
            }
        }
        if !exact.isEmpty { return exact }
        return try entries(of: .person, containing: query, labels: false).map { try u32(.nameOrdinals, $0) }
    }

    /// What `QueryEngine.eventPlace` reads: the event, its `place` property's places, its `heldIn` places.
    private func loadEventPlace(_ event: Int, _ g: inout SubgraphLoader) throws {
        // `events` reads the event's name, date and place, not its evidence (the attended edge's is cited).
        let node = try g.node(event, evidence: false)
        if let name = node.properties["place"], !name.isEmpty { try g.loadPlaceChain(named: name) }
        for e in try g.edges(of: event, .heldIn, outgoing: true) {
            try g.edge(e, evidence: false)
            let t = try g.target(e)
            if try nodeType(t) == .place { try g.loadPlaceChain(t) }
        }
    }

    /// What `QueryEngine.attendees` reads about one event: its place (stated, else its
    /// organisers', else the places announced with it), organiser, and attendees with their offices.
    ///
    /// The offices (holds edges and their positions) of the attendees for whom `needsOffices`
    /// says false are not read: the caller has their sightings already.
    func loadAttendees(
        _ event: Int, _ g: inout SubgraphLoader, needsOffices: (String) -> Bool = { _ in true }
    ) throws {
        try loadEvent(event, &g)
        try loadAttendance(event, &g, needsOffices: needsOffices)
    }

    /// What `QueryEngine.attendees` reads about one event but its attendees: the event, its place
    /// (stated, else its organisers', else the places announced with it) and organiser.
    func loadEvent(_ event: Int, _ g: inout SubgraphLoader) throws {
        let node = try g.node(event)
        try loadEventPlace(event, &g)
        var stated = !(node.properties["place"] ?? "").isEmpty
        for e in try g.edges(of: event, .heldIn, outgoing: true) where try nodeType(try g.target(e)) == .place { stated = true }
        var organized = false
        for e in try g.edges(of: event, .organizedBy, outgoing: true) {
            try g.edge(e, evidence: false)
            let org = try g.target(e)
            let orgNode = try g.node(org, evidence: false)
            if let j = orgNode.properties["jurisdiction"], !j.isEmpty {
                try g.loadPlaceChain(named: j)
                organized = true
            }
            for l in try g.edges(of: org, .locatedIn, outgoing: true) {
                try g.edge(l, evidence: false)
                try g.loadPlaceChain(try g.target(l))
                organized = true
            }
        }
        if !stated && !organized { try loadAnnouncedPlaces(node, &g) }
    }

    /// What `QueryEngine.attendees` reads about one event's attendees: their attended edges and
    /// offices (but those of the people for whom `needsOffices` says false).
    func loadAttendance(_ event: Int, _ g: inout SubgraphLoader, needsOffices: (String) -> Bool) throws {
        for e in try g.edges(of: event, .attended, outgoing: false) {
            try g.edge(e)
            let person = try g.source(e)
            guard needsOffices(try g.node(person, evidence: false).id) else { continue }
            for h in try g.edges(of: person, .holds, outgoing: true) {
                // Their evidence's numbers let the caller keep the sightings without their evidence.
                g.recordingNumbers = true
                defer { g.recordingNumbers = false }
                try g.edge(h)
                try g.node(try g.target(h), evidence: false)
            }
        }
    }

    /// What `QueryEngine.announcedPlaces` reads: the articles announcing the event, the places
    /// they mention, their cities.
    private func loadAnnouncedPlaces(_ event: Node, _ g: inout SubgraphLoader) throws {
        for ev in event.evidence {
            for a in try articleOrdinals(ev.article) where try nodeType(a) == .article {
                let article = try g.node(a, evidence: false)
                guard article.properties["id"] == ev.article else { continue }
                for m in try g.edges(of: a, .mentions, outgoing: true) where try nodeType(try g.target(m)) == .place {
                    try g.edge(m)
                    try g.loadPlaceChain(try g.target(m))
                }
                if let city = article.properties["city"], !city.isEmpty { try g.loadPlaceChain(named: city) }
            }
        }
    }
}
