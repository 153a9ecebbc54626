/// Everything the graph needs from one tagged article: its identity and its facts, without the text.
///
/// The graph is a pure function of the set of `ArticleFacts` it was built
/// from (see `GraphBuilder`). The graph file keeps them, so that `add` and
/// `merge` can rebuild: merging two graphs is the union of their facts
/// followed by the same resolution as a fresh build, which is what makes
/// `merge(build(A), build(B)) == build(A ∪ B)` hold byte for byte.
public struct ArticleFacts: Sendable, Hashable, Codable {
    /// `FILE#N`.
    public var id: String
    public var file: String
    public var index: Int
    public var headline: String?
    public var subtitle: String?
    public var authors: [Author]
    /// Raw byte range of the article on its page.
    public var start: Int
    public var end: Int
    public var metadata: IssueMetadata
    public var contentHash: String
    public var mentions: [Mention]
    public var offices: [OfficeClaim]
    public var events: [EventMention]
    public var attendances: [Attendance]
    public var dates: [PartialDate]
    /// Gazetteer paths of the places the article names (`汾阳市` → `山西省/吕梁市/汾阳市`), root first,
    /// as known when it was read; they let the graph place every name up to its province.
    public var placePaths: [String: String]

    /// The facts of one tagged article; `placePaths` from a gazetteer when one was consulted.
    public init(_ tagged: TaggedArticle, placePaths: [String: String] = [:]) {
        let a = tagged.article
        id = a.id
        file = a.file
        index = a.index
        headline = a.headline
        subtitle = a.subtitle
        authors = a.authors
        start = a.rawSpan.start
        end = a.rawSpan.end
        metadata = a.metadata
        contentHash = a.contentHash
        mentions = tagged.mentions
        offices = tagged.offices
        events = tagged.events
        attendances = tagged.attendances
        dates = tagged.dates
        self.placePaths = placePaths
    }

    /// Every place name the article refers to: place mentions, organisations' and offices' jurisdictions,
    /// event places, its city and province.
    public static func placeNames(of tagged: TaggedArticle) -> [String] {
        var names = Set<String>()
        for m in tagged.mentions {
            if m.kind == .place { names.insert(m.canonical) }
            if m.kind == .organization, let j = m.attributes["jurisdiction"] { names.insert(j) }
        }
        for c in tagged.offices { if let j = c.jurisdiction { names.insert(j) } }
        for e in tagged.events { if let p = e.place { names.insert(p) } }
        let md = tagged.article.metadata
        if let c = md.city { names.insert(c) }
        if let p = md.province { names.insert(p) }
        names.remove("")
        return names.sorted()
    }

    /// At most how many distinct pieces of evidence the graph of this article holds: what the graph builder
    /// reserves room for. The distinct evidence of its facts (a mention and the attendance read from it
    /// often cite the same), its bylines' and its own. A hint: an undercount only costs the builder a
    /// larger table, and the same article always gives the same count.
    var evidenceCount: Int {
        var distinct = Set<Evidence>()
        distinct.reserveCapacity(mentions.count + offices.count + events.count + attendances.count)
        for m in mentions { distinct.insert(m.evidence) }
        for c in offices { distinct.insert(c.evidence) }
        for e in events { distinct.insert(e.evidence) }
        for a in attendances { distinct.insert(a.evidence) }
        return distinct.count + authors.count + 1
    }

    /// Raw byte range of the article.
    public var rawSpan: Span { Span(start: start, end: max(start, end)) }

    /// What makes two articles the same content: the content hash, or the id when the reader gave no hash.
    public var contentKey: String { contentHash.isEmpty ? "id:" + id : contentHash }

    /// The origin (file and id) the article's own evidence shares, for evidence made about the article
    /// later (its node, its bylines); a new one when no evidence of the facts cites the article.
    var evidenceOrigin: EvidenceOrigin {
        let own = mentions.lazy.map(\.evidence).first { $0.origin.holds(file: file, article: id) }
        return own?.origin ?? EvidenceOrigin(file: file, article: id)
    }

    /// The header entry of this article.
    public var record: ArticleRecord {
        ArticleRecord(id: id, file: file, contentHash: contentHash, date: metadata.date)
    }
}
