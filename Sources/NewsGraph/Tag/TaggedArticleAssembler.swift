/// Turns the rules' findings into the public `TaggedArticle`: mentions with evidence, office claims
/// with resolved titles and dates, events with keys, attendance; one resolver picks the mentions shown.
struct TaggedArticleAssembler {
    let doc: TagDocument
    let article: Article
    let linker: EventLinker
    let resolver: TitleResolver
    let known: KnownNameRule

    func assemble(_ f: Findings) -> TaggedArticle {
        let persons = f.persons
        let organizations = f.organizations
        let places = f.places
        let events = f.events
        let attendances = f.attendances
        let dates = f.dates
        let builder = EvidenceBuilder(doc: doc, article: article)
        let firstDate: PartialDate? =
            dates.first(where: { $0.form != .relative && $0.date.month != nil })?.date ?? article.metadata.date
        var mentions: [Mention] = []
        var offices: [OfficeClaim] = []
        for p in persons {
            let name = doc.text(p.name)
            mentions.append(
                Mention(
                    kind: .person, text: name, canonical: name, cleanRange: p.name,
                    evidence: builder.evidence(p.name, rule: p.rule)))
            guard !p.links.isEmpty else { continue }
            let sentence = doc.sentence(containing: p.name.lowerBound)
            // A date the sentence states before the name (`3月15日，…原副县长郑国华…`) dates its offices;
            // else the sentence's event, else the article's first date.
            let own = dates.last(where: {
                $0.form != .relative && $0.date.month != nil && sentence.contains($0.cleanRange.lowerBound)
                    && $0.cleanRange.upperBound <= p.name.lowerBound
            })?.date
            let date = own ?? linker.event(forSentence: sentence).flatMap { events[$0].date } ?? firstDate
            for o in resolver.resolve(p.links) {
                // The link and the name, in whichever order the text has them (appointments name first).
                let span = min(o.range.lowerBound, p.name.lowerBound)..<max(o.range.upperBound, p.name.upperBound)
                let ev = builder.evidence(span, rule: p.rule)
                offices.append(
                    OfficeClaim(
                        person: name, title: o.title, resolvedTitle: o.resolvedTitle, organization: o.organization,
                        jurisdiction: o.jurisdiction, role: o.role, former: o.former, date: date, evidence: ev))
                var attrs = ["role": o.role]
                if resolver.isSingleHolder(o) { attrs["single"] = "1" }
                if o.former { attrs["former"] = "1" }
                if let org = o.organization { attrs["organization"] = org }
                mentions.append(
                    Mention(
                        kind: .office, text: o.title, canonical: o.resolvedTitle, cleanRange: o.range,
                        evidence: builder.evidence(o.range, rule: p.rule), attributes: attrs))
            }
        }
        // Authors the text stage found outside the body (bylines, credits) keep their own raw span.
        for a in article.authors
        where known.isPlausible(a.name) && !mentions.contains(where: { $0.kind == .person && $0.text == a.name }) {
            let ev = Evidence(origin: builder.origin, span: a.span, sentence: "", rule: .byline)
            mentions.append(
                Mention(
                    kind: .person, text: a.name, canonical: a.name, cleanRange: 0..<0, evidence: ev,
                    attributes: ["author": a.role.rawValue]))
        }
        for o in organizations {
            var attrs: [String: String] = [:]
            if let j = o.jurisdiction { attrs["jurisdiction"] = j }
            mentions.append(
                Mention(
                    kind: .organization, text: doc.text(o.range), canonical: o.canonical, cleanRange: o.range,
                    evidence: builder.evidence(o.range, rule: o.rule), attributes: attrs))
        }
        for p in places {
            var attrs = ["level": p.level]
            if let parent = p.parent { attrs["parent"] = parent }
            mentions.append(
                Mention(
                    kind: .place, text: doc.text(p.range), canonical: p.canonical, cleanRange: p.range,
                    evidence: builder.evidence(p.range, rule: p.rule), attributes: attrs))
        }
        var eventMentions: [EventMention] = []
        for (i, e) in events.enumerated() {
            let name = e.composedName ?? doc.text(e.name)
            eventMentions.append(
                EventMention(
                    key: "E\(i + 1)", name: name, noun: e.noun, date: e.date, place: e.place, organizer: nil,
                    evidence: builder.evidence(e.phrase, rule: e.rule)))
            mentions.append(
                Mention(
                    kind: .event, text: doc.text(e.name), canonical: name, cleanRange: e.name,
                    evidence: builder.evidence(e.name, rule: e.rule), attributes: ["key": "E\(i + 1)", "noun": e.noun]))
        }
        for d in dates {
            mentions.append(
                Mention(
                    kind: .date, text: d.text, canonical: d.date.edtf, cleanRange: d.cleanRange,
                    evidence: builder.evidence(d.cleanRange, rule: "date-\(d.form.rawValue)")))
        }
        let attendance = attendances.map { a in
            Attendance(
                person: doc.text(persons[a.person].name), event: "E\(a.event + 1)", role: a.role,
                evidence: builder.evidence(a.phrase, rule: a.rule))
        }
        return TaggedArticle(
            article: article, mentions: MentionResolver.resolve(mentions), offices: offices, events: eventMentions,
            attendances: attendance, dates: dates.map(\.date))
    }
}
