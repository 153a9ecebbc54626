/// Finds organisations: abbreviated bodies (`org-abbrev`: 市委组织部 → 汾阳市委组织部)
/// and names ending in an organisation suffix (`org-suffix`: 宁波市山西商会).
///
/// A suffix name reaches left like an office prefix (to punctuation, a boundary
/// word or another body's name such as 人民网) and is trimmed to its first place
/// or body; it may hold a bracketed place (浙瓯（杭州）商贸有限责任公司) or a 与 after
/// a place's trade (宁波市餐饮业与烹饪协会). Suffixes of one character (局, 部, 院)
/// are accepted only after a place or a body (`市公安局`) and where the word ends
/// (not 部门). A bare 县委 with no county in sight, and generic bodies
/// (党群服务中心), name no particular organisation and are left out.
struct OrganizationRule {
    let doc: TagDocument
    let paper: PaperPlace
    let places: [PlaceFinding]

    static let maxScalars = 16

    /// One-character unit words (部, 局, 厅 …) that must end the word they close, as scalar values.
    static let oneCharacterUnits: Set<UInt32> = Set(
        ["部", "局", "厅", "处", "科", "办", "院", "所", "站", "队", "委", "厂"].map { $0.unicodeScalars.first!.value })

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

    /// A body's abbreviation ends at `i` that names a body of its own (人民网), not the jurisdiction's
    /// party or state body that a department belongs to (市委 in 市委理论学习中心组).
    private func endsIndependentBody(at i: Int) -> Bool {
        guard let m = doc.longest(TypeBits.orgAbbrev, endingAt: i) else { return false }
        return !PaperPlace.isLevelChar(doc.scalar(at: Int(m.start)))
    }

    /// The `（` of a short bracket of ideographs closing at `close` (a `）`).
    private func openingParenthesis(before close: Int, floor: Int) -> Int? {
        var j = close
        for _ in 0..<5 {
            guard j > floor else { return nil }
            j = doc.previous(j)
            let c = doc.scalar(at: j)
            if c == 0xFF08 {
                // Only a place fills the bracket (not 乡（镇）, 村（社区）).
                let inside = (j + 3)..<close
                guard let p = places.place(startingAt: inside.lowerBound), p.range.upperBound == close, p.rule != "place-suffix"
                else { return nil }
                return j
            }
            guard UTF8Scan.isIdeograph(c) else { return nil }
        }
        return nil
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
        if let p = places.lastPlace(
            before: start + 3, from: max(0, start - 60),
            where: {
                $0.range.upperBound == start
                    || ($0.range.upperBound == start + 3 && PaperPlace.isLevelChar(first)
                        && $0.canonical.unicodeScalars.last?.value == first && $0.range.lowerBound < start)
            })
        {
            start = p.range.lowerBound
            jurisdiction = p.canonical
        }
        // A body opened by a place word (`自治区政协`): the word stands for the paper's place.
        if jurisdiction == nil, let ref = doc.longest(TypeBits.placeRef, startingAt: start), ref.end < m.end,
            let j = paper.place(
                forLevel: PaperPlace.level(
                    ofRef: doc.lexicon.entry(.placeRef, pattern: Int(ref.pattern)), surface: doc.surface(ref)))
        {
            return OrganizationFinding(
                range: start..<Int(m.end), canonical: j + doc.text(Int(ref.end)..<Int(m.end)), jurisdiction: j, rule: "org-abbrev"
            )
        }
        // A level character inside a longer place word (区 in 自治区) does not open a body.
        if PaperPlace.isLevelChar(first),
            doc.matches(endingAt: start + 3).contains(where: {
                $0.start < m.start && doc.lexicon.typeMask[Int($0.pattern)] & (TypeBits.placeRef | TypeBits.division) != 0
            })
        {
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
        return OrganizationFinding(
            range: start..<Int(m.end), canonical: canonical, jurisdiction: jurisdiction, rule: "org-abbrev")
    }

    /// A body ending in a one-character unit (部, 局) must end the word there: 组织部门 is no 组织部.
    private func endsWord(_ m: PatternMatcher.Match) -> Bool {
        let after = Int(m.end)
        let last = doc.previous(after)
        guard after - last == 3, Self.oneCharacterUnits.contains(doc.scalar(at: last)) else { return true }
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
            // A stop word or another body's abbreviation (人民网 before 人民慕课…学院) ends the name.
            if doc.endsStop(at: i) || (i < s && endsIndependentBody(at: i)) { break }
            let p = doc.previous(i)
            if doc.scalar(at: p) == 0xFF09, let open = openingParenthesis(before: p, floor: sentence.lowerBound) {
                // `浙瓯（杭州）商贸有限责任公司`: a place in brackets belongs to the name.
                count += 1
                i = open
                continue
            }
            guard doc.isIdeograph(at: p) else { break }
            i = p
            count += 1
        }
        // `宁波市餐饮业与烹饪协会`: a name joined inside by 与/和 when the part before the joiner is a place's
        // trade, not an organisation of its own.
        if count <= 4, i - 3 > sentence.lowerBound, [0x4E0E, 0x548C].contains(doc.scalar(at: i - 3)),
            !doc.ends(TypeBits.orgSuffix | TypeBits.orgAbbrev, at: i - 3)
        {
            var j = i - 3
            var n = 0
            while j > sentence.lowerBound && n < 8 && !doc.endsStop(at: j) && doc.isIdeograph(at: doc.previous(j)) {
                j = doc.previous(j)
                n += 1
            }
            // The trade starts at a place (宁波市餐饮业) or at a bare level word (县文化广电和旅游局).
            if n >= 3,
                places.place(startingAt: j).map({ $0.range.upperBound < i - 3 })
                    ?? (PaperPlace.isLevelChar(doc.scalar(at: j)) || doc.starts(TypeBits.placeRef, at: j))
            {
                i = j
            }
        }
        var q = i
        while q < s {
            if doc.starts(TypeBits.placeRef | TypeBits.orgAbbrev, at: q) || places.place(startingAt: q) != nil {
                break
            }
            q += doc.scalarLength(at: q)
        }
        // A place inside brackets does not start the name (浙瓯（杭州）…): the name starts where the scan did.
        if q < s, q > i, doc.scalar(at: doc.previous(q)) == 0xFF08 { q = i }
        // Nor does a short form one character into the name (丹霞山管委会: 霞山).
        if q < s, q - i == doc.scalarLength(at: i), places.place(startingAt: q)?.rule == "division-short" { q = i }
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
                forLevel: PaperPlace.level(
                    ofRef: doc.lexicon.entry(.placeRef, pattern: Int(ref.pattern)), surface: doc.surface(ref)))
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
        return OrganizationFinding(
            range: start..<Int(m.end), canonical: canonical, jurisdiction: jurisdiction, rule: "org-suffix")
    }
}
