/// One of several people a name matches, with what tells them apart.
public struct PersonCandidate: Sendable, Hashable, Codable {
    /// The Person node's id: pass it to pick this one.
    public var id: String
    public var name: String
    /// Resolved titles of the person's offices, sorted.
    public var offices: [String]
    /// Jurisdictions of those offices, sorted.
    public var places: [String]
    /// Distinct articles that mention the person.
    public var articles: Int

    public init(id: String, name: String, offices: [String], places: [String], articles: Int) {
        self.id = id
        self.name = name
        self.offices = offices
        self.places = places
        self.articles = articles
    }
}
