/// A person with their offices in date order: the answer of `people` (one per person) and `titles`.
public struct PersonTitles: Sendable, Hashable, Codable {
    /// The Person node's id.
    public var id: String
    public var name: String
    /// Distinct articles that mention the person.
    public var articles: Int
    /// Offices ordered by first sighting (undated last), then resolved title.
    public var titles: [OfficeHistory]

    public init(id: String, name: String, articles: Int, titles: [OfficeHistory]) {
        self.id = id
        self.name = name
        self.articles = articles
        self.titles = titles
    }
}
