/// The administrative divisions of China with their parents, looked up by full or short name.
///
/// Several divisions share a name (鼓楼区 exists in many cities); `resolve`
/// prefers the one under the places the article is about.
public struct Gazetteer: Sendable {
    public private(set) var divisions: [Division] = []
    private var byName: [String: [Int]] = [:]
    /// The keys of `byName` in the order they were first added (a deterministic order without sorting).
    private var names: [String] = []
    private var parentIndex: [Int] = []

    /// Builds the gazetteer from `division` lexicon entries.
    public init(entries: [LexiconEntry]) {
        for e in entries where e.type == .division {
            let shorts = (e.attributes["short"] ?? "").fields(separatedBy: ",")
                .filter { $0.unicodeScalars.count >= 2 && $0 != e.surface }
            // Homonyms (朝阳区 under 北京市 and 长春市) share one line with parallel parent/code lists.
            let parents = (e.attributes["parent"] ?? "").fields(separatedBy: ",")
            let codes = (e.attributes["code"] ?? "").fields(separatedBy: ",")
            let count = max(1, parents.count, codes.count)
            for h in 0..<count {
                let d = Division(
                    name: e.surface, level: e.attributes["level"] ?? "",
                    parent: h < parents.count ? parents[h] : parents.first,
                    code: h < codes.count ? codes[h] : nil, shortForms: shorts)
                let i = divisions.count
                divisions.append(d)
                add(d.name, i)
                for s in shorts where !(byName[s]?.contains(i) ?? false) { add(s, i) }
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

    private mutating func add(_ name: String, _ i: Int) {
        if byName[name] == nil { names.append(name) }
        byName[name, default: []].append(i)
    }

    private func sharedPrefix(_ a: String, _ b: String) -> Int {
        zip(a.utf8, b.utf8).prefix(while: { $0 == $1 }).count
    }

    /// Every surface (full names and short forms) to compile into the matcher, with whether it is a short form
    /// and the divisions it may name, in the order the lexicon first names them.
    var surfaces: [(surface: String, isShort: Bool, candidates: [Int])] {
        names.map { name in
            let cands = byName[name]!
            return (name, !cands.contains(where: { divisions[$0].name == name }), cands)
        }
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
        resolveIndex(candidates: candidates(surface), surface: surface, near: context)
    }

    /// `resolve`, given the surface's candidates (`candidates(surface)`, which the tagger keeps per pattern).
    func resolveIndex(candidates cands: [Int], surface: String, near context: [String]) -> Int? {
        guard !cands.isEmpty else { return nil }
        if cands.count == 1 { return cands[0] }
        // Prefer an exact full-name match, then one whose ancestors include the context.
        let full = cands.filter { divisions[$0].name == surface }
        let pool = full.isEmpty ? cands : full
        for c in context {
            if let hit = pool.first(where: { chainContains($0, c) }) { return hit }
        }
        return pool[0]
    }

    /// `chain(i).contains(name)`, without building the chain.
    private func chainContains(_ i: Int, _ name: String) -> Bool {
        var j = i
        var steps = 0
        while j >= 0 && steps < 6 {
            if divisions[j].name == name { return true }
            j = parentIndex[j]
            steps += 1
        }
        return false
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
