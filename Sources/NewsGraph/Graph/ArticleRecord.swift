/// One article a graph was built from, as listed in the graph file's header.
public struct ArticleRecord: Sendable, Hashable, Codable, Comparable {
    /// `FILE#N`.
    public var id: String
    /// The input path as given.
    public var file: String
    /// Digest of the article's raw bytes (empty when the reader gave none).
    public var contentHash: String
    /// Issue date, if known.
    public var date: PartialDate?

    public init(id: String, file: String, contentHash: String, date: PartialDate?) {
        self.id = id
        self.file = file
        self.contentHash = contentHash
        self.date = date
    }

    public static func < (lhs: ArticleRecord, rhs: ArticleRecord) -> Bool {
        (lhs.id, lhs.contentHash) < (rhs.id, rhs.contentHash)
    }
}
