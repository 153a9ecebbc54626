import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files in, tagged articles out: `PageReader` then `Tagger` over a batch, with per-file errors.
///
/// A file that fails (unreadable, undecodable, binary…) is reported in
/// `failures` and the batch goes on. With `jobs > 1` files are processed on
/// several threads; results are put back in input order, so the output never
/// depends on the number of threads or on timing.
public struct Pipeline: Sendable {
    public var reader: PageReader
    public var tagger: Tagger
    /// The gazetteer lookup: a place name and the article's places (city, province) → the name and
    /// its ancestors up to the province, nearest first (`[汾阳市, 吕梁市, 山西省]`); empty when unknown.
    public var lineage: (@Sendable (_ name: String, _ context: [String]) -> [String])?

    public init(
        reader: PageReader = PageReader(), tagger: Tagger,
        lineage: (@Sendable (_ name: String, _ context: [String]) -> [String])? = nil
    ) {
        self.reader = reader
        self.tagger = tagger
        self.lineage = lineage
    }

    /// Shares repeated strings among the facts this pipeline makes (and its copies: it is a reference).
    let interner = FactsInterner()

    /// Numbers the repeated strings of the facts this pipeline packs (and its copies': it is a reference).
    let pool = StringPool()
    /// Numbers the rule names of the facts this pipeline packs.
    let rulePool = StringPool()

    /// Size bounds that keep one hostile file from stalling or exhausting a batch.
    public var limits: SafetyLimits = .standard

    /// The tagged articles of one file, in page order.
    ///
    /// A file over `limits.maxFileBytes`, or holding an article over `limits.maxArticleBytes` of
    /// text, is refused whole with `limitExceeded` naming the file (and the article): the rest of
    /// the batch goes on.
    public func tag(file: String) throws -> [TaggedArticle] {
        var st = stat()
        if stat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            try limits.check(fileSize: Int(st.st_size), file: file)
        }
        let articles = try reader.read(file: file)
        for article in articles where article.text.utf8.count > limits.maxArticleBytes {
            throw NewsGraphError.limitExceeded(
                file: file,
                reason: "article \(article.id) has \(article.text.utf8.count) bytes of text (raw bytes \(article.rawSpan)), "
                    + "over the \(SafetyLimits.describe(bytes: limits.maxArticleBytes)) per-article limit; "
                    + "the file was skipped — split the page")
        }
        return articles.map { tagger.tag($0) }
    }

    /// The tagged articles of every file.
    public func run(
        files: [String], jobs: Int = 1, progress: (@Sendable (PipelineProgress) -> Void)? = nil
    ) -> PipelineResult<TaggedArticle> {
        map(files: files, jobs: jobs, progress: progress) { try self.tag(file: $0) }
    }

    /// The graph facts of every file (the articles' text is dropped as soon as each is tagged, to bound memory).
    ///
    public func facts(
        files: [String], jobs: Int = 1, progress: (@Sendable (PipelineProgress) -> Void)? = nil
    ) -> PipelineResult<ArticleFacts> {
        map(files: files, jobs: jobs, progress: progress) { try self.tag(file: $0).map(self.facts) }
    }

    /// The graph facts of one tagged article, with the gazetteer paths of the places it names.
    ///
    /// Repeated strings and attribute tables are shared with the articles this pipeline read
    /// before (`FactsInterner`): the facts are equal, and a large batch takes far less memory.
    public func facts(_ tagged: TaggedArticle) -> ArticleFacts {
        interner.intern(rawFacts(tagged))
    }

    /// The facts of `tagged` before interning.
    func rawFacts(_ tagged: TaggedArticle) -> ArticleFacts {
        guard let lineage else { return ArticleFacts(tagged) }
        let md = tagged.article.metadata
        let context = [md.city, md.province].compactMap { $0 }.filter { !$0.isEmpty }
        var paths: [String: String] = [:]
        for name in ArticleFacts.placeNames(of: tagged) {
            let chain = lineage(name, context)
            // Only a chain that starts at the name itself places it (a short form maps elsewhere).
            guard chain.count > 1, chain.first == name else { continue }
            paths[name] = chain.reversed().joined(separator: "/")
        }
        return ArticleFacts(tagged, placePaths: paths)
    }

    /// Applies `body` to every file on up to `jobs` threads, keeping input order.
    func map<T: Sendable>(
        files: [String], jobs: Int, progress: (@Sendable (PipelineProgress) -> Void)?,
        _ body: @escaping @Sendable (String) throws -> [T]
    ) -> PipelineResult<T> {
        let slots = ResultSlots<T>(count: files.count)
        let workers = max(1, min(jobs, files.count))
        let work: @Sendable (Int) -> Void = { _ in
            while let i = slots.next() {
                let file = files[i]
                let outcome: Result<[T], NewsGraphError>
                do { outcome = .success(try body(file)) } catch let e as NewsGraphError {
                    outcome = .failure(e)
                } catch {
                    outcome = .failure(.unreadable(file: file, reason: "\(error)"))
                }
                let p = slots.store(outcome, at: i, bytes: Self.size(of: file))
                progress?(
                    PipelineProgress(
                        filesDone: p.done, fileCount: files.count, articles: p.items, failures: p.failures, bytes: p.bytes))
            }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        var result = PipelineResult<T>(outputs: [], failures: [], fileCount: files.count)
        for (i, r) in slots.results.enumerated() {
            switch r {
            case .success(let items)?: result.outputs.append((files[i], items))
            case .failure(let e)?: result.failures.append(e)
            case nil: result.failures.append(.unreadable(file: files[i], reason: "not processed"))
            }
        }
        return result
    }

    private static func size(of file: String) -> Int {
        var st = stat()
        return stat(file, &st) == 0 ? Int(st.st_size) : 0
    }
}

/// Thread-safe result slots and a shared cursor over the file list.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private var done = 0
    private var items = 0
    private var failures = 0
    private var bytes = 0
    private(set) var results: [Result<[T], NewsGraphError>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    /// The next file index to process, or nil when all are taken.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard cursor < results.count else { return nil }
        cursor += 1
        return cursor - 1
    }

    /// Stores a file's result; returns the running totals.
    func store(_ r: Result<[T], NewsGraphError>, at i: Int, bytes b: Int) -> (done: Int, items: Int, failures: Int, bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        results[i] = r
        done += 1
        bytes += b
        switch r {
        case .success(let x): items += x.count
        case .failure: failures += 1
        }
        return (done, items, failures, bytes)
    }
}
