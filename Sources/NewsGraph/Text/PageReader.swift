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
/// A page: decode (`TextDecoder`), read an optional front matter
/// (`FrontMatter`), split into articles (`ArticleSegmenter`), repair each
/// article's text (`TextNormalizer`). A `.jsonl` file: one article per line
/// (`JSONLinesReader`). All offsets are byte offsets into the file as read.
public struct PageReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// The articles of one input file, in page order. `path` is kept as given in every id and evidence.
    ///
    /// Problems confined to part of a file (a bad JSON line) do not stop the
    /// others; they are dropped here — use `read(file:onProblem:)` to see them.
    /// When a file yields no article and had such problems, the first is thrown.
    public func read(file path: String) throws -> [Article] {
        var first: NewsGraphError?
        let articles = try read(file: path) { if first == nil { first = $0 } }
        if articles.isEmpty, let first { throw first }
        return articles
    }

    /// Like `read(file:)`, reporting recoverable problems (e.g. an invalid JSON line) to `onProblem`.
    public func read(file path: String, onProblem: (NewsGraphError) -> Void) throws -> [Article] {
        let bytes = try Self.load(path)
        return try read(bytes: bytes, file: path, onProblem: onProblem)
    }

    /// Reads in-memory bytes as if they were the file `path`.
    public func read(bytes: [UInt8], file path: String, onProblem: (NewsGraphError) -> Void = { _ in }) throws
        -> [Article]
    {
        if path.lowercased().hasSuffix(".jsonl") {
            return try JSONLinesReader(options: options).read(bytes: bytes, file: path, onProblem: onProblem)
        }
        guard !bytes.isEmpty else { return [] }
        var forced: TextDecoder.Encoding?
        if let name = options.encoding {
            guard let e = TextDecoder.Encoding(name: name) else {
                throw NewsGraphError.usage("unknown encoding `\(name)` (use utf-8, utf-16 or gb18030)")
            }
            forced = e
        }
        let decoded = try TextDecoder(forced: forced).decode(bytes, file: path)
        let front = try FrontMatter.parse(decoded, file: path)
        let metadata = Self.merge(options.metadata, over: front?.metadata ?? IssueMetadata())
        return ArticleSegmenter().segment(
            decoded, file: path, metadata: metadata, bodyStart: front?.bodyStart,
            raw: decoded.map == nil ? nil : bytes)
    }

    /// `top`'s fields where given, `base`'s otherwise.
    static func merge(_ top: IssueMetadata, over base: IssueMetadata) -> IssueMetadata {
        IssueMetadata(date: top.date ?? base.date, city: top.city ?? base.city, province: top.province ?? base.province)
    }

    /// The file's bytes, or `unreadable`.
    static func load(_ path: String) throws -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw NewsGraphError.unreadable(file: path, reason: "no such file")
        }
        guard !isDir.boolValue else { throw NewsGraphError.unreadable(file: path, reason: "is a directory") }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return [UInt8](data)
        } catch {
            throw NewsGraphError.unreadable(file: path, reason: error.localizedDescription)
        }
    }
}
