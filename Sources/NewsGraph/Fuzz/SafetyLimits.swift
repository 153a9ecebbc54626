import Foundation

/// Bounds that keep one hostile input from stalling or exhausting a whole batch.
///
/// Real articles are a few kilobytes; a single "article" of many megabytes is a
/// broken extraction (a page without line breaks, a binary blob that happened to
/// decode). The tagger's work per article grows with its length, so the bound is
/// enforced *before* tagging: an oversized article is refused with
/// `NewsGraphError.limitExceeded` naming the file and the article, and the rest
/// of the batch goes on. Time cannot be taken back from a running stage, so the
/// time bound is checked after each article and reported the same way; the
/// fuzzer treats any article over it as a failure to be fixed in the stage.
public struct SafetyLimits: Sendable, Equatable {
    /// Largest input file read at all, in bytes.
    public var maxFileBytes: Int
    /// Largest article text (clean UTF-8 bytes) handed to the tagger.
    public var maxArticleBytes: Int
    /// Longest time one article may spend in one stage before it is reported.
    public var maxArticleSeconds: Double

    public init(maxFileBytes: Int = 1 << 30, maxArticleBytes: Int = 1 << 20, maxArticleSeconds: Double = 10) {
        self.maxFileBytes = maxFileBytes
        self.maxArticleBytes = maxArticleBytes
        self.maxArticleSeconds = maxArticleSeconds
    }

    /// The defaults: 1 GiB per file, 1 MiB of clean text per article (fifty times a long report; the
    /// tagger's time grows faster than linearly past that), 10 s per article and stage.
    public static let standard = SafetyLimits()

    /// Throws `limitExceeded` when a file of `size` bytes is over `maxFileBytes`.
    public func check(fileSize size: Int, file: String) throws {
        guard size <= maxFileBytes else {
            throw NewsGraphError.limitExceeded(
                file: file,
                reason: "file of \(size) bytes is over the \(Self.describe(bytes: maxFileBytes)) input limit; it was skipped")
        }
    }

    /// Throws `limitExceeded` when an article's clean text is over `maxArticleBytes`.
    public func check(_ article: Article) throws {
        let size = article.text.utf8.count
        guard size <= maxArticleBytes else {
            throw NewsGraphError.limitExceeded(
                file: article.file,
                reason: "article \(article.id) has \(size) bytes of text, over the "
                    + "\(Self.describe(bytes: maxArticleBytes)) per-article limit (bytes \(article.rawSpan)); "
                    + "it was skipped — split the page or raise the limit")
        }
    }

    /// The articles within bounds, in order; each refused one goes to `onProblem`.
    public func admit(_ articles: [Article], onProblem: (NewsGraphError) -> Void) -> [Article] {
        articles.filter { a in
            do {
                try check(a)
                return true
            } catch let e as NewsGraphError {
                onProblem(e)
                return false
            } catch {
                return false
            }
        }
    }

    /// Runs `body` for one article and reports `limitExceeded` to `onProblem` when it took longer
    /// than `maxArticleSeconds` in `stage` (the result is still returned: the work is done).
    public func timed<T>(
        _ article: Article, stage: String, onProblem: (NewsGraphError) -> Void, _ body: () throws -> T
    ) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if seconds > maxArticleSeconds {
            onProblem(
                NewsGraphError.limitExceeded(
                    file: article.file,
                    reason: "article \(article.id) took \(String(format: "%.1f", seconds)) s in \(stage), "
                        + "over the \(String(format: "%g", maxArticleSeconds)) s per-article limit"))
        }
        return result
    }

    /// `8 MiB`, `1 GiB`, `512 KiB`, or plain bytes.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
