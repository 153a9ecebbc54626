/// People who share a name but were kept apart, and why.
public struct Homonym: Sendable, Hashable, Codable {
    /// One of the people of that name.
    public struct Candidate: Sendable, Hashable, Codable {
        /// Person node id.
        public var id: String
        /// Disambiguators the person is anchored to (`山西省/晋中市/平遥县`, `org:…`, `page:…`).
        public var anchors: [String]
        /// Resolved titles of the offices held, sorted.
        public var offices: [String]
        /// Number of articles that mention the person.
        public var articleCount: Int
    }

    /// The shared name.
    public var name: String
    /// The people, sorted by id.
    public var candidates: [Candidate]
    /// Why each pair was kept apart, one sentence per pair (`A / B: reason`).
    public var reasons: [String]
}
