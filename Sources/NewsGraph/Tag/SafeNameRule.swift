/// Names without an office, accepted only where the context makes them safe.
///
/// Rules: `role-name` (after a role noun: 居民, 村民, 负责人, 记者, 第一名 …),
/// `resident-name` (right after a community, village or compound:
/// `幸福路社区贺秀兰`), `photo-credit` (`尹家豪摄` ending a sentence),
/// `end-byline` (`（葛思远）` closing a paragraph). Precision matters more
/// than reach here: a name that only looks like one is left out.
struct SafeNameRule {
    let doc: TagDocument
    let names: NameReader
    let places: [PlaceFinding]

    func find() -> [PersonFinding] {
        var out: [PersonFinding] = []
        for m in doc.matches where doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.personRole != 0 {
            let entry = doc.lexicon.entry(.personRole, pattern: Int(m.pattern))
            let sentence = doc.sentence(containing: Int(m.start))
            if entry?.flag("after") ?? false {
                if let r = nameBefore(Int(m.start), sentence: sentence) {
                    out.append(PersonFinding(name: r, rule: "photo-credit", links: [], phrase: r.lowerBound..<Int(m.end)))
                }
                continue
            }
            // Only the longest role word ending here (负责人, not 人).
            if let longer = doc.longest(TypeBits.personRole, endingAt: Int(m.end)), longer.start < m.start { continue }
            var at = Int(m.end)
            if doc.scalar(at: at) == 0x20 || doc.scalar(at: at) == 0x3A { at += 1 }  // `记者 邵明辉`, `编辑:邵明辉`
            if doc.scalar(at: at) == 0xFF1A { at += 3 }  // `责任编辑：郑小燕`
            if let r = names.name(at: at, limit: sentence.upperBound), confident(r) {
                let role = entry?.attributes["attend"].flatMap(AttendanceRole.init(rawValue:))
                out.append(
                    PersonFinding(name: r, rule: "role-name", links: [], phrase: Int(m.start)..<r.upperBound, attendRole: role))
            }
        }
        for p in places where ["community", "village", "compound"].contains(p.level) {
            let sentence = doc.sentence(containing: p.range.lowerBound)
            let at = p.range.upperBound
            guard let r = names.name(at: at, limit: sentence.upperBound), !names.surnameIsAmbiguous(at: r.lowerBound)
            else { continue }
            // The name must end the clause or be followed by 的/说-like words, not by more noun text.
            guard !doc.isIdeograph(at: r.upperBound) || doc.starts(TypeBits.nameEnd, at: r.upperBound) else { continue }
            out.append(PersonFinding(name: r, rule: "resident-name", links: [], phrase: p.range.lowerBound..<r.upperBound))
        }
        out.append(contentsOf: endBylines())
        return out
    }

    /// A surname that is also a common word (双, 爱) needs a three-character name to count.
    private func confident(_ r: Range<Int>) -> Bool {
        !names.surnameIsAmbiguous(at: r.lowerBound) || r.count >= 9
    }

    /// A name of two to four characters ending at `end`, opening its sentence or following punctuation.
    private func nameBefore(_ end: Int, sentence: Range<Int>) -> Range<Int>? {
        var start = end
        for _ in 0..<4 {
            guard start > sentence.lowerBound else { break }
            let p = doc.previous(start)
            guard doc.isIdeograph(at: p) else { break }
            start = p
            if start == sentence.lowerBound || !doc.isIdeograph(at: doc.previous(start)) || start == 0 {
                if let r = names.name(at: start, limit: end), r.upperBound == end { return r }
            }
        }
        return nil
    }

    /// `（葛思远）` or `（葛思远 柴晓雯）` closing a paragraph.
    private func endBylines() -> [PersonFinding] {
        var out: [PersonFinding] = []
        let b = doc.bytes
        var i = 0
        while i < b.count {
            // `（` is EF BC 88 and `(` is 28: any other byte starts no bracket (continuation bytes included).
            guard b[i] == 0xEF || b[i] == 0x28 else {
                i += 1
                continue
            }
            let s = doc.scalar(at: i)
            guard s == 0xFF08 || s == 0x28 else {
                i += doc.scalarLength(at: i)
                continue
            }
            let open = i
            var j = i + doc.scalarLength(at: i)
            var parts: [Range<Int>] = []
            var partStart = j
            var ok = false
            while j < b.count && j - open < 60 {
                let c = doc.scalar(at: j)
                if c == 0xFF09 || c == 0x29 {
                    if j > partStart { parts.append(partStart..<j) }
                    ok = true
                    break
                }
                if c == 0x20 || c == 0x3000 || c == UTF8Scan.dunhao {
                    if j > partStart { parts.append(partStart..<j) }
                    j += doc.scalarLength(at: j)
                    partStart = j
                    continue
                }
                guard UTF8Scan.isIdeograph(c) else { break }
                j += doc.scalarLength(at: j)
            }
            i = open + doc.scalarLength(at: open)
            guard ok else { continue }
            let close = j + doc.scalarLength(at: j)
            // Must close the paragraph (end of text or a line break next).
            guard close >= b.count || b[close] == 0x0A else { continue }
            var found: [Range<Int>] = []
            for part in parts {
                guard let r = names.name(at: part.lowerBound, limit: part.upperBound), r.upperBound == part.upperBound
                else {
                    found = []
                    break
                }
                found.append(r)
            }
            for r in found { out.append(PersonFinding(name: r, rule: "end-byline", links: [], phrase: open..<close)) }
        }
        return out
    }
}
