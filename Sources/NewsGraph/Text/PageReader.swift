import Foundation

/// How to read input pages: the encoding (or detection) and metadata overrides.
public struct ReadOptions: Sendable {
    /// `nil` detects; otherwise `utf-8`, `utf-16`, `gb18030`.
    public var encoding: String?
    /// Issue date, city and province given by the user; they override a file's front matter.
    public var metadata: IssueMetadata

    public init(encoding: String? = nil, metadata: IssueMetadata = IssueMetadata()) {
        self.encoding = encoding
        self.metadata = metadata
    }
}

/// Reads a page (or a JSON Lines archive) into clean, segmented, dated articles.
///
/// PLACEHOLDER (issue 2 replaces the body): the signature is the contract other stages use.
public struct PageReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// The articles of one input file, in page order. `path` is kept as given in every id and evidence.
    public func read(file path: String) throws -> [Article] {
        throw NewsGraphError.unreadable(file: path, reason: "text stage not implemented yet")
    }
}
