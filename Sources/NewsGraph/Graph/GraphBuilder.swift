/// Turns tagged articles into the knowledge graph: resolves entities across articles and keeps every fact's evidence.
///
/// The graph is a pure function of the *set* of articles' facts: the order
/// of the input, the number of threads and the shard layout never change a
/// byte of it. Node and edge types, properties and ids are documented in
/// `schema/graph-model.md`; the resolution rules live in `Resolve/`.
public struct GraphBuilder: Sendable {
    public init() {}

    /// The document (facts and graph) of `articles`; throws `malformed` when one article id has two contents.
    public func build(_ articles: [TaggedArticle]) throws -> GraphDocument {
        build(try ArticleFactSet(articles.map { ArticleFacts($0) }))
    }

    /// The document of a set of facts.
    public func build(_ facts: ArticleFactSet) -> GraphDocument {
        GraphDocument(facts: facts, graph: graph(of: facts.articles))
    }

    /// The graph of `facts` (sorted by id, unique; see `ArticleFactSet`).
    func graph(of facts: [ArticleFacts]) -> KnowledgeGraph {
        var compact = compactGraph(of: facts, evidenceCount: facts.reduce(0) { $0 + $1.evidenceCount }, citingFacts: false)
        return compact.graph()
    }

    /// The graph of `facts` in compact form; `citingFacts` puts the facts' evidence in its table too
    /// (making it the graph file's table: see `GraphAccumulator.finishCompact(citing:)`). `evidenceCount` is the
    /// facts' `evidenceCount`, given by the caller: counting it here would be one more pass over packed facts.
    func compactGraph<Facts: Collection<ArticleFacts>>(of facts: Facts, evidenceCount: Int, citingFacts: Bool) -> CompactGraph {
        let places = PlaceDirectory(facts: facts)
        let organizations = OrganizationDirectory(facts: facts)
        let people = PersonResolver(facts: facts, places: places, organizations: organizations)
        let events = EventResolver(places: places)
        var acc = GraphAccumulator()
        var cache = ContributionCache()
        acc.reserveEvidence(evidenceCount)
        for person in people.people {
            var jurisdiction: String?
            if case .page = person.primary {} else { jurisdiction = person.primary.displayName }
            acc.node(
                person.id, .person, label: person.name,
                properties: [
                    .name: person.name, .anchors: person.anchors.map(\.disambiguator).joined(separator: " "),
                    .jurisdiction: jurisdiction,
                ])
        }
        for a in facts {
            let context = ArticleContext(
                facts: a, places: places, organizations: organizations, people: people, events: events)
            context.contribute(to: &acc, cache: &cache)
        }
        cache = ContributionCache()
        return citingFacts ? acc.finishCompact(citing: facts) : acc.finishCompact()
    }
}
