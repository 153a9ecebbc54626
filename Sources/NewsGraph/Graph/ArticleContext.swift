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
    /// The article's slot in `people` (its person lookups then hash only the name).
    private let personSlot: Int?
    /// The file and id the article's evidence shares (see `ArticleFacts.evidenceOrigin`).
    private let origin: EvidenceOrigin

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
        personSlot = people.slot(of: facts.id)
        origin = facts.evidenceOrigin
    }

    func contribute(to acc: inout GraphAccumulator, cache: inout ContributionCache) {
        let article = addArticle(&acc, &cache)
        let contextID = cache.context(placeContext)
        for m in facts.mentions {
            switch m.kind {
            case .place:
                let ev = acc.evidence(m.evidence)
                let parent = m.attributes["parent"].flatMap { $0.contains(",") ? nil : $0 }
                let path = cache.place(
                    m.canonical, parentHint: parent, context: placeContext, contextID: contextID, directory: places, &acc)
                let place = addPlace(path, ev, direct: true, &acc, &cache)
                acc.edge(.mentions, from: article, to: place, evidence: ev, date: issueDate)
            case .organization:
                let ev = acc.evidence(m.evidence)
                let org = addOrganization(m.canonical, ev, direct: true, contextID, &acc, &cache)
                acc.edge(.mentions, from: article, to: org, evidence: ev, date: issueDate)
            case .person:
                guard let person = personRef(m.canonical, &acc, &cache) else { continue }
                let ev = acc.evidence(m.evidence)
                acc.reinforce(person, label: m.canonical, evidence: ev, date: issueDate)
                acc.edge(.mentions, from: article, to: person, evidence: ev, date: issueDate)
            case .office, .event, .date:
                // Offices arrive as claims and events as announcements, each with more structure.
                continue
            }
        }
        for c in facts.offices { addClaim(c, article, contextID, &acc, &cache) }
        var eventRefs: [String: (ref: GraphAccumulator.NodeRef, date: PartialDate?)] = [:]
        for e in facts.events {
            eventRefs[e.key] = (addEvent(e, article, contextID, &acc, &cache), e.date)
        }
        for t in facts.attendances {
            guard let event = eventRefs[t.event], let person = personRef(t.person, &acc, &cache) else { continue }
            let date = event.date ?? issueDate
            let ev = acc.evidence(t.evidence)
            acc.reinforce(person, label: t.person, implied: ev, date: date)
            acc.edge(
                .attended, from: person, to: event.ref, evidence: ev, date: date,
                observation: (date: date, title: nil, role: t.role.rawValue, former: false))
            acc.edge(.mentions, from: article, to: person, evidence: ev, date: issueDate)
        }
        for au in facts.authors {
            guard let person = personRef(au.name, &acc, &cache) else { continue }
            let ev = acc.evidence(
                Evidence(origin: origin, span: au.span, sentence: au.name, rule: .byline))
            acc.reinforce(person, label: au.name, evidence: ev, date: issueDate)
            acc.edge(
                .authored, from: person, to: article, evidence: ev, date: issueDate,
                observation: (date: issueDate, title: nil, role: au.role.rawValue, former: false))
        }
    }

    private func addArticle(_ acc: inout GraphAccumulator, _ cache: inout ContributionCache) -> GraphAccumulator.NodeRef {
        let ev = acc.evidence(
            Evidence(origin: origin, span: facts.rawSpan, sentence: facts.headline ?? "", rule: .article))
        return acc.node(
            articleID, .article, label: facts.headline ?? facts.id,
            properties: [
                .id: facts.id, .file: facts.file, .index: String(facts.index), .contentHash: facts.contentHash,
                .headline: facts.headline, .subtitle: facts.subtitle, .date: issueDate?.edtf,
                .city: facts.metadata.city, .province: facts.metadata.province,
            ], evidence: ev, date: issueDate)
    }

    /// The node of `name` as read in this article, when it resolved to a person.
    private func personRef(
        _ name: String, _ acc: inout GraphAccumulator, _ cache: inout ContributionCache
    ) -> GraphAccumulator.NodeRef? {
        guard let personSlot, let index = people.index(slot: personSlot, name: name) else { return nil }
        return cache.person(index, resolver: people, &acc)
    }

    /// Adds `place` and its ancestors with their `locatedIn` chain; returns the place's node.
    /// `direct`: the evidence names the place itself (else it only implies it); ancestors are always implied.
    private func addPlace(
        _ place: ContributionCache.Place, _ evidence: GraphAccumulator.EvidenceRef, direct: Bool,
        _ acc: inout GraphAccumulator, _ cache: inout ContributionCache
    ) -> GraphAccumulator.NodeRef {
        var child: GraphAccumulator.NodeRef?
        for (k, step) in place.steps.enumerated() {
            let named = direct && k == 0
            acc.reinforce(
                step.ref, label: step.name, properties: [.name: step.name, .path: step.path, .level: step.level],
                evidence: named ? evidence : nil, implied: named ? nil : evidence, date: issueDate)
            if let child { acc.edge(.locatedIn, from: child, to: step.ref, evidence: evidence, date: issueDate) }
            child = step.ref
        }
        return place.steps.first?.ref ?? -1
    }

    /// Adds an organisation with its jurisdiction and parent body; returns its node.
    private func addOrganization(
        _ name: String, _ evidence: GraphAccumulator.EvidenceRef, direct: Bool, _ contextID: Int32,
        _ acc: inout GraphAccumulator, _ cache: inout ContributionCache
    ) -> GraphAccumulator.NodeRef {
        let info = cache.organization(name, directory: organizations, &acc)
        let org = info.ref
        acc.reinforce(
            org, label: name, properties: [.name: name, .jurisdiction: info.jurisdiction],
            evidence: direct ? evidence : nil, implied: direct ? nil : evidence, date: issueDate)
        if let jurisdiction = info.jurisdiction {
            let path = cache.place(
                jurisdiction, context: placeContext, contextID: contextID, directory: places, &acc)
            let place = addPlace(path, evidence, direct: false, &acc, &cache)
            acc.edge(.locatedIn, from: org, to: place, evidence: evidence, date: issueDate)
        }
        if let parent = info.parent, parent != name {
            let p = addOrganization(parent, evidence, direct: false, contextID, &acc, &cache)
            acc.edge(.partOf, from: org, to: p, evidence: evidence, date: issueDate)
        }
        return org
    }

    private func addClaim(
        _ c: OfficeClaim, _ article: GraphAccumulator.NodeRef, _ contextID: Int32, _ acc: inout GraphAccumulator,
        _ cache: inout ContributionCache
    ) {
        guard let person = personRef(c.person, &acc, &cache) else { return }
        let ev = acc.evidence(c.evidence)
        let date = c.date ?? issueDate
        let role = c.role.isEmpty ? c.resolvedTitle : c.role
        let organization = c.organization.flatMap { $0.isEmpty ? nil : $0 }
        let jurisdiction = c.jurisdiction.flatMap { $0.isEmpty ? nil : $0 }
        let owner = organization ?? jurisdiction
        let positionID = owner.map { NodeID.position(owner: $0, role: role) } ?? "position:" + NodeID.escape(c.resolvedTitle)
        let position = acc.node(
            positionID, .position, label: owner.map { "\($0) · \(role)" } ?? c.resolvedTitle,
            properties: [.title: c.resolvedTitle, .role: role, .organization: organization, .jurisdiction: jurisdiction],
            evidence: ev, date: date)
        acc.reinforce(person, label: c.person, implied: ev, date: date)
        acc.edge(
            .holds, from: person, to: position, evidence: ev, date: date,
            observation: (date: date, title: c.title, role: nil, former: c.former),
            properties: [.resolvedTitle: c.resolvedTitle])
        if let organization {
            let org = addOrganization(organization, ev, direct: false, contextID, &acc, &cache)
            acc.edge(.partOf, from: position, to: org, evidence: ev, date: date)
        } else if let jurisdiction {
            let path = cache.place(jurisdiction, context: placeContext, contextID: contextID, directory: places, &acc)
            let place = addPlace(path, ev, direct: false, &acc, &cache)
            acc.edge(.locatedIn, from: position, to: place, evidence: ev, date: date)
        }
        acc.edge(.mentions, from: article, to: position, evidence: ev, date: issueDate)
        acc.edge(.mentions, from: article, to: person, evidence: ev, date: issueDate)
    }

    private func addEvent(
        _ e: EventMention, _ article: GraphAccumulator.NodeRef, _ contextID: Int32, _ acc: inout GraphAccumulator,
        _ cache: inout ContributionCache
    ) -> GraphAccumulator.NodeRef {
        var place: ContributionCache.Place?
        if let p = e.place, !p.isEmpty {
            place = cache.place(p, context: placeContext, contextID: contextID, directory: places, &acc)
        }
        let resolved = events.resolve(e, in: facts, placePath: place?.path ?? [])
        let ev = acc.evidence(e.evidence)
        let name = e.name.isEmpty ? e.noun : e.name
        let event = acc.node(
            resolved.id, .event, label: name,
            properties: [
                .name: name, .noun: e.noun, .date: e.date?.edtf, .place: resolved.placePath.last,
                .organizer: e.organizer,
            ], evidence: ev, date: e.date ?? issueDate)
        if let place, !place.path.isEmpty {
            let node = addPlace(place, ev, direct: false, &acc, &cache)
            acc.edge(.heldIn, from: event, to: node, evidence: ev, date: e.date ?? issueDate)
        }
        if let organizer = e.organizer, !organizer.isEmpty {
            let org = addOrganization(organizer, ev, direct: false, contextID, &acc, &cache)
            acc.edge(.organizedBy, from: event, to: org, evidence: ev, date: e.date ?? issueDate)
        }
        acc.edge(.mentions, from: article, to: event, evidence: ev, date: issueDate)
        return event
    }
}
