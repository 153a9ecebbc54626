/// Resolves place names to positions in the administrative hierarchy, from the facts themselves.
///
/// Each article may carry gazetteer paths for the names it uses
/// (`ArticleFacts.placePaths`), and each place mention may say what it lies in: the attribute `path`
/// (`山西省/吕梁市/汾阳市`, the place itself last) or `parent` (the parent's
/// full name, or a `/`-joined path down to the parent; several candidates
/// separated by `,` when the gazetteer knows homonyms). The directory gathers
/// these over all articles, so a place resolves to one path no matter in which
/// article its parent was stated, and ambiguous names (朝阳区 in 北京市 and
/// in 长春市) are settled by the article's own city and province.
struct PlaceDirectory {
    /// Known parents of each name (full names).
    private var parents: [String: Set<String>] = [:]
    /// Every name seen as a place, with or without a parent.
    private var known: Set<String> = []
    /// Names something is known about: a level, a parent, or being a parent.
    private var described: Set<String> = []
    /// Level votes per name (`province`, `prefecture`, `county`, …).
    private var levels: [String: Votes<String>] = [:]

    /// Suffixes tried when a short form (`宁波`) is not itself known.
    private static let shortFormSuffixes = ["市", "省", "县", "区", "自治区", "自治州", "地区", "盟", "旗"]

    init<Facts: Sequence<ArticleFacts>>(facts: Facts) {
        for a in facts {
            if let c = a.metadata.city, !c.isEmpty { known.insert(c) }
            if let p = a.metadata.province, !p.isEmpty {
                known.insert(p)
                described.insert(p)
                levels[p, default: Votes()].add("province")
            }
            for (_, path) in a.placePaths.sorted(by: { $0.key < $1.key }) {
                record(chain: Self.split(path))
            }
            for m in a.mentions where m.kind == .place {
                observe(m.canonical, attributes: m.attributes)
            }
            for c in a.offices {
                if let j = c.jurisdiction, !j.isEmpty { known.insert(j) }
            }
            for e in a.events {
                if let p = e.place, !p.isEmpty { known.insert(p) }
            }
        }
    }

    private mutating func observe(_ name: String, attributes: [String: String]) {
        guard !name.isEmpty else { return }
        known.insert(name)
        if let level = attributes["level"], !level.isEmpty {
            levels[name, default: Votes()].add(level)
            described.insert(name)
        }
        if let path = attributes["path"] {
            let parts = Self.split(path)
            if parts.last == name { record(chain: parts) } else { record(chain: parts + [name]) }
        } else if let parent = attributes["parent"], !parent.isEmpty {
            for candidate in parent.split(separator: ",").map(String.init) where !candidate.isEmpty {
                record(chain: Self.split(candidate) + [name])
            }
        }
    }

    /// Records each consecutive pair of a chain (root first) as child → parent.
    private mutating func record(chain: [String]) {
        for (i, n) in chain.enumerated() {
            known.insert(n)
            described.insert(n)
            if i > 0, chain[i - 1] != n { parents[n, default: []].insert(chain[i - 1]) }
        }
    }

    private static func split(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init).filter { !$0.isEmpty }
    }

    /// The level voted for `name`, if any.
    func level(of name: String) -> String? { levels[name]?.winner }

    /// The canonical name for `name`: itself when something is known about it (a level, a parent);
    /// else the one `name+suffix` something is known about (宁波 → 宁波市); else itself.
    func canonicalName(_ name: String) -> String {
        if described.contains(name) { return name }
        let expansions = Self.shortFormSuffixes.map { name + $0 }.filter { described.contains($0) }
        if expansions.count == 1 { return expansions[0] }
        if known.contains(name) { return name }
        let loose = Self.shortFormSuffixes.map { name + $0 }.filter { known.contains($0) }
        return loose.count == 1 ? loose[0] : name
    }

    /// The path (root first, the place last) of `name` read in an article of `context`.
    ///
    /// `parentHint` is the parent the mention itself stated. Among several
    /// possible parents, the one whose own path holds a context place (the
    /// article's city or province) wins; if that does not single one out, the
    /// place stays unplaced (a path of just its name) rather than guessed.
    func path(of rawName: String, parentHint: String? = nil, context: PlaceContext) -> [String] {
        let name = canonicalName(rawName)
        var visiting: Set<String> = [name]
        return resolve(name, parentHint: parentHint, context: context, visiting: &visiting)
    }

    private func resolve(
        _ name: String, parentHint: String?, context: PlaceContext, visiting: inout Set<String>
    ) -> [String] {
        var candidates: [String]
        if let hint = parentHint, !hint.isEmpty, !hint.contains(",") {
            candidates = [Self.split(hint).last ?? hint]
        } else {
            candidates = (parents[name] ?? []).sorted()
        }
        candidates.removeAll { visiting.contains($0) }
        guard !candidates.isEmpty, visiting.count < 12 else { return [name] }
        if candidates.count > 1 {
            let inContext = candidates.filter { c in
                var v = visiting
                v.insert(c)
                let p = resolve(c, parentHint: nil, context: context, visiting: &v)
                return p.contains { context.names.contains($0) }
            }
            guard inContext.count == 1 else { return [name] }
            candidates = inContext
        }
        let parent = candidates[0]
        visiting.insert(parent)
        return resolve(parent, parentHint: nil, context: context, visiting: &visiting) + [name]
    }
}

/// The places an article is read against: its paper's city and province.
struct PlaceContext: Hashable {
    var names: Set<String>

    init(_ metadata: IssueMetadata) {
        names = Set([metadata.city, metadata.province].compactMap { $0 }.filter { !$0.isEmpty })
    }
}
