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

        let findings = Findings(
            persons: persons, places: places, organizations: organizations, events: events, attendances: attendances,
            dates: dates)
        return TaggedArticleAssembler(doc: doc, article: article, linker: linker, resolver: resolver, known: known)
            .assemble(findings)
    }
}
