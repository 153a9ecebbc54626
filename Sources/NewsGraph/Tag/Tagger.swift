import Foundation

/// Tags people, offices, organisations, places, events and attendance in clean articles.
///
/// One pass of one Aho–Corasick matcher over the article's UTF-8 bytes finds every
/// lexicon word (`TagDocument`); named rules then decide, in this order:
/// places (`division`, `division-short`, `place-suffix`) and the paper's place;
/// people (`office-chain`, `name-list`, `appointment`, `role-name`, `resident-name`,
/// `photo-credit`, `end-byline`, `known-name`, `list-name`, `byline`);
/// organisations (`org-abbrev`, `org-suffix`); events (`event-announced`,
/// `event-verb-object`, `event-mentioned`); then the relators resolve titles
/// (`TitleResolver`) and attendance (`attendance`, `attendance-coordinated`,
/// `attendance-pronoun`, `attendance-context`), and one resolver picks the mentions
/// shown. Every result carries evidence naming its rule.
public final class Tagger: Sendable {
    let lexicon: CompiledLexicon
    private let singleHolderRoles: Set<String>

    /// A tagger over the given lexicon entries.
    public init(entries: [LexiconEntry]) {
        lexicon = CompiledLexicon(entries: entries)
        singleHolderRoles = Set(entries.filter { $0.type == .office && $0.flag("single") }.map(\.surface))
    }

    /// The tagger with the bundled lexicons, plus the user's lexicon folder (adds or overrides) when given.
    public static func standard(extraLexicons: URL? = nil) throws -> Tagger {
        Tagger(entries: try LexiconLoader.load(extra: extraLexicons))
    }

    /// The gazetteer of administrative divisions the tagger resolves places with.
    public var gazetteer: Gazetteer { lexicon.gazetteer }

    /// True when the office word (`OfficeClaim.role`, e.g. `书记`, `市长`) has one holder per body at a
    /// time (`single=1` in the office lexicon): two people claiming it on one date are a conflict.
    public func isSingleHolder(role: String) -> Bool {
        singleHolderRoles.contains(role)
    }

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
        // What the article was read against travels with it, so later stages (resolving people without
        // an office by city) see the inferred place when the user gave none.
        var article = article
        if article.metadata.city == nil { article.metadata.city = paper.city }
        if article.metadata.province == nil { article.metadata.province = paper.province }

        let dates = DateExtractor(issueDate: article.metadata.date).dates(in: article.text)
        let names = NameReader(doc: doc)
        let organizations = OrganizationRule(doc: doc, paper: paper, places: places).find()
        let chains = OfficeChainRule(doc: doc, names: names, places: places, organizations: organizations)
        var persons = chains.find()
        persons += AppointmentRule(doc: doc, names: names, chains: chains).find(taken: persons.map(\.name))
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

        let events = EventRule(doc: doc, dates: dates, places: places, paper: paper).find()
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
