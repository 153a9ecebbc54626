/// An article (or passage) of a page read against another city than the paper's.
public struct GoldArticleCity: Sendable, Equatable, Codable {
    /// The first characters of the article or passage, clean.
    public var opening: String
    /// The city or county it is read against, canonical.
    public var city: String

    public init(opening: String, city: String) {
        self.opening = opening
        self.city = city
    }
}
