/// Finds the events an article announces or speaks of.
///
/// Rules: `event-announced` (`12月3日，全市…约谈会召开`: the noun phrase ending in
/// an event noun right before 召开/举行, or before `在…` + the verb; `A和B召开`
/// gives two events), `event-verb-object` (`…观摩并召开推进会`: the object ending
/// in an event noun), `event-mentioned` (`推介会上`, `在…签约仪式上`: an event the
/// article was at, dated like the article's announcement). An announcement needs
/// a date or a relative date word (近日) in its sentence; a date without an
/// announcing verb (`5月15日是全国助残日`) is no event. `走进宁波` dates the
/// article's visit but is not an event of its own.
struct EventRule {
    let doc: TagDocument
    /// Dates the text stage found that can date an event (a month at least), completed with a year
    /// where the text allows, in text order; relative words (近日) come from the `relative-date`
    /// lexicon instead, as they date no day.
    let dates: [DatedMention]
    let places: [PlaceFinding]
    /// The paper's place: what `全市`/`全县` in an event's name stand for.
    let paper: PaperPlace

    /// Verbs of a visit whose object is the place an event went to (`走进宁波`).
    static let visitVerbs: Set<String> = ["走进", "走入", "来到", "抵达", "落地", "踏入", "亮相", "移师", "莅临"]

    /// Nouns too general to create an event when only mentioned (`会议上`).
    static let genericNouns: Set<String> = ["会议", "仪式", "活动"]

    /// Relative date words (近日) in text order.
    private let relativeWords: [Range<Int>]

    init(doc: TagDocument, dates: [DatedMention], places: [PlaceFinding], paper: PaperPlace = PaperPlace()) {
        self.doc = doc
        self.paper = paper
        // A relative word the issue date resolves to a day (昨天 → 2024-12-09) dates an event too;
        // 近日 and 今年 alone do not.
        self.dates = dates.filter { $0.form == .relative ? $0.date.day != nil : $0.date.month != nil }
        self.places = places
        relativeWords = doc.matches.filter { doc.lexicon.typeMask[Int($0.pattern)] & TypeBits.relativeDate != 0 }
            .map { Int($0.start)..<Int($0.end) }
    }

    func find() -> [EventFinding] {
        var out: [EventFinding] = []
        var leadDate: PartialDate??  // .some(nil): announced with 近日, no day
        for sentence in doc.sentences {
            var p = sentence.lowerBound
            while p < sentence.upperBound {
                guard let v = doc.longest(TypeBits.announceVerb, startingAt: p) else {
                    p += max(1, doc.scalarLength(at: p))
                    continue
                }
                p = Int(v.end)
                // 启动 inside 启动仪式 is part of the event's name, not a verb announcing another event.
                if insideEventNoun(v) { continue }
                guard let (date, dateEnd, dateStart) = dateBefore(Int(v.start), in: sentence) else { continue }
                if leadDate == nil { leadDate = .some(date) }
                if let noun = doc.longest(TypeBits.eventNoun, endingAt: Int(v.start))
                    ?? nounBeforePlace(Int(v.start), floor: dateEnd)
                {
                    let start = clauseStart(before: Int(noun.start), floor: max(sentence.lowerBound, dateEnd))
                    for part in split(start..<Int(noun.end)) {
                        out.append(
                            EventFinding(
                                name: part.range, noun: part.noun, date: date,
                                place: place(of: part.range, clause: dateEnd..<Int(v.start)),
                                rule: "event-announced", phrase: dateStart..<Int(v.end)))
                    }
                } else if let noun = objectNoun(after: Int(v.end), limit: sentence.upperBound) {
                    let start = trimmedStart(Int(v.end), end: Int(noun.end))
                    out.append(
                        EventFinding(
                            name: start..<Int(noun.end), noun: doc.surface(noun), date: date,
                            place: place(of: start..<Int(noun.end), clause: dateEnd..<Int(v.start)),
                            rule: "event-verb-object", phrase: dateStart..<Int(noun.end)))
                }
            }
        }
        // Without an announcement, the dateline (a date opening the article) dates what it reports.
        if leadDate == nil { leadDate = .some(dateline()) }
        // Events the article was at without announcing them: `推介会上`, `签约仪式上`.
        for m in doc.matches where doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.eventNoun != 0 {
            // `推介会上`, or the object of an attendance verb (`出席签约仪式`).
            let attendedObject =
                doc.longest(TypeBits.attendVerb, endingAt: Int(m.start)).map {
                    ["attended", "participated"].contains(
                        doc.lexicon.entry(.attendVerb, pattern: Int($0.pattern))?.attributes["role"] ?? "")
                } ?? false
            guard doc.scalar(at: Int(m.end)) == 0x4E0A || attendedObject else { continue }  // 上
            if let longer = doc.longest(TypeBits.eventNoun, endingAt: Int(m.end)), longer.start < m.start { continue }
            let noun = doc.surface(m)
            guard !Self.genericNouns.contains(noun), !out.contains(where: { $0.noun == noun }) else { continue }
            let sentence = doc.sentence(containing: Int(m.start))
            var start = attendedObject ? Int(m.start) : clauseStart(before: Int(m.start), floor: sentence.lowerBound)
            start = afterLastLocative(start..<Int(m.start))
            let nameRange = trimmedStart(start, end: Int(m.end))..<Int(m.end)
            let visit = datelineVisit()
            var name: String?
            if nameRange.lowerBound == Int(m.start), let visit, let title = visit.title {
                // `12月6日，“汾清天下”第二站走进宁波…推介会上`: the bare noun is the visit's event.
                name = title + (visit.placeSurface ?? "") + noun
            }
            out.append(
                EventFinding(
                    name: nameRange, noun: noun, date: leadDate ?? nil,
                    place: place(in: nameRange) ?? visit?.place, rule: "event-mentioned",
                    phrase: Int(m.start)..<Int(m.end) + 3, composedName: name))
        }
        var seen: Set<String> = []
        return out.filter { seen.insert(($0.composedName ?? doc.text($0.name)) + "|" + ($0.date?.edtf ?? "")).inserted }
    }

    /// True when an event noun spans the verb (启动 in 启动仪式).
    private func insideEventNoun(_ v: PatternMatcher.Match) -> Bool {
        var i = Int(v.start)
        for _ in 0..<4 {
            for n in doc.matches(startingAt: i) where doc.lexicon.typeMask[Int(n.pattern)] & TypeBits.eventNoun != 0 {
                if n.end > v.start && (n.start < v.start || n.end > v.end) { return true }
            }
            guard i > 0 else { break }
            i = doc.previous(i)
        }
        return false
    }

    /// The first day-precise date in the article's opening sentences (`12月2日，当…踏入杭州`);
    /// nil when a relative word (近日) comes first or no date opens the article.
    private func dateline() -> PartialDate? {
        for sentence in doc.sentences.prefix(6) {
            // A dated day (including 昨天 resolved against the issue date) wins over a bare 近日.
            if let d = dates.first(where: { sentence.contains($0.cleanStart) && $0.date.day != nil }) {
                return d.date
            }
            if hasRelativeDate(sentence) { return nil }
        }
        return nil
    }

    private func hasRelativeDate(_ sentence: Range<Int>) -> Bool {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if doc.starts(TypeBits.relativeDate, at: i) { return true }
            i += max(1, doc.scalarLength(at: i))
        }
        return false
    }

    /// The date governing a verb: the last date (or 近日) before it in the sentence, completed with the year.
    private func dateBefore(_ verbStart: Int, in sentence: Range<Int>) -> (PartialDate?, Int, Int)? {
        // Both lists are in text order: binary search for the last one ending by the verb.
        func lastIndex(_ count: Int, _ end: (Int) -> Int) -> Int? {
            var lo = 0
            var hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                if end(mid) <= verbStart { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 ? lo - 1 : nil
        }
        var best: (PartialDate?, Int, Int)?
        if let i = lastIndex(dates.count, { dates[$0].cleanEnd }), dates[i].cleanStart >= sentence.lowerBound {
            best = (dates[i].date, dates[i].cleanEnd, dates[i].cleanStart)
        }
        if let i = lastIndex(relativeWords.count, { relativeWords[$0].upperBound }),
            relativeWords[i].lowerBound >= sentence.lowerBound, best == nil || best!.1 < relativeWords[i].upperBound
        {
            best = (nil, relativeWords[i].upperBound, relativeWords[i].lowerBound)
        }
        return best
    }

    /// `A大会和B会议`: one part per event noun that closes a stretch before 和/及/暨-free joins.
    private func split(_ r: Range<Int>) -> [(range: Range<Int>, noun: String)] {
        var parts: [(Range<Int>, String)] = []
        var start = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            let s = doc.scalar(at: i)
            if s == 0x548C || s == 0x53CA, let n = doc.longest(TypeBits.eventNoun, endingAt: i), Int(n.start) >= start {  // 和 及
                parts.append((start..<i, doc.surface(n)))
                start = i + 3
            }
            i += max(1, doc.scalarLength(at: i))
        }
        if let n = doc.longest(TypeBits.eventNoun, endingAt: r.upperBound) {
            parts.append((start..<r.upperBound, doc.surface(n)))
        }
        return parts
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
        return trimmedStart(i, end: end)
    }

    /// Skips a leading 的, 在 or 一场 and opening quotes that do not belong to the name.
    private func trimmedStart(_ start: Int, end: Int) -> Int {
        var i = start
        while i < end {
            let s = doc.scalar(at: i)
            if s == 0x7684 || s == 0x5728 || s == 0x201C {
                i += 3
                continue
            }  // 的 在 “
            break
        }
        return i
    }

    /// The object's event noun: the last one before punctuation, 并 or the end of the sentence.
    private func objectNoun(after start: Int, limit: Int) -> PatternMatcher.Match? {
        var i = start
        var limit = limit
        // `举办的“…发布会”后…`: a modifier; the event is the quoted name after 的.
        if doc.scalar(at: i) == 0x7684 {
            i += 3
            guard doc.scalar(at: i) == 0x201C else { return nil }
            var j = i + 3
            while j < limit && doc.scalar(at: j) != 0x201D { j += doc.scalarLength(at: j) }
            limit = j
        }
        var count = 0
        var last: PatternMatcher.Match?
        while i < limit && count < 40 {
            let s = doc.scalar(at: i)
            if !UTF8Scan.isIdeograph(s) && !isQuote(s) && !(s >= 0x30 && s <= 0x39) { break }
            if s == 0x5E76 { break }  // 并
            if let n = doc.longest(TypeBits.eventNoun, startingAt: i) {
                last = n
                i = Int(n.end)
                count += 1
                continue
            }
            i += doc.scalarLength(at: i)
            count += 1
        }
        return last
    }

    private func isQuote(_ s: UInt32) -> Bool {
        s == 0x201C || s == 0x201D || s == 0x2018 || s == 0x2019 || s == 0x300A || s == 0x300B || s == 0xB7
    }

    /// Where an announced event was held: a place after 在/于 before the verb, one inside the name,
    /// the subject place of the announcing clause (`汾阳市组织开展…并召开推进会`), or the paper's own
    /// place for a `全市`/`全县` event.
    private func place(of name: Range<Int>, clause: Range<Int>) -> String? {
        let inClause = places.filter { clause.contains($0.range.lowerBound) && $0.range.upperBound <= clause.upperBound }
        if let loc = inClause.first(where: { isLocative(before: $0.range.lowerBound) && $0.range.lowerBound >= name.upperBound })
        {
            return loc.canonical
        }
        if let inside = place(in: name) { return inside }
        if let subject = inClause.first(where: { $0.range.upperBound <= name.lowerBound }) { return subject.canonical }
        let head = doc.text(name.lowerBound..<min(name.upperBound, name.lowerBound + 6))
        if ["全市", "我市", "本市", "全县", "我县", "本县", "全区", "我区", "全州", "全旗"].contains(head) {
            return paper.county ?? paper.city
        }
        return nil
    }

    /// True when 在 or 于 stands right before byte `i`.
    private func isLocative(before i: Int) -> Bool {
        guard i >= 3 else { return false }
        let s = doc.scalar(at: doc.previous(i))
        return s == 0x5728 || s == 0x4E8E
    }

    /// The start of the stretch after the last 在/于 in `r` (`林志远在推介会上` → `推介会`).
    private func afterLastLocative(_ r: Range<Int>) -> Int {
        var i = r.lowerBound
        var start = r.lowerBound
        while i < r.upperBound {
            let s = doc.scalar(at: i)
            if s == 0x5728 || s == 0x4E8E { start = i + 3 }
            i += max(1, doc.scalarLength(at: i))
        }
        return start
    }

    /// The visit a dateline sentence reports (`12月6日，“汾清天下全国行”第二十三站走进宁波`): the quoted
    /// title with its stage, and the place visited after 走进/来到/抵达/在.
    private func datelineVisit() -> (title: String?, placeSurface: String?, place: String?)? {
        for sentence in doc.sentences.prefix(6) {
            guard dates.contains(where: { sentence.contains($0.cleanStart) && $0.date.day != nil }) else {
                if hasRelativeDate(sentence) { return nil }
                continue
            }
            var title: String?
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                if doc.scalar(at: i) == 0x201C {
                    var j = i + 3
                    while j < sentence.upperBound && doc.scalar(at: j) != 0x201D { j += doc.scalarLength(at: j) }
                    guard j < sentence.upperBound else { break }
                    var end = j + 3
                    // `第二十三站`, `活动第二十一站`, `第3期`: the stage right after the title belongs to it.
                    let stage = doc.scalar(at: end) == 0x7B2C ? end : (doc.scalar(at: end + 6) == 0x7B2C ? end + 6 : nil)
                    if let stage {
                        var k = stage + 3
                        while k < sentence.upperBound, k - end < 24, doc.isIdeograph(at: k) || doc.scalar(at: k) < 0x80 {
                            let c = doc.scalar(at: k)
                            k += doc.scalarLength(at: k)
                            if c == 0x7AD9 || c == 0x671F || c == 0x5C4A || c == 0x6B21 || c == 0x573A {
                                end = k
                                break
                            }
                        }
                    }
                    title = doc.text(i..<end)
                    break
                }
                i += max(1, doc.scalarLength(at: i))
            }
            let visited = places.first { p in
                sentence.contains(p.range.lowerBound) && p.range.lowerBound >= 6
                    && Self.visitVerbs.contains(doc.text((p.range.lowerBound - 6)..<p.range.lowerBound))
            }
            return (title, visited.map { doc.text($0.range) }, visited?.canonical)
        }
        return nil
    }

    private func place(in r: Range<Int>) -> String? {
        places.first(where: { r.contains($0.range.lowerBound) && $0.range.upperBound <= r.upperBound })?.canonical
    }
}
