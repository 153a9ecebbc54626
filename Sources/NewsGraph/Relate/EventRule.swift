/// Finds the events an article announces: a date, an announcing verb and an event noun.
///
/// Rules: `event-announced` (`12月3日，全市…约谈会召开`: the noun phrase ending in
/// an event noun right before 召开/举行), `event-verb-object` (`…并召开推进会`:
/// the verb's object ending in an event noun), `event-visit` (`…第二十三站走进宁波`:
/// 走进 with a place). The sentence must hold a date; a date without an
/// announcing verb (`5月15日是全国助残日`) is not an event.
struct EventRule {
    let doc: TagDocument
    let dates: [DateSpotter.Found]
    let places: [PlaceFinding]
    /// Year to complete partial dates with, when the article or issue gives one.
    let year: Int?

    func find() -> [EventFinding] {
        var out: [EventFinding] = []
        for sentence in doc.sentences {
            let inSentence = dates.filter { sentence.contains($0.range.lowerBound) }
            guard !inSentence.isEmpty else { continue }
            var p = sentence.lowerBound
            while p < sentence.upperBound {
                guard let v = doc.longest(TypeBits.announceVerb, startingAt: p) else {
                    p += max(1, doc.scalarLength(at: p))
                    continue
                }
                p = Int(v.end)
                guard let date = inSentence.last(where: { $0.range.upperBound <= Int(v.start) }) else { continue }
                var d = date.date
                if d.year == nil, let year { d = d.withYear(year) }
                let verb = doc.surface(v)
                if let noun = doc.longest(TypeBits.eventNoun, endingAt: Int(v.start)) ?? nounBeforePlace(Int(v.start), floor: date.range.upperBound) {
                    let start = clauseStart(before: Int(noun.start), floor: max(sentence.lowerBound, date.range.upperBound))
                    out.append(
                        EventFinding(
                            name: start..<Int(noun.end), noun: doc.surface(noun), date: d, place: place(in: start..<Int(noun.end)),
                            rule: "event-announced", phrase: date.range.lowerBound..<Int(v.end)))
                } else if let noun = objectNoun(after: Int(v.end), limit: sentence.upperBound) {
                    out.append(
                        EventFinding(
                            name: Int(v.end)..<Int(noun.end), noun: doc.surface(noun), date: d, place: nil,
                            rule: "event-verb-object", phrase: date.range.lowerBound..<Int(noun.end)))
                } else if verb == "走进", let place = places.first(where: { $0.range.lowerBound == Int(v.end) }) {
                    let start = clauseStart(before: Int(v.start), floor: max(sentence.lowerBound, date.range.upperBound))
                    guard start < Int(v.start) else { continue }
                    out.append(
                        EventFinding(
                            name: start..<place.range.upperBound, noun: verb, date: d, place: place.canonical,
                            rule: "event-visit", phrase: date.range.lowerBound..<place.range.upperBound))
                }
            }
        }
        // One event per name.
        var seen: Set<String> = []
        return out.filter { seen.insert(doc.text($0.name)).inserted }
    }

    /// `…推介会在杭州举行`: the event noun before a `在`/`于` + place phrase that ends at the verb.
    private func nounBeforePlace(_ verbStart: Int, floor: Int) -> PatternMatcher.Match? {
        var i = verbStart
        for _ in 0..<10 {
            guard i > floor else { return nil }
            i = doc.previous(i)
            guard doc.isIdeograph(at: i) else { return nil }
            let s = doc.scalar(at: i)
            if s == 0x5728 || s == 0x4E8E, let n = doc.longest(TypeBits.eventNoun, endingAt: i) { return n }
        }
        return nil
    }

    /// The start of the noun phrase ending at `end`: after the last clause punctuation (quotes stay inside).
    private func clauseStart(before end: Int, floor: Int) -> Int {
        var i = end
        while i > floor {
            let p = doc.previous(i)
            let s = doc.scalar(at: p)
            if !UTF8Scan.isIdeograph(s) && !isQuote(s) && !(s >= 0x30 && s <= 0x39) { break }
            i = p
        }
        return i
    }

    /// The event noun closing the verb's object: the first one followed by punctuation or 并/和.
    private func objectNoun(after start: Int, limit: Int) -> PatternMatcher.Match? {
        // `举办的…` is a modifier, not an object.
        if doc.scalar(at: start) == 0x7684 { return nil }
        var i = start
        var count = 0
        while i < limit && count < 30 {
            let s = doc.scalar(at: i)
            if !UTF8Scan.isIdeograph(s) && !isQuote(s) && !(s >= 0x30 && s <= 0x39) { return nil }
            if let n = doc.longest(TypeBits.eventNoun, startingAt: i) {
                let after = Int(n.end)
                // Prefer a longer event noun that starts later but overlaps (会议 inside 推进会议).
                let next = doc.scalar(at: after)
                if after >= limit || !UTF8Scan.isIdeograph(next) || doc.starts(TypeBits.boundary, at: after) {
                    return n
                }
            }
            i += doc.scalarLength(at: i)
            count += 1
        }
        return nil
    }

    private func isQuote(_ s: UInt32) -> Bool {
        s == 0x201C || s == 0x201D || s == 0x2018 || s == 0x2019 || s == 0x300A || s == 0x300B || s == 0xB7
    }

    private func place(in r: Range<Int>) -> String? {
        places.first(where: { r.contains($0.range.lowerBound) && $0.range.upperBound <= r.upperBound })?.canonical
    }
}
