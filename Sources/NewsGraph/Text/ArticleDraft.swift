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
