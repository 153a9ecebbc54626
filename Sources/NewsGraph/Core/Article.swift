/// One article of a page: clean text ready for tagging, with its way back to the raw bytes.
public struct Article: Sendable, Equatable {
    /// `FILE#N`: the input path as given and the article's 1-based position on the page.
    public var id: String
    /// The input path as the user gave it.
    public var file: String
    /// 1-based position on the page.
    public var index: Int
    /// The headline when one could be attached, clean.
    public var headline: String?
    /// A subtitle (`——…`) when present, clean, without the leading dashes.
    public var subtitle: String?
    /// Bylines and credits, each with its role and raw span.
    public var authors: [Author]
    /// The repaired body text: one paragraph per line (`\n` between paragraphs).
    public var text: String
    /// Clean UTF-8 byte → raw byte map for `text`.
    public var offsets: OffsetMap
    /// Raw byte range of the article's body on the page.
    public var rawSpan: Span
    /// Issue date, city and province the article is read against.
    public var metadata: IssueMetadata
    /// FNV-1a 64-bit hash of the article's raw bytes, 16 hex digits (stable content identity).
    public var contentHash: String

    public init(
        id: String, file: String, index: Int, headline: String? = nil, subtitle: String? = nil,
        authors: [Author] = [], text: String, offsets: OffsetMap, rawSpan: Span,
        metadata: IssueMetadata = IssueMetadata(), contentHash: String = ""
    ) {
        self.id = id
        self.file = file
        self.index = index
        self.headline = headline
        self.subtitle = subtitle
        self.authors = authors
        self.text = text
        self.offsets = offsets
        self.rawSpan = rawSpan
        self.metadata = metadata
        self.contentHash = contentHash
    }
}

/// A byline or credit: who wrote or photographed the article.
public struct Author: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// 记者, or an unlabeled name in a byline.
        case reporter
        /// 通讯员
        case correspondent
        /// 摄 / 摄影 / 摄影报道
        case photographer
        /// 文 / 撰稿, or an end byline `（姓名）`.
        case writer
    }
    public var name: String
    public var role: Role
    /// Raw span of the name.
    public var span: Span

    public init(name: String, role: Role, span: Span) {
        self.name = name
        self.role = role
        self.span = span
    }
}

/// What an article is read against: the issue date and the paper's place.
public struct IssueMetadata: Sendable, Hashable, Codable {
    /// Issue date (may be partial).
    public var date: PartialDate?
    /// The paper's city, canonical (e.g. `吕梁市`); resolves `市`, `我市`, `全市`.
    public var city: String?
    /// The paper's province, canonical (e.g. `山西省`); resolves `省`.
    public var province: String?

    public init(date: PartialDate? = nil, city: String? = nil, province: String? = nil) {
        self.date = date
        self.city = city
        self.province = province
    }
}
