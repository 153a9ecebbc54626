/// The `known-name` and `byline` rules: later mentions of names already established, and bylines.
///
/// Once a chain or a safe context has made `李正奎` a person, `推进会上，李正奎要求`
/// mentions him too. A repeat must still be followed by a name boundary, so a
/// longer name that starts the same way is not taken for it.
struct KnownNameRule {
    let doc: TagDocument
    let names: NameReader

    func find(known: [PersonFinding], authors: [Author]) -> [PersonFinding] {
        var out: [PersonFinding] = []
        var taken = known.map(\.name)
        var surfaces = Set(known.map { doc.text($0.name) })
        for a in authors where isPlausible(a.name) {
            surfaces.insert(a.name)
            if !occurrences(of: a.name).contains(where: { r in taken.contains(where: { $0.overlaps(r) }) }),
                let r = occurrences(of: a.name).first
            {
                out.append(PersonFinding(name: r, rule: "byline", links: [], phrase: r))
                taken.append(r)
            }
        }
        for s in surfaces.sorted() {
            for r in occurrences(of: s) where !taken.contains(where: { $0.overlaps(r) }) {
                let sentence = doc.sentence(containing: r.lowerBound)
                guard names.isBoundary(r.upperBound, limit: sentence.upperBound) else { continue }
                out.append(PersonFinding(name: r, rule: "known-name", links: [], phrase: r))
                taken.append(r)
            }
        }
        return out
    }

    /// An author name from the text stage that reads as a name: a surname first, not a role word (记者).
    func isPlausible(_ name: String) -> Bool {
        let n = name.unicodeScalars.count
        guard (2...4).contains(n) else { return false }
        let m = doc.lexicon.matcher.matches(in: name)
        let surnameFirst = m.contains { $0.start == 0 && doc.lexicon.typeMask[Int($0.pattern)] & TypeBits.surname != 0 }
        let isRole = m.contains {
            $0.start == 0 && Int($0.end) == name.utf8.count && doc.lexicon.typeMask[Int($0.pattern)] & TypeBits.personRole != 0
        }
        return surnameFirst && !isRole
    }

    private func occurrences(of s: String) -> [Range<Int>] {
        let needle = Array(s.utf8)
        guard let first = needle.first else { return [] }
        var out: [Range<Int>] = []
        let b = doc.bytes
        var i = 0
        while i + needle.count <= b.count {
            if b[i] == first && b[i..<(i + needle.count)].elementsEqual(needle) {
                out.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }
}
