extension QueryIndex {
    /// Events a batch of `attendees(matching:date:place:eventsPerBatch:_:)` reads by default.
    public static let attendeeEventsPerBatch = 512

    /// The answer of `QueryEngine.attendees(matching:date:place:)`, handed to `body` event by
    /// event in the same order, read from the graph file a batch of events at a time.
    ///
    /// The events are put in the answer's order from the index alone (date, name, then id:
    /// ordinals follow ids, as an index exists only for a file sorted by id); then each batch's
    /// neighbourhood is read into a small graph, answered, handed on and dropped. Memory
    /// follows the batch, not the number of matching events, and the first events come out
    /// before the last are read. Each event is the one the whole graph answers.
    ///
    /// Throws when the index turns out damaged or does not match the graph file, and rethrows
    /// what `body` throws; events already handed on stay handed on (the rest of the whole
    /// graph's answer, past as many events, completes them).
    public func attendees(
        matching query: String?, date: DatePattern?, place: String?, eventsPerBatch: Int = attendeeEventsPerBatch,
        sightingsKept: Int = 1 << 23, _ body: (EventAttendees) throws -> Void
    ) throws {
        let order = try attendeeEventOrder(matching: query, date: date)
        // Each attendee's current sightings, kept from batch to batch (a busy person attends events
        // all through the answer) citing their evidence by number: some 50 bytes a sighting. Past
        // `sightingsKept` of them they are started afresh, so that memory stays bounded.
        var sightings: [String: CurrentSightings] = [:]
        var kept = 0
        var places: [String: [Int]]?
        var start = 0
        while start < order.count {
            let batch = order[start..<min(start + max(1, eventsPerBatch), order.count)]
            start = batch.endIndex
            if kept > sightingsKept {
                sightings = [:]
                kept = 0
            }
            var g = SubgraphLoader(self, places: places)
            var rank: [String: Int] = [:]
            for (i, event) in batch.enumerated() {
                try loadEvent(event, &g)
                rank[try g.node(event).id] = i
            }
            var attending = Array(batch)
            if let place, !place.isEmpty {
                // The events of the place only: the others' attendees and offices are not read.
                let placed = Set(QueryEngine(graph: g.graph()).attendees(matching: query, date: date, place: place).map(\.id))
                attending = try attending.filter { placed.contains(try g.node($0).id) }
            }
            var fresh: Set<String> = []
            for event in attending {
                try loadAttendance(event, &g) { person in
                    guard sightings[person] == nil else { return false }
                    fresh.insert(person)
                    return true
                }
            }
            let engine = QueryEngine(graph: g.graph())
            let answers = try engine.attendees(
                matching: query, date: date, place: place, sightings: &sightings, resolve: { try g.evidence($0) })
            for person in fresh {
                let local = sightings[person] ?? engine.currentSightings(of: person)
                sightings[person] = local.numbered { g.number(of: $0) }
                kept += local.count
            }
            places = g.placeTable
            // Pages read for this batch count as this process's memory until given back (they stay cached).
            graph.release(0..<graph.count)
            index.release(0..<index.count)
            var last = -1
            for answer in answers {
                guard let r = rank[answer.id] else { continue }
                // The index's order must be the engine's: were it not, the answer would come out of order.
                guard r > last else { throw Damaged("the events do not sort as the index says") }
                last = r
                try body(answer)
            }
        }
    }

    /// Ordinals of the events `attendeesGraph(matching:date:)` reads, in the order
    /// `QueryEngine.attendees` answers them: by date (undated last), name, then id.
    func attendeeEventOrder(matching query: String?, date: DatePattern?) throws -> [Int] {
        struct Key {
            let date: PartialDate
            let name: String
            let ordinal: Int
        }
        var keys: [Key] = []
        var seen: Set<Int> = []
        let q = Self.eventQueryText(query)
        let matching = q.isEmpty ? Array(try nameEntries(of: .event)) : try entries(of: .event, containing: q, labels: true)
        for k in matching {
            let text = try nameString(k, 2).string
            let when = text.isEmpty ? nil : PartialDate(edtf: text)
            if let date, !date.matches(when) { continue }
            let ordinal = try u32(.nameOrdinals, k)
            if seen.insert(ordinal).inserted {
                keys.append(Key(date: QueryEngine.sortKey(when), name: try nameString(k, 0).string, ordinal: ordinal))
            }
        }
        if !q.isEmpty {
            var g = SubgraphLoader(self)
            for o in try ordinals(ofID: q) where try nodeType(o) == .event {
                let node = try g.node(o, evidence: false)
                guard node.id == q, !seen.contains(o) else { continue }
                let when = QueryEngine.date(ofEvent: node)
                if let date, !date.matches(when) { continue }
                seen.insert(o)
                keys.append(Key(date: QueryEngine.sortKey(when), name: GraphIndex.name(of: node), ordinal: o))
            }
        }
        keys.sort { a, b in
            // As the engine's `(sortKey(date), name, id) <`, with `StringOrder` for `String`'s order.
            if a.date != b.date { return a.date < b.date }
            let c = StringOrder.compare(a.name, b.name)
            if c != 0 { return c < 0 }
            return a.ordinal < b.ordinal
        }
        return keys.map(\.ordinal)
    }

    /// The text an event query matches by: spaces (ASCII and ideographic) removed, as the engine does.
    static func eventQueryText(_ query: String?) -> String {
        query.map { $0.filter { $0 != " " && $0 != "\u{3000}" } } ?? ""
    }
}
