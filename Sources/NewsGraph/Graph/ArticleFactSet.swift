/// The set of articles a graph is built from, with the rules that make it a set.
///
/// - Two articles with the same content (`contentKey`) are one article: the
///   one with the smallest id is kept (so the choice does not depend on order).
/// - Two different contents under one id cannot both be kept: evidence would
///   mix them. `union` refuses that; `adding` (one file re-read after an edit)
///   replaces the old content.
/// Articles are kept sorted by id.
public struct ArticleFactSet: Sendable, Hashable {
    /// The articles, sorted by id, unique by id and by content.
    public private(set) var articles: [ArticleFacts]

    /// An empty set.
    public init() { articles = [] }

    /// The union of `facts`; throws `malformed` when one id carries two different contents.
    public init(_ facts: [ArticleFacts]) throws {
        let (order, clash) = Self.keptOrder(ids: facts.map(\.id), contentKeys: facts.map(\.contentKey)) {
            Self.prefersFirst(facts[$0], facts[$1])
        }
        if let (a, b) = clash { throw Self.twoContents(facts[a], facts[b]) }
        articles = order.map { facts[$0] }
    }

    /// The positions of the articles a set keeps, in its order: of articles with one content key the
    /// preferred (`prefersFirst(kept, other)`), sorted by id then content key; and two kept positions that
    /// share an id (two contents under one id), if there are any.
    static func keptOrder(
        ids: [String], contentKeys: [String], prefersFirst: (Int, Int) -> Bool
    ) -> (order: [Int], clash: (Int, Int)?) {
        var byContent: [String: Int] = [:]
        for i in ids.indices {
            if let kept = byContent[contentKeys[i]], prefersFirst(kept, i) { continue }
            byContent[contentKeys[i]] = i
        }
        var order = Array(byContent.values)
        order.sort { a, b in
            let c = StringOrder.compare(ids[a], ids[b])
            return c != 0 ? c < 0 : StringOrder.less(contentKeys[a], contentKeys[b])
        }
        for k in order.indices.dropFirst() where ids[order[k]] == ids[order[k - 1]] {
            return (order, (order[k - 1], order[k]))
        }
        return (order, nil)
    }

    /// The error for two contents under one id (`first` sorts before `second`).
    static func twoContents(_ first: ArticleFacts, _ second: ArticleFacts) -> NewsGraphError {
        .malformed(
            file: second.file, line: nil,
            reason:
                "article \(second.id) has two different contents (hashes \(first.contentHash) and \(second.contentHash)); the inputs are not disjoint"
        )
    }

    /// What `adding` did.
    public enum AddOutcome: String, Sendable {
        /// A new article.
        case added
        /// The same content is already in the set: nothing changed.
        case unchanged
        /// The id was there with other content (the file was edited), or the content was there under a
        /// larger id: the new article replaced it.
        case replaced
    }

    /// Adds one article; see `add(_:)` for many.
    @discardableResult
    public mutating func add(_ facts: ArticleFacts) -> AddOutcome { add([facts])[0] }

    /// Adds many articles; returns the outcome of each, in order.
    ///
    /// Content already present is unchanged — unless it is held under a larger id: then the
    /// smaller id replaces it, exactly as `init` keeps the smallest, so that `build b; add a`
    /// gives the same set as `build a b` (schema/reliability.md, finding 10). An article whose
    /// id is present with other content replaces it (the file was edited).
    public mutating func add(_ many: [ArticleFacts]) -> [AddOutcome] {
        var byID: [String: ArticleFacts] = [:]
        var idOfContent: [String: String] = [:]
        byID.reserveCapacity(articles.count + many.count)
        idOfContent.reserveCapacity(articles.count + many.count)
        for a in articles {
            byID[a.id] = a
            idOfContent[a.contentKey] = a.id
        }
        var outcomes: [AddOutcome] = []
        outcomes.reserveCapacity(many.count)
        var changed = false
        for f in many {
            var outcome = AddOutcome.added
            if let held = idOfContent[f.contentKey] {
                guard f.id < held else {
                    outcomes.append(.unchanged)
                    continue
                }
                // The same content under a larger id: the smaller id takes its place.
                byID[held] = nil
                outcome = .replaced
            }
            if let old = byID[f.id] {
                idOfContent[old.contentKey] = nil
                outcome = .replaced
            }
            byID[f.id] = f
            idOfContent[f.contentKey] = f.id
            outcomes.append(outcome)
            changed = true
        }
        if changed { articles = Self.sortedByID(Array(byID.values)) }
        return outcomes
    }

    /// Removes the articles of `files` that a new reading of those files no longer yields
    /// (a page re-read after an edit has fewer articles); returns their ids.
    public mutating func removeStale(of files: Set<String>, keeping fresh: [ArticleFacts]) -> [String] {
        let keepIDs = Set(fresh.map(\.id))
        let keepContent = Set(fresh.map(\.contentKey))
        var removed: [String] = []
        articles.removeAll { a in
            let stale = files.contains(a.file) && !keepIDs.contains(a.id) && !keepContent.contains(a.contentKey)
            if stale { removed.append(a.id) }
            return stale
        }
        return removed
    }

    /// `facts` sorted by id, then content key.
    ///
    /// Sorts keys, then moves each article once: sorting the large structs themselves
    /// copies them (and retains every field) at each step of the merge.
    static func sortedByID(_ facts: [ArticleFacts]) -> [ArticleFacts] {
        let keys = facts.map { (id: $0.id, content: $0.contentKey) }
        var order = Array(keys.indices)
        order.sort { a, b in
            let c = StringOrder.compare(keys[a].id, keys[b].id)
            return c != 0 ? c < 0 : StringOrder.less(keys[a].content, keys[b].content)
        }
        return order.map { facts[$0] }
    }

    /// Of two articles with the same content, true when `a` is the one kept: the smaller id, then the smaller encoding.
    static func prefersFirst(_ a: ArticleFacts, _ b: ArticleFacts) -> Bool {
        if a.id != b.id { return a.id < b.id }
        if a == b { return true }
        // Same id and content read by different tagger versions: keep one by a total order.
        let ea = (try? GraphStore.canonicalJSON(a)) ?? []
        let eb = (try? GraphStore.canonicalJSON(b)) ?? []
        return ea.lexicographicallyPrecedes(eb)
    }
}
