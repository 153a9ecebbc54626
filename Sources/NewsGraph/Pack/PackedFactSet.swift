/// The set of articles a graph is built from, packed: `ArticleFactSet`'s rules over `PackedFacts`.
///
/// `build` of a large archive holds every article's facts until the file is
/// written; packed, they take a fraction of the memory. The set keeps the
/// same articles in the same order as `ArticleFactSet` would (one per content,
/// the smallest id; sorted by id; two contents under one id refused), and
/// `facts` unpacks each article when it is read.
public struct PackedFactSet: Sendable {
    /// The number of articles.
    public var count: Int { articles.count }

    /// The kept articles, sorted by id: in memory, or in a scratch file (`spilled(toDirectory:)`).
    let articles: Articles
    /// `ArticleFacts.evidenceCount` of all the articles.
    let evidenceCount: Int
    /// The pool's strings the articles name by number.
    let strings: [String]
    /// One shared rule per rule name, by number.
    let rules: [EvidenceRule]

    /// The set of `packed` (packed into the pools whose `snapshot()`s are `strings` and `ruleNames`); throws
    /// `malformed` when one id carries two different contents, as `ArticleFactSet.init` does.
    init(_ packed: [PackedFacts], strings: [String], ruleNames: [String]) throws {
        let rules = ruleNames.map(EvidenceRule.init)
        let keys = try packed.map { try $0.key() }
        let unpack = { (i: Int) in Self.unpack(packed[i], strings, rules) }
        let (order, clash) = ArticleFactSet.keptOrder(ids: keys.map(\.id), contentKeys: keys.map(\.contentKey)) {
            ArticleFactSet.prefersFirst(unpack($0), unpack($1))
        }
        if let (a, b) = clash { throw ArticleFactSet.twoContents(unpack(a), unpack(b)) }
        let kept = order.map { packed[$0] }
        articles = .memory(kept)
        evidenceCount = kept.reduce(0) { $0 + $1.evidenceCount }
        self.strings = strings
        self.rules = rules
    }

    private init(articles: Articles, evidenceCount: Int, strings: [String], rules: [EvidenceRule]) {
        self.articles = articles
        self.evidenceCount = evidenceCount
        self.strings = strings
        self.rules = rules
    }

    /// The same set with its articles moved to a scratch file in `directory` (see `PackedFactsFile`): the
    /// process then holds 8 bytes an article, the kernel's page cache the rest. Throws `writeFailed`
    /// naming the directory when the file cannot be written.
    public consuming func spilled(toDirectory directory: String) throws -> PackedFactSet {
        guard case .memory(let list) = articles else { return self }
        let file = try PackedFactsFile(list, directory: directory)
        return PackedFactSet(articles: .file(file), evidenceCount: evidenceCount, strings: strings, rules: rules)
    }

    /// The kept articles' packed bytes, where they are held.
    enum Articles: Sendable {
        case memory([PackedFacts])
        case file(PackedFactsFile)

        var count: Int {
            switch self {
            case .memory(let list): list.count
            case .file(let file): file.count
            }
        }

        subscript(i: Int) -> PackedFacts {
            switch self {
            case .memory(let list): list[i]
            case .file(let file): file[i]
            }
        }
    }

    /// The articles' facts, unpacked as they are read.
    var facts: UnpackedFacts { UnpackedFacts(articles: articles, strings: strings, rules: rules) }

    /// `packed` unpacked: its bytes were made in this process, so failing to read them is a bug.
    static func unpack(_ packed: PackedFacts, _ strings: [String], _ rules: [EvidenceRule]) -> ArticleFacts {
        do { return try packed.unpack(strings: strings, rules: rules) } catch {
            preconditionFailure("packed facts made by this process are unreadable: \(error)")
        }
    }
}
