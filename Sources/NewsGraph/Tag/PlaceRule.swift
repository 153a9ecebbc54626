/// Finds places: divisions from the gazetteer and names ending in a place suffix (X镇, X街道, X社区 …).
///
/// Rules: `division` (a full division name), `division-short` (a short form,
/// accepted only for provinces and prefectures or when the article names the
/// division's parent or full name), `place-suffix` (two to four characters
/// before 镇/乡/街道/社区/村/小区, cut after generic words such as 城市, 老旧, 各).
struct PlaceRule {
    let doc: TagDocument
    let paper: PaperPlace

    func find() -> [PlaceFinding] {
        let gaz = doc.lexicon.gazetteer
        var out: [PlaceFinding] = []
        var fullNamesSeen: Set<String> = []
        var i = 0
        let n = doc.bytes.count
        // Pass 1: divisions (full names first so short forms can be checked against them).
        var pending: [(Range<Int>, String)] = []
        while i < n {
            if let m = doc.longest(TypeBits.division, startingAt: i) {
                let s = doc.surface(m)
                let isNot = doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.notPlace != 0
                if !isNot {
                    if gaz.isFullName(s) { fullNamesSeen.insert(s) }
                    pending.append((Int(m.start)..<Int(m.end), s))
                    i = Int(m.end)
                    continue
                }
            }
            i += 1
        }
        let context = [paper.city, paper.prefecture, paper.province].compactMap { $0 }
        for (r, s) in pending {
            guard let d = gaz.resolve(s, near: context + Array(fullNamesSeen)) else { continue }
            let full = gaz.isFullName(s)
            if !full {
                let ancestry = gaz.ancestry(of: d.name, near: context)
                let known = d.level == "province" || d.level == "prefecture" || fullNamesSeen.contains(d.name)
                    || ancestry.dropFirst().contains { fullNamesSeen.contains($0) || context.contains($0) }
                guard known else { continue }
                // A short form glued to the next ideograph of a longer word is not a place (`和平发展`).
            }
            out.append(
                PlaceFinding(
                    range: r, canonical: d.name, level: d.level, parent: d.parent,
                    rule: full ? "division" : "division-short"))
        }
        // Pass 2: suffix places.
        var k = 0
        while k < doc.matches.count {
            let m = doc.matches[k]
            k += 1
            guard doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.placeSuffix != 0 else { continue }
            // Only the longest suffix ending here (社区 rather than 区).
            if let longer = doc.longest(TypeBits.placeSuffix, endingAt: Int(m.end)), longer.start < m.start { continue }
            let s = Int(m.start)
            let sentence = doc.sentence(containing: s)
            var j = s
            var count = 0
            while j > sentence.lowerBound && count < 4 {
                if doc.endsStop(at: j) || doc.ends(TypeBits.notPlace | TypeBits.placeSuffix | TypeBits.division, at: j) {
                    break
                }
                let p = doc.previous(j)
                guard doc.isIdeograph(at: p) else { break }
                j = p
                count += 1
            }
            guard count >= 2 else { continue }
            let level = doc.lexicon.entry(.placeSuffix, pattern: Int(m.pattern))?.attributes["level"] ?? ""
            let name = doc.text(j..<Int(m.end))
            let parent = out.last(where: { $0.range.upperBound == j })?.canonical
            out.append(PlaceFinding(range: j..<Int(m.end), canonical: name, level: level, parent: parent, rule: "place-suffix"))
        }
        return out.sorted { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
    }
}
