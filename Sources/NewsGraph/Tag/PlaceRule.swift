/// Finds places: divisions from the gazetteer and names ending in a place suffix (X镇, X街道, X社区 …).
///
/// Rules: `division` (a full division name, unless a generic word such as
/// 示范 swallows its first character: 示范县 is not 范县), `division-short` (a
/// short form, accepted for provinces and prefectures, for the paper's own
/// places, or when the article names the division in full), `place-suffix`
/// (two to five characters before 镇/乡/街道/社区/村/小区, which must start after
/// punctuation, a boundary word, a generic word or another place — `加强社区`
/// is not a place — and a suffix inside a generic word such as 乡村 or 故乡
/// is none). A county name right before 镇/乡/村 names the township (古县镇).
struct PlaceRule {
    let doc: TagDocument
    let paper: PaperPlace

    static let maxSuffixStem = 5

    func find() -> [PlaceFinding] {
        // Places by end offset: the stem scan asks "does a place end here?" in constant time.
        var byEnd: [Int: PlaceFinding] = [:]
        for d in divisions() { byEnd[d.range.upperBound] = d }
        for m in doc.matches where doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.placeSuffix != 0 {
            if let longer = doc.longest(TypeBits.placeSuffix, endingAt: Int(m.end)), longer.start < m.start { continue }
            guard !insideGenericWord(m) else { continue }
            let entry = doc.lexicon.entry(.placeSuffix, pattern: Int(m.pattern))
            if entry?.attributes["mention"] == "0" { continue }
            let s = Int(m.start)
            let sentence = doc.sentence(containing: s)
            var j = s
            var count = 0
            var stopped = false
            while count <= Self.maxSuffixStem {
                if j <= sentence.lowerBound {
                    stopped = true
                    break
                }
                if byEnd[j] != nil || doc.ends(TypeBits.placeSuffix | TypeBits.notPlace, at: j) || doc.endsStop(at: j) {
                    // A short division glued to the stem (阳泉 in 阳泉曲镇) or a one-character word (和 in 太和桥)
                    // cannot end a stem of fewer than two characters: read through it.
                    if count < 2, let d = byEnd[j], d.rule == "division-short" {
                        byEnd[j] = nil
                    } else if count == 1, byEnd[j] == nil, !doc.ends(TypeBits.placeSuffix | TypeBits.notPlace, at: j),
                        doc.longest(TypeBits.prefixStop, endingAt: j).map({ $0.end - $0.start <= 3 }) ?? false
                    {
                        // 太和桥: take the one-character word and the character before it, then stop.
                        j = doc.previous(j)
                        count += 1
                        if byEnd[j] == nil {
                            j = doc.previous(j)
                            count += 1
                        }
                        stopped = doc.isIdeograph(at: j)
                        break
                    } else {
                        stopped = true
                        break
                    }
                }
                let p = doc.previous(j)
                guard doc.isIdeograph(at: p) else {
                    stopped = true
                    break
                }
                j = p
                count += 1
            }
            var start = j
            // 古县镇: the county name directly before the suffix is the township's own name.
            if count == 0, let d = byEnd[s], d.level == "county",
                ["township", "village", "subdistrict"].contains(entry?.attributes["level"] ?? "")
            {
                byEnd[s] = nil
                start = d.range.lowerBound
                count = 2
            }
            guard stopped, count >= 2 else { continue }
            let parent = byEnd[start]?.canonical
            byEnd[Int(m.end)] =
                (PlaceFinding(
                    range: start..<Int(m.end), canonical: doc.text(start..<Int(m.end)), level: entry?.attributes["level"] ?? "",
                    parent: parent, rule: "place-suffix"))
        }
        return byEnd.values.sorted {
            ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound)
        }
    }

    /// Gazetteer divisions, full names and trusted short forms (the first pass; enough to infer the paper's place).
    func divisions() -> [PlaceFinding] {
        let gaz = doc.lexicon.gazetteer
        let n = doc.bytes.count
        // Full names named anywhere in the article (the document keeps them for both passes).
        let fullNamesSeen = doc.fullDivisionNameSet
        let context = [paper.city, paper.prefecture, paper.province, paper.county].compactMap { $0 }
        let near = context + doc.fullDivisionNames
        var out: [PlaceFinding] = []
        var i = 0
        // Only positions where a division starts, in order: the byte walk would stop at no others.
        for s0 in doc.divisionStarts where s0 >= i && s0 < n {
            i = s0
            var accepted: PlaceFinding?
            for m in doc.matches(startingAt: s0) where doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.division != 0 {
                guard doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.notPlace == 0, !swallowedByGenericWord(m) else { break }
                let s = doc.surface(m)
                let cands = doc.lexicon.divisionCandidates[Int(m.pattern)]
                guard let di = gaz.resolveIndex(candidates: cands, surface: s, near: near) else { continue }
                // A full name is the surface of a division entry: the pattern's `division` type says so.
                let full = doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.fullDivision != 0
                let name = gaz.divisions[di].name
                let level = gaz.divisions[di].level
                if !full {
                    let known =
                        level == "province" || level == "prefecture" || fullNamesSeen.contains(name)
                        || gaz.ancestry(of: name, near: context).contains { context.contains($0) }
                    guard known else { continue }
                }
                accepted = PlaceFinding(
                    range: Int(m.start)..<Int(m.end), canonical: name, level: level, parent: gaz.divisions[di].parent,
                    rule: full ? "division" : "division-short")
                break
            }
            // 主办方山西: a short county form (方山) yields to a province or full name starting inside it.
            if let a = accepted, a.rule == "division-short", overriddenInside(a.range) {
                accepted = nil
            }
            if let a = accepted {
                out.append(a)
                i = a.range.upperBound
            } else {
                i += max(1, doc.scalarLength(at: i))
            }
        }
        return out
    }

    /// A division starting inside `r` and running past it is a province, a prefecture or a full name.
    private func overriddenInside(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound + doc.scalarLength(at: r.lowerBound)
        while i < r.upperBound {
            for m in doc.matches(startingAt: i)
            where doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.division != 0 && Int(m.end) > r.upperBound {
                if doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.fullDivision != 0 { return true }
                let gaz = doc.lexicon.gazetteer
                if let di = gaz.resolveIndex(
                    candidates: doc.lexicon.divisionCandidates[Int(m.pattern)], surface: doc.surface(m), near: []),
                    gaz.divisions[di].level == "province" || gaz.divisions[di].level == "prefecture"
                {
                    return true
                }
            }
            i += doc.scalarLength(at: i)
        }
        return false
    }

    /// A generic word covers the suffix character (乡 in 乡村, 故乡; 村 in 村级).
    private func insideGenericWord(_ m: PatternMatcher.Match) -> Bool {
        var i = Int(m.start)
        var back = 0
        while i > 0 && back < 3 {
            for g in doc.matches(startingAt: i) where doc.lexicon.typeMask[Int(g.pattern)] & TypeBits.notPlace != 0 {
                if g.end > m.start && (g.start < m.start || g.end > m.end) { return true }
            }
            i = doc.previous(i)
            back += 1
        }
        for g in doc.matches(startingAt: Int(m.start)) where doc.lexicon.typeMask[Int(g.pattern)] & TypeBits.notPlace != 0 {
            if g.end > m.end { return true }
        }
        return false
    }

    /// A generic word that starts before the division and runs into it (示范县 holds 范县).
    private func swallowedByGenericWord(_ m: PatternMatcher.Match) -> Bool {
        var i = Int(m.start)
        for _ in 0..<3 {
            guard i > 0 else { return false }
            i = doc.previous(i)
            for g in doc.matches(startingAt: i)
            where doc.lexicon.typeMask[Int(g.pattern)] & (TypeBits.notPlace | TypeBits.boundary) != 0 {
                if g.end > m.start { return true }
            }
        }
        return false
    }
}
