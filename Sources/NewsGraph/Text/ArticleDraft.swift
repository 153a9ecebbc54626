/// An article while the segmenter builds it: pieces of body text, names, extent.
struct ArticleDraft {
    /// Body pieces in page order.
    var pieces: [TextPiece] = []
    /// The line each piece came from.
    var pieceLines: [Int] = []
    /// Bylines and credits found so far (decoded ranges).
    var names: [BylineParser.Name] = []
    /// Decoded extent of the article's own lines (opener to end byline).
    var first: Int
    var last: Int
    /// Opened by this paper's own opener (`本报讯`, `本报记者`, `□`): cannot be a reprint.
    var ownOpener = false
    /// Closed by a reprint source line (`据《…》`).
    var reprint = false
    /// An end marker (end byline, `下转`, reprint source) closed it.
    var closed = false
    /// Headline units attached by the matcher (indices into the unit list).
    var units: [Int] = []

    init(first: Int) {
        self.first = first
        self.last = first
    }

    mutating func extend(to end: Int) { last = max(last, end) }
}

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
    /// Nothing but furniture separates the unit from the next article's opener.
    var touchesNext = true
}

/// A photo credit seen outside an article, with the caption text it belongs to.
struct ZoneCredit {
    var names: [BylineParser.Name]
    var caption: String
    var prevArticle: Int
    var nextArticle: Int
}
