/// One article's contribution to the graph: its nodes and edges, resolved against the whole fact set.
struct ArticleContext {
    let facts: ArticleFacts
    let places: PlaceDirectory
    let organizations: OrganizationDirectory
    let people: PersonResolver
    let events: EventResolver
    private let placeContext: PlaceContext
    private let articleID: String
    private let issueDate: PartialDate?

    init(
        facts: ArticleFacts, places: PlaceDirectory, organizations: OrganizationDirectory,
        people: PersonResolver, events: EventResolver
    ) {
        self.facts = facts
        self.places = places
        self.organizations = organizations
        self.people = people
        self.events = events
        placeContext = PlaceContext(facts.metadata)
        articleID = NodeID.article(facts.id)
        issueDate = facts.metadata.date
    }

    func contribute(to acc: inout GraphAccumulator) {
        addArticle(&acc)
        for m in facts.mentions {
            switch m.kind {
            case .place:
                let parent = m.attributes["parent"].flatMap { $0.contains(",") ? nil : $0 }
                let path = places.path(of: m.canonical, parentHint: parent, context: placeContext)
                let id = addPlace(path, m.evidence, direct: true, &acc)
                acc.edge(.mentions, from: articleID, to: id, evidence: m.evidence, date: issueDate)
            case .organization:
                let id = addOrganization(m.canonical, m.evidence, direct: true, &acc)
                acc.edge(.mentions, from: articleID, to: id, evidence: m.evidence, date: issueDate)
            case .person:
                guard let id = people.id(article: facts.id, name: m.canonical) else { continue }
                acc.node(id, .person, label: m.canonical, evidence: m.evidence, date: issueDate)
                acc.edge(.mentions, from: articleID, to: id, evidence: m.evidence, date: issueDate)
            case .office, .event, .date:
                // Offices arrive as claims and events as announcements, each with more structure.
                continue
            }
        }
        for c in facts.offices { addClaim(c, &acc) }
        var eventIDs: [String: (id: String, date: PartialDate?)] = [:]
        for e in facts.events {
            eventIDs[e.key] = (addEvent(e, &acc), e.date)
        }
        for t in facts.attendances {
            guard let person = people.id(article: facts.id, name: t.person), let event = eventIDs[t.event] else { continue }
            let date = event.date ?? issueDate
            acc.node(person, .person, label: t.person, implied: t.evidence, date: date)
            acc.edge(
                .attended, from: person, to: event.id, evidence: t.evidence, date: date,
                observation: Observation(date: date, role: t.role.rawValue, evidence: t.evidence))
            acc.edge(.mentions, from: articleID, to: person, evidence: t.evidence, date: issueDate)
        }
        for au in facts.authors {
            guard let person = people.id(article: facts.id, name: au.name) else { continue }
            let ev = Evidence(file: facts.file, article: facts.id, span: au.span, sentence: au.name, rule: "byline")
            acc.node(person, .person, label: au.name, evidence: ev, date: issueDate)
            acc.edge(
                .authored, from: person, to: articleID, evidence: ev, date: issueDate,
                observation: Observation(date: issueDate, role: au.role.rawValue, evidence: ev))
        }
    }

    private func addArticle(_ acc: inout GraphAccumulator) {
        let ev = Evidence(
            file: facts.file, article: facts.id, span: facts.rawSpan, sentence: facts.headline ?? "", rule: "article")
        var props = [
            "id": facts.id, "file": facts.file, "index": String(facts.index), "contentHash": facts.contentHash,
        ]
        props["headline"] = facts.headline
        props["subtitle"] = facts.subtitle
        props["date"] = issueDate?.edtf
        props["city"] = facts.metadata.city
        props["province"] = facts.metadata.province
        acc.node(articleID, .article, label: facts.headline ?? facts.id, properties: props, evidence: ev, date: issueDate)
    }

    /// Adds the place at `path` and its ancestors with their `locatedIn` chain; returns the place's id.
    /// `direct`: the evidence names the place itself (else it only implies it); ancestors are always implied.
    private func addPlace(_ path: [String], _ evidence: Evidence, direct: Bool, _ acc: inout GraphAccumulator) -> String {
        var child: String?
        for depth in stride(from: path.count, to: 0, by: -1) {
            let prefix = Array(path[0..<depth])
            let name = prefix[depth - 1]
            let id = NodeID.place(path: prefix)
            var props = ["name": name, "path": prefix.joined(separator: "/")]
            props["level"] = places.level(of: name)
            let named = direct && depth == path.count
            acc.node(
                id, .place, label: name, properties: props, evidence: named ? evidence : nil,
                implied: named ? nil : evidence, date: issueDate)
            if let child { acc.edge(.locatedIn, from: child, to: id, evidence: evidence, date: issueDate) }
            child = id
        }
        return NodeID.place(path: path)
    }

    /// Adds an organisation with its jurisdiction and parent body; returns its id.
    private func addOrganization(_ name: String, _ evidence: Evidence, direct: Bool, _ acc: inout GraphAccumulator) -> String {
        let id = NodeID.organization(name)
        let jurisdiction = organizations.jurisdiction(of: name)
        var props = ["name": name]
        props["jurisdiction"] = jurisdiction
        acc.node(
            id, .organization, label: name, properties: props, evidence: direct ? evidence : nil,
            implied: direct ? nil : evidence, date: issueDate)
        if let jurisdiction {
            let place = addPlace(places.path(of: jurisdiction, context: placeContext), evidence, direct: false, &acc)
            acc.edge(.locatedIn, from: id, to: place, evidence: evidence, date: issueDate)
        }
        if let parent = organizations.parent(of: name), parent != name {
            let pid = addOrganization(parent, evidence, direct: false, &acc)
            acc.edge(.partOf, from: id, to: pid, evidence: evidence, date: issueDate)
        }
        return id
    }

    private func addClaim(_ c: OfficeClaim, _ acc: inout GraphAccumulator) {
        guard let person = people.id(article: facts.id, name: c.person) else { return }
        let date = c.date ?? issueDate
        let role = c.role.isEmpty ? c.resolvedTitle : c.role
        let organization = c.organization.flatMap { $0.isEmpty ? nil : $0 }
        let jurisdiction = c.jurisdiction.flatMap { $0.isEmpty ? nil : $0 }
        let owner = organization ?? jurisdiction
        let position = owner.map { NodeID.position(owner: $0, role: role) } ?? "position:" + NodeID.escape(c.resolvedTitle)
        var props = ["title": c.resolvedTitle, "role": role]
        props["organization"] = organization
        props["jurisdiction"] = jurisdiction
        acc.node(
            position, .position, label: owner.map { "\($0) · \(role)" } ?? c.resolvedTitle, properties: props,
            evidence: c.evidence, date: date)
        acc.node(person, .person, label: c.person, implied: c.evidence, date: date)
        acc.edge(
            .holds, from: person, to: position, evidence: c.evidence, date: date,
            observation: Observation(date: date, title: c.title, former: c.former, evidence: c.evidence),
            properties: ["resolvedTitle": c.resolvedTitle])
        if let organization {
            let org = addOrganization(organization, c.evidence, direct: false, &acc)
            acc.edge(.partOf, from: position, to: org, evidence: c.evidence, date: date)
        } else if let jurisdiction {
            let place = addPlace(places.path(of: jurisdiction, context: placeContext), c.evidence, direct: false, &acc)
            acc.edge(.locatedIn, from: position, to: place, evidence: c.evidence, date: date)
        }
        acc.edge(.mentions, from: articleID, to: position, evidence: c.evidence, date: issueDate)
        acc.edge(.mentions, from: articleID, to: person, evidence: c.evidence, date: issueDate)
    }

    private func addEvent(_ e: EventMention, _ acc: inout GraphAccumulator) -> String {
        let resolved = events.resolve(e, in: facts)
        let name = e.name.isEmpty ? e.noun : e.name
        var props = ["name": name, "noun": e.noun]
        props["date"] = e.date?.edtf
        props["place"] = resolved.placePath.last
        props["organizer"] = e.organizer
        acc.node(resolved.id, .event, label: name, properties: props, evidence: e.evidence, date: e.date ?? issueDate)
        if !resolved.placePath.isEmpty {
            let place = addPlace(resolved.placePath, e.evidence, direct: false, &acc)
            acc.edge(.heldIn, from: resolved.id, to: place, evidence: e.evidence, date: e.date ?? issueDate)
        }
        if let organizer = e.organizer, !organizer.isEmpty {
            let org = addOrganization(organizer, e.evidence, direct: false, &acc)
            acc.edge(.organizedBy, from: resolved.id, to: org, evidence: e.evidence, date: e.date ?? issueDate)
        }
        acc.edge(.mentions, from: articleID, to: resolved.id, evidence: e.evidence, date: issueDate)
        return resolved.id
    }
}
