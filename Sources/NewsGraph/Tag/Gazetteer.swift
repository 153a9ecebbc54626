/// The administrative divisions of China with their parents, looked up by full or short name.
///
/// Several divisions share a name (鼓楼区 exists in many cities); `resolve`
/// prefers the one under the places the article is about.
public struct Gazetteer: Sendable {
    public private(set) var divisions: [Division] = []
    private var byName: [String: [Int]] = [:]
    private var parentIndex: [Int] = []

    /// Builds the gazetteer from `division` lexicon entries.
    public init(entries: [LexiconEntry]) {
        for e in entries where e.type == .division {
            let shorts = (e.attributes["short"] ?? "").split(separator: ",").map(String.init)
                .filter { $0.unicodeScalars.count >= 2 && $0 != e.surface }
            // Homonyms (朝阳区 under 北京市 and 长春市) share one line with parallel parent/code lists.
            let parents = (e.attributes["parent"] ?? "").split(separator: ",").map(String.init)
            let codes = (e.attributes["code"] ?? "").split(separator: ",").map(String.init)
            let count = max(1, parents.count, codes.count)
            for h in 0..<count {
                let d = Division(
                    name: e.surface, level: e.attributes["level"] ?? "",
                    parent: h < parents.count ? parents[h] : parents.first,
                    code: h < codes.count ? codes[h] : nil, shortForms: shorts)
                let i = divisions.count
                divisions.append(d)
                byName[d.name, default: []].append(i)
                for s in shorts where !(byName[s]?.contains(i) ?? false) { byName[s, default: []].append(i) }
            }
        }
        parentIndex = divisions.map { d in
            guard let p = d.parent, let cands = byName[p]?.filter({ divisions[$0].name == p }), !cands.isEmpty
            else { return -1 }
            if let code = d.code, cands.count > 1 {
                // The parent whose code shares the longest prefix with the child's.
                return cands.max(by: {
                    sharedPrefix(divisions[$0].code ?? "", code) < sharedPrefix(divisions[$1].code ?? "", code)
                })!
            }
            return cands[0]
        }
    }

    private func sharedPrefix(_ a: String, _ b: String) -> Int {
        zip(a.utf8, b.utf8).prefix(while: { $0 == $1 }).count
    }

    /// Every surface (full names and short forms) to compile into the matcher, with whether it is a short form.
    var surfaces: [(surface: String, isShort: Bool)] {
        var out: [(String, Bool)] = []
        for (name, idx) in byName.sorted(by: { $0.key < $1.key }) {
            out.append((name, !idx.contains(where: { divisions[$0].name == name })))
        }
        return out
    }

    /// Indices of divisions written `surface` (full or short).
    public func candidates(_ surface: String) -> [Int] { byName[surface] ?? [] }

    /// True when `surface` is the full name of some division.
    public func isFullName(_ surface: String) -> Bool {
        candidates(surface).contains { divisions[$0].name == surface }
    }

    /// The division written `surface`, preferring one under (or equal to) a place in `context`.
    public func resolve(_ surface: String, near context: [String] = []) -> Division? {
        resolveIndex(surface, near: context).map { divisions[$0] }
    }

    private func resolveIndex(_ surface: String, near context: [String]) -> Int? {
        let cands = candidates(surface)
        guard !cands.isEmpty else { return nil }
        if cands.count == 1 { return cands[0] }
        // Prefer an exact full-name match, then one whose ancestors include the context.
        let full = cands.filter { divisions[$0].name == surface }
        let pool = full.isEmpty ? cands : full
        for c in context {
            if let hit = pool.first(where: { chain($0).contains(c) }) { return hit }
        }
        return pool[0]
    }

    /// Names from the division up to its province: `[汾阳市, 吕梁市, 山西省]`.
    public func ancestry(of name: String, near context: [String] = []) -> [String] {
        guard let i = resolveIndex(name, near: context) else { return [] }
        return chain(i)
    }

    private func chain(_ i: Int) -> [String] {
        var out: [String] = []
        var j = i
        while j >= 0 && out.count < 6 {
            out.append(divisions[j].name)
            j = parentIndex[j]
        }
        return out
    }

    /// The province a division lies in.
    public func province(of name: String, near context: [String] = []) -> String? {
        let a = ancestry(of: name, near: context)
        guard let i = a.lastIndex(where: { n in candidates(n).contains { divisions[$0].level == "province" } })
        else { return nil }
        return a[i]
    }
}
