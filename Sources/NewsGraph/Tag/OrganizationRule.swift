/// Finds organisations: abbreviated bodies (`org-abbrev`: 市委组织部 → 汾阳市委组织部)
/// and names ending in an organisation suffix (`org-suffix`: 宁波市山西商会).
///
/// A suffix name reaches left like an office prefix (to punctuation or a
/// boundary word) and is trimmed to its first jurisdiction token. Suffixes of
/// one character (局, 部, 院) are accepted only after a place or a body
/// (`市公安局`), since they also end ordinary words (全局, 大部).
struct OrganizationRule {
    let doc: TagDocument
    let paper: PaperPlace
    let places: [PlaceFinding]

    static let maxScalars = 16

    func find() -> [OrganizationFinding] {
        var out: [OrganizationFinding] = []
        for m in doc.matches {
            let mask = doc.lexicon.typeMask[Int(m.pattern)]
            if mask & TypeBits.orgAbbrev != 0 {
                if let last = out.last, last.rule == "org-abbrev", Int(m.start) < last.range.upperBound { continue }
                // `市委` + `专项办`: a department written right after its body belongs to it.
                if let last = out.last, last.rule == "org-abbrev", Int(m.start) == last.range.upperBound,
                    !PaperPlace.isLevelChar(doc.surface(m).unicodeScalars.first!.value)
                {
                    out[out.count - 1].range = last.range.lowerBound..<Int(m.end)
                    out[out.count - 1].canonical = last.canonical + doc.surface(m)
                    continue
                }
                if endsWord(m), let f = abbreviation(m) { out.append(f) }
            }
        }
        for m in doc.matches where doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.orgSuffix != 0 {
            if let longer = doc.longest(TypeBits.orgSuffix, endingAt: Int(m.end)), longer.start < m.start { continue }
            // Only where the suffix ends the word: 公司 in 有限公司 is covered by the longer suffix.
            if let f = suffixed(m) { out.append(f) }
        }
        return out
    }

    /// What a bare 县/市/省 at `pos` stands for (see `PaperPlace.place(forLevel:at:sentence:places:)`).
    private func levelPlace(_ level: UInt32, before pos: Int) -> String? {
        paper.place(forLevel: level, at: pos, sentence: doc.sentence(containing: pos), places: places)
    }

    private func abbreviation(_ m: PatternMatcher.Match) -> OrganizationFinding? {
        let surface = doc.surface(m)
        let first = surface.unicodeScalars.first!.value
        var start = Int(m.start)
        var jurisdiction: String?
        // A place written before the body: 汾阳市委 (the place shares 市), 祁县县委.
        if let p = places.lastPlace(before: start + 3, from: max(0, start - 60), where: {
            $0.range.upperBound == start || ($0.range.upperBound == start + 3 && PaperPlace.isLevelChar(first)
                && $0.canonical.unicodeScalars.last?.value == first && $0.range.lowerBound < start)
        }) {
            start = p.range.lowerBound
            jurisdiction = p.canonical
        }
        // A body opened by a place word (`自治区政协`): the word stands for the paper's place.
        if jurisdiction == nil, let ref = doc.longest(TypeBits.placeRef, startingAt: start), ref.end < m.end,
            let j = paper.place(
                forLevel: PaperPlace.level(ofRef: doc.lexicon.entry(.placeRef, pattern: Int(ref.pattern)), surface: doc.surface(ref)))
        {
            return OrganizationFinding(
                range: start..<Int(m.end), canonical: j + doc.text(Int(ref.end)..<Int(m.end)), jurisdiction: j, rule: "org-abbrev")
        }
        // A level character inside a longer place word (区 in 自治区) does not open a body.
        if PaperPlace.isLevelChar(first), doc.matches(endingAt: start + 3).contains(where: {
            $0.start < m.start && doc.lexicon.typeMask[Int($0.pattern)] & (TypeBits.placeRef | TypeBits.division) != 0
        }) {
            return nil
        }
        var canonical: String
        if let j = jurisdiction {
            if j.unicodeScalars.last?.value == first && PaperPlace.isLevelChar(first) {
                canonical = j + String(surface.unicodeScalars.dropFirst())
            } else {
                canonical = j + surface
            }
        } else if PaperPlace.isLevelChar(first), let j = levelPlace(first, before: start) {
            jurisdiction = j
            canonical = j + String(surface.unicodeScalars.dropFirst())
        } else if PaperPlace.isLevelChar(first) {
            // `县委党校` with no county in sight: a kind of body, not a particular one.
            return nil
        } else {
            canonical = surface
        }
        return OrganizationFinding(range: start..<Int(m.end), canonical: canonical, jurisdiction: jurisdiction, rule: "org-abbrev")
    }

    /// A body ending in a one-character unit (部, 局) must end the word there: 组织部门 is no 组织部.
    private func endsWord(_ m: PatternMatcher.Match) -> Bool {
        let after = Int(m.end)
        let last = doc.previous(after)
        guard after - last == 3, ["部", "局", "厅", "处", "科", "办", "院", "所", "站", "队", "委", "厂"].contains(doc.text(last..<after))
        else { return true }
        return !doc.isIdeograph(at: after)
            || doc.matches(startingAt: after).contains { doc.lexicon.typeMask[Int($0.pattern)] & ~TypeBits.surname != 0 }
    }

    /// The stretch is a generic organisation word, or one after at most two characters (小区党群服务站);
    /// a longer proper name before it (辰坤社会工作服务中心) makes it particular.
    private func isGeneric(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        var chars = 0
        while i < r.upperBound && chars <= 3 {
            if let g = doc.longest(TypeBits.notOrg, startingAt: i), Int(g.end) == r.upperBound { return true }
            i += max(1, doc.scalarLength(at: i))
            chars += 1
        }
        return false
    }

    private func suffixed(_ m: PatternMatcher.Match) -> OrganizationFinding? {
        let s = Int(m.start)
        let sentence = doc.sentence(containing: s)
        var i = s
        var count = 0
        while i > sentence.lowerBound && count < Self.maxScalars {
            if doc.endsStop(at: i) { break }
            let p = doc.previous(i)
            guard doc.isIdeograph(at: p) else { break }
            i = p
            count += 1
        }
        var q = i
        while q < s {
            if doc.starts(TypeBits.placeRef | TypeBits.orgAbbrev, at: q) || places.place(startingAt: q) != nil {
                break
            }
            q += doc.scalarLength(at: q)
        }
        let anchored = q < s || (i < s && PaperPlace.isLevelChar(doc.scalar(at: i)))
        let start = q < s ? q : i
        let suffixLen = Int(m.end) - s
        let nameLen = s - start
        guard nameLen > 0 else { return nil }
        if suffixLen < 6 && !anchored { return nil }
        if !anchored && nameLen < 6 { return nil }
        if suffixLen < 6 && !endsWord(m) { return nil }
        // A generic body (党群服务中心) names no particular organisation unless a place opens it.
        if !anchored, isGeneric(start..<Int(m.end)) { return nil }
        // Render a bare level character or 我市 at the start.
        var canonical = doc.text(start..<Int(m.end))
        var jurisdiction: String?
        let first = doc.scalar(at: start)
        if let ref = doc.longest(TypeBits.placeRef, startingAt: start),
            let j = paper.place(
                forLevel: PaperPlace.level(ofRef: doc.lexicon.entry(.placeRef, pattern: Int(ref.pattern)), surface: doc.surface(ref)))
        {
            jurisdiction = j
            canonical = j + doc.text(Int(ref.end)..<Int(m.end))
        } else if PaperPlace.isLevelChar(first), doc.longest(TypeBits.division, startingAt: start) == nil,
            let j = levelPlace(first, before: start)
        {
            jurisdiction = j
            canonical = j + doc.text((start + 3)..<Int(m.end))
        } else if PaperPlace.isLevelChar(first), doc.longest(TypeBits.division, startingAt: start) == nil {
            return nil  // `县委党校` with no county in sight names a kind of body
        } else if let p = places.place(startingAt: start) {
            jurisdiction = p.canonical
        }
        return OrganizationFinding(range: start..<Int(m.end), canonical: canonical, jurisdiction: jurisdiction, rule: "org-suffix")
    }
}
