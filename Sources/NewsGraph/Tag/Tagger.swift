import Foundation

/// Tags people, offices, organisations, places, events and attendance in clean articles.
///
/// PLACEHOLDER (issue 3 replaces the body): the signature is the contract other stages use.
public final class Tagger: Sendable {
    public init() {}

    /// The tagger with the bundled lexicons, plus the user's lexicon folder (adds or overrides) when given.
    public static func standard(extraLexicons: URL? = nil) throws -> Tagger {
        Tagger()
    }

    /// Everything found in one article.
    public func tag(_ article: Article) -> TaggedArticle {
        TaggedArticle(article: article)
    }
}
