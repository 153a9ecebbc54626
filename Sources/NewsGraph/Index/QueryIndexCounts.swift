/// What a query index holds: as many nodes, edges, evidence entries and sentences as its graph file.
public struct QueryIndexCounts: Sendable, Equatable {
    public var nodes: Int
    public var edges: Int
    public var evidence: Int
    public var sentences: Int

    public init(nodes: Int, edges: Int, evidence: Int, sentences: Int) {
        self.nodes = nodes
        self.edges = edges
        self.evidence = evidence
        self.sentences = sentences
    }
}
