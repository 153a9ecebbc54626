/// A headline line (or `##` heading) seen outside an article body, waiting to be attached.
struct HeadlineUnit {
    /// Clean headline text.
    var text: String
    /// Clean subtitle (without dashes), when a `——` line follows.
    var subtitle: String?
    /// Came from a Markdown heading.
    var isHeading: Bool
    /// Index of the article before and after the unit on the page (-1 / count when none).
    var prevArticle: Int
    var nextArticle: Int
    /// Page order among units (consecutive numbers within a zone are adjacent lines).
    var order: Int
}
