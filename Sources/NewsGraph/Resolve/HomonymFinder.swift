/// Lists the people who share a name but were kept apart, with the reason for each pair.
///
/// Works on any loaded graph: a person's anchors are in its `anchors`
/// property (see `PersonResolver` for the rule that produced them).
public enum HomonymFinder {
    /// All homonym groups of `graph`, sorted by name.
    public static func find(in graph: KnowledgeGraph) -> [Homonym] {
        var byName: [String: [Node]] = [:]
        for n in graph.nodes where n.type == .person {
            byName[n.properties["name"] ?? n.label, default: []].append(n)
        }
        let titles = positionTitles(graph)
        var offices: [String: Set<String>] = [:]
        for e in graph.edges where e.type == .holds {
            offices[e.source, default: []].insert(titles[e.target] ?? e.properties["resolvedTitle"] ?? e.target)
        }
        var out: [Homonym] = []
        for name in byName.keys.sorted() {
            let people = byName[name]!.sorted { $0.id < $1.id }
            guard people.count > 1 else { continue }
            let candidates = people.map { p in
                Homonym.Candidate(
                    id: p.id, anchors: anchors(of: p), offices: (offices[p.id] ?? []).sorted(),
                    articleCount: p.articleCount)
            }
            var reasons: [String] = []
            for i in candidates.indices {
                for j in candidates.indices where j > i {
                    reasons.append("\(candidates[i].id) / \(candidates[j].id): \(reason(candidates[i], candidates[j]))")
                }
            }
            out.append(Homonym(name: name, candidates: candidates, reasons: reasons))
        }
        return out
    }

    private static func positionTitles(_ graph: KnowledgeGraph) -> [String: String] {
        var titles: [String: String] = [:]
        for n in graph.nodes where n.type == .position { titles[n.id] = n.properties["title"] ?? n.label }
        return titles
    }

    private static func anchors(of person: Node) -> [String] {
        (person.properties["anchors"] ?? "").split(separator: " ").map(String.init)
    }

    /// Why two people of one name were not merged, in words.
    static func reason(_ a: Homonym.Candidate, _ b: Homonym.Candidate) -> String {
        let pa = a.anchors.filter(isPlace).map(components)
        let pb = b.anchors.filter(isPlace).map(components)
        for x in pa {
            for y in pb where x.starts(with: y) || y.starts(with: x) {
                let (inner, outer) = x.count >= y.count ? (x, y) : (y, x)
                let what = a.offices.isEmpty || b.offices.isEmpty ? "one has no office there" : "offices at different levels"
                return "related places: \(display(inner)) lies within \(display(outer)) (\(what)); "
                    + "not merged because no jurisdiction is shared and the match is not unique — possibly one person"
            }
        }
        if let page = (a.anchors + b.anchors).first(where: { $0.hasPrefix("page:") }) {
            return "read in an article with no city or province (\(unescape(String(page.dropFirst(5))))): no context to match on"
        }
        if a.offices.isEmpty || b.offices.isEmpty {
            return "one has no office and was read in another place (\(describe(a.offices.isEmpty ? a : b)))"
        }
        return "unrelated jurisdictions: \(describe(a)) and \(describe(b))"
    }

    private static func isPlace(_ anchor: String) -> Bool { !anchor.hasPrefix("page:") && !anchor.hasPrefix("org:") }
    private static func components(_ anchor: String) -> [String] { anchor.split(separator: "/").map(String.init) }
    private static func display(_ path: [String]) -> String { unescape(path.last ?? "") }

    private static func describe(_ c: Homonym.Candidate) -> String {
        c.anchors.map { a -> String in
            if a.hasPrefix("org:") { return unescape(String(a.dropFirst(4))) }
            if a.hasPrefix("page:") { return unescape(String(a.dropFirst(5))) }
            return display(components(a))
        }.joined(separator: ", ")
    }

    /// Reverses `NodeID.escape` for display.
    static func unescape(_ s: String) -> String {
        guard s.contains("%") else { return s }
        var bytes: [UInt8] = []
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%"), i + 2 < u.count,
                let v = UInt8(String(decoding: u[(i + 1)...(i + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(v)
                i += 3
            } else {
                bytes.append(u[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
