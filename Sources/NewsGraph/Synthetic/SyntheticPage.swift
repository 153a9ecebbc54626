/// One generated newspaper page: raw text with PDF artefacts, its issue metadata and its articles.
public struct SyntheticPage: Sendable {
    /// Relative path to write the page to: `paper-0007/2023/2023-05-12-03.txt`.
    public var path: String
    /// The paper's city or county (full name) and province.
    public var city: String
    public var province: String
    public var issueDate: PartialDate
    /// The raw page as a PDF text extractor would leave it.
    public var text: String
    /// The articles in page order, with their ground truth.
    public var articles: [SyntheticArticle]

    /// The issue metadata a reader of this page should be given.
    public var metadata: IssueMetadata {
        IssueMetadata(date: issueDate, city: city, province: province)
    }
}
