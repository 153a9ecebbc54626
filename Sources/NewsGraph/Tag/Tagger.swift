import Foundation

/// Tags people, offices, organisations, places, events and attendance in clean articles.
///
/// One pass of one matcher over the article finds every lexicon word; named
/// rules then decide (office chains, safe bare names, places, organisations,
/// events), the relators link people to offices and events, and one resolver
/// picks the mentions shown. Every result carries evidence naming its rule.
public final class Tagger: Sendable {
    let lexicon: CompiledLexicon

    /// A tagger over the given lexicon entries.
    public init(entries: [LexiconEntry]) {
        lexicon = CompiledLexicon(entries: entries)
    }

    /// The tagger with the bundled lexicons, plus the user's lexicon folder (adds or overrides) when given.
    public static func standard(extraLexicons: URL? = nil) throws -> Tagger {
        Tagger(entries: try LexiconLoader.load(extra: extraLexicons))
    }

    /// The gazetteer of administrative divisions the tagger resolves places with.
    public var gazetteer: Gazetteer { lexicon.gazetteer }

    /// Everything found in one article.
    public func tag(_ article: Article) -> TaggedArticle {
        tag(article, pageCity: nil)
    }

    /// The articles of one page; an article naming no city of its own reads against the page's.
    public func tag(page articles: [Article]) -> [TaggedArticle] {
        let inferrer = PaperPlaceInferrer(gazetteer: lexicon.gazetteer)
        var total: [String: (count: Int, first: Int)] = [:]
        for a in articles {
            let doc = TagDocument(text: a.text, lexicon: lexicon)
            let places = PlaceRule(doc: doc, paper: PaperPlace()).divisions()
            for (k, v) in inferrer.cityCounts(places) {
                let c = total[k]
                total[k] = ((c?.count ?? 0) + v.count, min(c?.first ?? Int.max, a.index * 1_000_000 + v.first))
            }
        }
        let pageCity = inferrer.best(total)
        return articles.map { tag($0, pageCity: pageCity) }
    }

    func tag(_ article: Article, pageCity: String?) -> TaggedArticle {
        let doc = TagDocument(text: article.text, lexicon: lexicon)
        let inferrer = PaperPlaceInferrer(gazetteer: lexicon.gazetteer)
        var paper = PaperPlace(city: article.metadata.city, province: article.metadata.province)
        let named = PlaceRule(doc: doc, paper: paper).divisions()
        paper = inferrer.infer(metadata: article.metadata, article: inferrer.cityCounts(named), pageCity: pageCity)
        let places = PlaceRule(doc: doc, paper: paper).find()

        let dates = DateExtractor(issueDate: article.metadata.date).dates(in: article.text)
        let names = NameReader(doc: doc)
        var persons = OfficeChainRule(doc: doc, names: names, places: places).find()
        for p in SafeNameRule(doc: doc, names: names, places: places).find()
        where !persons.contains(where: { $0.name.overlaps(p.name) }) {
            persons.append(p)
        }
        // Repeats of established names first, so a list can lean on them; then repeats of listed names.
        let known = KnownNameRule(doc: doc, names: names)
        persons.append(contentsOf: known.find(known: persons, authors: article.authors))
        let listed = ListNameRule(doc: doc, names: names).find(known: persons)
        if !listed.isEmpty {
            persons.append(contentsOf: listed)
            persons.append(contentsOf: known.find(known: persons, authors: []))
        }
        persons.sort { $0.name.lowerBound < $1.name.lowerBound }

        let organizations = OrganizationRule(doc: doc, paper: paper, places: places).find()
        let events = EventRule(doc: doc, dates: dates, places: places).find()
        let linker = EventLinker(doc: doc, events: events)
        let attendances = AttendanceRelator(doc: doc, persons: persons, linker: linker).relate()
        let resolver = TitleResolver(doc: doc, paper: paper, places: places, organizations: organizations)

        let builder = EvidenceBuilder(doc: doc, article: article)
        let firstDate: PartialDate? =
            dates.first(where: { $0.form != .relative && $0.date.month != nil })?.date ?? article.metadata.date
        var mentions: [Mention] = []
        var offices: [OfficeClaim] = []
        for p in persons {
            let name = doc.text(p.name)
            mentions.append(
                Mention(kind: .person, text: name, canonical: name, cleanRange: p.name, evidence: builder.evidence(p.name, rule: p.rule)))
            guard !p.links.isEmpty else { continue }
            let sentence = doc.sentence(containing: p.name.lowerBound)
            let date = linker.event(forSentence: sentence).flatMap { events[$0].date } ?? firstDate
            for o in resolver.resolve(p.links) {
                let ev = builder.evidence(o.range.lowerBound..<p.name.upperBound, rule: p.rule)
                offices.append(
                    OfficeClaim(
                        person: name, title: o.title, resolvedTitle: o.resolvedTitle, organization: o.organization,
                        jurisdiction: o.jurisdiction, role: o.role, former: o.former, date: date, evidence: ev))
                var attrs = ["role": o.role]
                if o.former { attrs["former"] = "1" }
                if let org = o.organization { attrs["organization"] = org }
                mentions.append(
                    Mention(kind: .office, text: o.title, canonical: o.resolvedTitle, cleanRange: o.range,
                            evidence: builder.evidence(o.range, rule: p.rule), attributes: attrs))
            }
        }
        // Authors the text stage found outside the body (bylines, credits) keep their own raw span.
        for a in article.authors where known.isPlausible(a.name) && !mentions.contains(where: { $0.kind == .person && $0.text == a.name }) {
            let ev = Evidence(file: article.file, article: article.id, span: a.span, sentence: "", rule: "byline")
            mentions.append(Mention(kind: .person, text: a.name, canonical: a.name, cleanRange: 0..<0, evidence: ev,
                                    attributes: ["author": a.role.rawValue]))
        }
        for o in organizations {
            var attrs: [String: String] = [:]
            if let j = o.jurisdiction { attrs["jurisdiction"] = j }
            mentions.append(
                Mention(kind: .organization, text: doc.text(o.range), canonical: o.canonical, cleanRange: o.range,
                        evidence: builder.evidence(o.range, rule: o.rule), attributes: attrs))
        }
        for p in places {
            var attrs = ["level": p.level]
            if let parent = p.parent { attrs["parent"] = parent }
            mentions.append(
                Mention(kind: .place, text: doc.text(p.range), canonical: p.canonical, cleanRange: p.range,
                        evidence: builder.evidence(p.range, rule: p.rule), attributes: attrs))
        }
        var eventMentions: [EventMention] = []
        for (i, e) in events.enumerated() {
            let name = doc.text(e.name)
            eventMentions.append(
                EventMention(key: "E\(i + 1)", name: name, noun: e.noun, date: e.date, place: e.place, organizer: nil,
                             evidence: builder.evidence(e.phrase, rule: e.rule)))
            mentions.append(
                Mention(kind: .event, text: name, canonical: name, cleanRange: e.name,
                        evidence: builder.evidence(e.name, rule: e.rule), attributes: ["key": "E\(i + 1)", "noun": e.noun]))
        }
        for d in dates {
            mentions.append(
                Mention(kind: .date, text: d.text, canonical: d.date.edtf, cleanRange: d.cleanRange,
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
