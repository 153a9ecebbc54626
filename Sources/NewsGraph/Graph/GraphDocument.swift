/// The content of a native graph file: the articles it was built from, their facts, and the graph.
public struct GraphDocument: Sendable, Hashable {
    /// The articles, sorted by id: the header list of the file.
    public var articles: [ArticleRecord]
    /// Per-article facts, from which the graph is rebuilt by `add` and `merge`.
    /// `nil` for a graph saved on its own (`GraphStore.save(_:to:)` of a bare `KnowledgeGraph`).
    public var facts: ArticleFactSet?
    public var graph: KnowledgeGraph

    /// A document built from facts.
    public init(facts: ArticleFactSet, graph: KnowledgeGraph) {
        self.articles = facts.articles.map(\.record)
        self.facts = facts
        self.graph = graph
    }

    /// A document as a graph file holds it: the article list as stored.
    init(articles: [ArticleRecord], facts: ArticleFactSet?, graph: KnowledgeGraph) {
        self.articles = articles
        self.facts = facts
        self.graph = graph
    }

    /// A bare graph: the article list is read from its Article nodes.
    public init(graph: KnowledgeGraph) {
        self.graph = graph
        self.facts = nil
        self.articles = graph.nodes.filter { $0.type == .article }.map { n in
            ArticleRecord(
                id: n.properties["id"] ?? n.label, file: n.properties["file"] ?? "",
                contentHash: n.properties["contentHash"] ?? "",
                date: n.properties["date"].flatMap(PartialDate.init(edtf:)))
        }.sorted()
    }

    /// What `add` did.
    public struct AddReport: Sendable, Equatable {
        /// Outcome per added article, in input order.
        public var outcomes: [ArticleFactSet.AddOutcome]
        /// Ids of articles removed because a re-read file no longer yields them.
        public var removed: [String]
        /// True when the document changed.
        public var changed: Bool { outcomes.contains { $0 != .unchanged } || !removed.isEmpty }
    }

    /// Rebuilt with `new` added: unchanged content is skipped, an article of a re-read file replaces its
    /// old version, and articles the re-read files no longer yield are removed.
    /// Throws `corruptGraph` when the document has no facts to rebuild from.
    public mutating func add(_ new: [ArticleFacts], file: String, builder: GraphBuilder = GraphBuilder()) throws -> AddReport {
        guard var set = facts else { throw GraphDocument.noFacts(file) }
        let outcomes = set.add(new)
        let removed = set.removeStale(of: Set(new.map(\.file)), keeping: new)
        let report = AddReport(outcomes: outcomes, removed: removed)
        if report.changed { self = builder.build(set) }
        return report
    }

    static func noFacts(_ file: String) -> NewsGraphError {
        .corruptGraph(
            file: file,
            reason:
                "the file holds a graph without its per-article facts, so it cannot be extended or merged; rebuild it with `newsgraph build`"
        )
    }
}
