/// The `known-name` and `byline` rules: later mentions of names already established, and bylines.
///
/// Once a chain or a safe context has made `韦东明` a person, `推进会上，韦东明要求`
/// mentions him too. A repeat must still be followed by a name boundary, so a
/// longer name that starts the same way is not taken for it.
struct KnownNameRule {
    let doc: TagDocument
    let names: NameReader

    func find(known: [PersonFinding], authors: [Author]) -> [PersonFinding] {
        var out: [PersonFinding] = []
        var taken = [Bool](repeating: false, count: doc.bytes.count)
        func free(_ r: Range<Int>) -> Bool { !r.contains { taken[$0] } }
        func take(_ r: Range<Int>) { for i in r { taken[i] = true } }
        for p in known { take(p.name) }
        var surfaces = Set(known.map { doc.text($0.name) })
        let plausibleAuthors = authors.filter { isPlausible($0.name) }
        surfaces.formUnion(plausibleAuthors.map(\.name))
        // One pass of a matcher over the article finds every repeat of every name.
        let list = surfaces.sorted()
        guard !list.isEmpty else { return out }
        let hits = occurrences(of: list)
        for a in plausibleAuthors {
            let mine = hits.filter { list[Int($0.pattern)] == a.name }.map { Int($0.start)..<Int($0.end) }
            if let r = mine.first, mine.allSatisfy(free) {
                out.append(PersonFinding(name: r, rule: "byline", links: [], phrase: r))
                take(r)
            }
        }
        for h in hits {
            let r = Int(h.start)..<Int(h.end)
            guard free(r) else { continue }
            let sentence = doc.sentence(containing: r.lowerBound)
            guard names.isBoundary(r.upperBound, limit: sentence.upperBound) else { continue }
            out.append(PersonFinding(name: r, rule: "known-name", links: [], phrase: r))
            take(r)
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

    /// Every occurrence of every name, by start then longest first: one matcher pass (cheap to build now
    /// that its symbol table is paged) instead of a byte scan per name.
    private func occurrences(of list: [String]) -> [PatternMatcher.Match] {
        var hits: [PatternMatcher.Match] = []
        if list.count > 1 {
            let matcher = PatternMatcher(patterns: list.map { Array($0.utf8) })
            hits = doc.bytes.withUnsafeBufferPointer { matcher.matches(in: $0) }
        } else {
            doc.bytes.withUnsafeBufferPointer { b in
                for (p, name) in list.enumerated() {
                    let needle = Array(name.utf8)
                    guard let first = needle.first, needle.count <= b.count else { continue }
                    var i = 0
                    while i + needle.count <= b.count {
                        if b[i] == first {
                            var k = 1
                            while k < needle.count && b[i + k] == needle[k] { k += 1 }
                            if k == needle.count {
                                hits.append(PatternMatcher.Match(pattern: Int32(p), start: Int32(i), end: Int32(i + k)))
                            }
                        }
                        i += 1
                    }
                }
            }
        }
        return hits.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
    }
}
