extension QueryEngine {
    /// The resolved title of a holds edge: its own property, else its Position's title.
    func resolvedTitle(of edge: Edge) -> String {
        if let t = edge.properties["resolvedTitle"], !t.isEmpty { return t }
        guard let p = index.node(edge.target) else { return edge.target }
        return GraphIndex.name(of: p)
    }

    /// Each sentence naming the office of a holds edge.
    ///
    /// Graphs whose builder wrote no observations still answer: each evidence becomes
    /// a sighting with the edge's first written title, its former flag, and its date
    /// when the edge has exactly one.
    func sightings(of edge: Edge) -> [TitleSighting] {
        let resolved = resolvedTitle(of: edge)
        let firstForm = edge.properties["title"]?.split(separator: "；").first.map(String.init) ?? resolved
        let observations: [Observation]
        if edge.observations.isEmpty {
            let date = edge.dates.count == 1 ? edge.dates[0] : nil
            let former = edge.properties["former"] == "true"
            observations = edge.evidence.map { Observation(date: date, title: firstForm, former: former, evidence: $0) }
        } else {
            observations = edge.observations.sorted()
        }
        return observations.map { o in
            let title = o.title ?? firstForm
            return TitleSighting(
                position: edge.target, title: title, resolvedTitle: resolved, date: o.date,
                former: o.former || title.hasPrefix("原"), evidence: [o.evidence])
        }
    }

    /// One person's office over time, from one holds edge.
    func officeHistory(of edge: Edge) -> OfficeHistory {
        let sightings = sightings(of: edge)
        let position = index.node(edge.target)
        var counts: [String: Int] = [:]
        for s in sightings where !s.former { counts[s.title, default: 0] += 1 }
        if counts.isEmpty { for s in sightings { counts[s.title, default: 0] += 1 } }
        let title = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? resolvedTitle(of: edge)
        let dated = sightings.compactMap(\.date)
        let first = dated.min()
        let last = dated.max()
        let former: Bool
        if let last {
            former = sightings.filter { $0.date == last }.allSatisfy(\.former)
        } else {
            former = !sightings.isEmpty && sightings.allSatisfy(\.former)
        }
        let evidence = Array(Set(sightings.flatMap(\.evidence) + edge.evidence)).sorted()
        return OfficeHistory(
            position: edge.target, title: title, forms: Array(Set(sightings.map(\.title))).sorted(),
            resolvedTitle: resolvedTitle(of: edge), role: position?.properties["role"],
            organization: position?.properties["organization"], jurisdiction: position?.properties["jurisdiction"],
            firstSeen: first, lastSeen: last, former: former, articles: Set(evidence.map(\.article)).count,
            evidence: evidence, sightings: sightings)
    }

    /// A person's offices, by first sighting (undated last), then resolved title.
    func officeHistories(of personID: String) -> [OfficeHistory] {
        index.edges(from: personID, .holds).map(officeHistory(of:)).sorted {
            (Self.sortKey($0.firstSeen), $0.resolvedTitle, $0.position)
                < (Self.sortKey($1.firstSeen), $1.resolvedTitle, $1.position)
        }
    }

    /// The offices a person held at a date, as the evidence nearest it says.
    ///
    /// When an article of the attendance itself names the person's offices, those win
    /// (the sentence says what the person was at the event). Otherwise the current
    /// sightings at the dated sighting nearest `date`; without any date, every current
    /// sighting. One entry per office, in text order of its first evidence.
    func offices(of personID: String, at date: PartialDate?, articles: Set<String>) -> [TitleSighting] {
        currentSightings(of: personID).offices(at: date, articles: articles, resolve: Self.unnumbered)
    }

    /// The `resolve` of sightings that keep their evidence (never called for them).
    static func unnumbered(_ number: Int) -> Evidence {
        Evidence(file: "", article: "", span: Span(start: number, end: number), sentence: "", rule: "unnumbered")
    }

    /// The person's current sightings of every office, in edge (id) order, each edge's in observation order.
    func currentSightings(of personID: String) -> CurrentSightings {
        CurrentSightings(index.edges(from: personID, .holds).flatMap(sightings(of:)).filter { !$0.former })
    }

    /// True when `word` names the office: it occurs in the resolved title, a written form
    /// or the role, and not as the tail of a deputy's title (`市长` does not match `副市长`).
    static func office(_ h: OfficeHistory, matches word: String) -> Bool {
        guard !word.isEmpty else { return true }
        let texts = [h.resolvedTitle] + h.forms + (h.role.map { [$0] } ?? [])
        return texts.contains { containsNotAsDeputy($0, word) }
    }

    static func containsNotAsDeputy(_ text: String, _ word: String) -> Bool {
        var searchStart = text.startIndex
        while let r = text.range(of: word, range: searchStart..<text.endIndex) {
            let deputy = r.lowerBound > text.startIndex && text[text.index(before: r.lowerBound)] == "副"
            if !deputy || word.hasPrefix("副") { return true }
            searchStart = text.index(after: r.lowerBound)
        }
        return false
    }

    /// True when the office belongs to the place: its jurisdiction, or failing that, the
    /// place named at the start of its resolved title or organisation.
    static func office(_ h: OfficeHistory, isIn place: String) -> Bool {
        if let j = h.jurisdiction, !j.isEmpty { return PlaceName.matches(place, j) }
        let stem = PlaceName.stem(place)
        return h.resolvedTitle.hasPrefix(stem) || (h.organization?.hasPrefix(stem) ?? false)
    }
}
