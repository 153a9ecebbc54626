/// Counts and extent of a graph: the answer of `stats`.
public struct GraphStats: Sendable, Hashable, Codable {
    /// Node count by `NodeType` raw value (every type listed, zero included).
    public var nodes: [String: Int]
    /// Edge count by `EdgeType` raw value (every type listed, zero included).
    public var edges: [String: Int]
    public var nodeCount: Int
    public var edgeCount: Int
    /// Distinct articles cited by any evidence (or Article nodes, whichever is larger).
    public var articles: Int
    /// Distinct source files cited by any evidence.
    public var files: Int
    /// Evidence records across nodes and edges.
    public var evidence: Int
    /// Earliest and latest date among events, sightings and articles; dates with a
    /// known year win, dates without a year are used only when no date has one.
    public var earliest: PartialDate?
    public var latest: PartialDate?
    /// Distinct dates whose year is unknown (`XXXX-12-09`).
    public var datesWithoutYear: Int

    public init(
        nodes: [String: Int], edges: [String: Int], nodeCount: Int, edgeCount: Int, articles: Int,
        files: Int, evidence: Int, earliest: PartialDate?, latest: PartialDate?, datesWithoutYear: Int
    ) {
        self.nodes = nodes
        self.edges = edges
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
        self.articles = articles
        self.files = files
        self.evidence = evidence
        self.earliest = earliest
        self.latest = latest
        self.datesWithoutYear = datesWithoutYear
    }

    private enum CodingKeys: String, CodingKey {
        case nodes, edges, nodeCount, edgeCount, articles, files, evidence, earliest, latest, datesWithoutYear
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(edges, forKey: .edges)
        try c.encode(nodeCount, forKey: .nodeCount)
        try c.encode(edgeCount, forKey: .edgeCount)
        try c.encode(articles, forKey: .articles)
        try c.encode(files, forKey: .files)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(earliest, forKey: .earliest)
        try c.encode(latest, forKey: .latest)
        try c.encode(datesWithoutYear, forKey: .datesWithoutYear)
    }
}
