/// Relates people to the article's event through attendance and speech verbs.
///
/// A verb (出席, 主持, 讲话, 致辞, 上台接受, 签约 …, each with its role in the
/// lexicon) belongs to the nearest person before it in the same clause
/// (`出席会议并讲话` gives attended and spoke). People coordinated with that
/// person — joined only by 和, 与, 、 or a comma (`张三和李四上台接受`) — share
/// it (`attendance-coordinated`). No event in the article, no attendance.
struct AttendanceRelator {
    let doc: TagDocument
    let persons: [PersonFinding]
    let linker: EventLinker

    func relate() -> [AttendanceFinding] {
        guard !linker.events.isEmpty else { return [] }
        var out: [AttendanceFinding] = contextual()
        var seen = Set(out.map { "\(doc.text(persons[$0.person].name))|\($0.event)|\($0.role.rawValue)" })
        let knownOfficials = Set(persons.filter { !$0.links.isEmpty }.map { doc.text($0.name) })
        let order = persons.indices.sorted { persons[$0].name.lowerBound < persons[$1].name.lowerBound }
        var cursor = 0
        for sentence in doc.sentences {
            // People of this sentence, by a sweep over the people in text order.
            while cursor < order.count && persons[order[cursor]].name.lowerBound < sentence.lowerBound { cursor += 1 }
            var stop = cursor
            while stop < order.count && persons[order[stop]].name.lowerBound < sentence.upperBound { stop += 1 }
            let inSentence = Array(order[cursor..<stop])
            guard let event = linker.event(forSentence: sentence) else { continue }
            var p = sentence.lowerBound
            var mentionsEvent: Bool?  // computed once per sentence, when first needed
            var k = -1  // the last person of the sentence before the current verb
            var addressedBy: Int?  // the person whose address this sentence reports
            while p < sentence.upperBound {
                guard let v = doc.longest(TypeBits.attendVerb, startingAt: p) else {
                    p += max(1, doc.scalarLength(at: p))
                    continue
                }
                p = Int(v.end)
                // 签约 inside 签约仪式 names the event, not what someone did.
                if insideEventNoun(v) { continue }
                guard let roleName = doc.lexicon.entry(.attendVerb, pattern: Int(v.pattern))?.attributes["role"],
                    let role = AttendanceRole(rawValue: roleName)
                else { continue }
                while k + 1 < inSentence.count && persons[inSentence[k + 1]].name.upperBound <= Int(v.start) { k += 1 }
                guard k >= 0,
                    !hasClauseBreak(persons[inSentence[k]].name.upperBound..<Int(v.start))
                        || summarisesSubjects(persons[inSentence[k]].name.upperBound..<Int(v.start))
                else {
                    // `他说，…`: the pronoun stands for the person named last before it.
                    if let owner = pronounOwner(before: Int(v.start), sentence: sentence, order: order) {
                        let key = "\(doc.text(persons[owner].name))|\(event)|\(role.rawValue)"
                        if seen.insert(key).inserted {
                            out.append(
                                AttendanceFinding(
                                    person: owner, event: event, role: role, rule: "attendance-pronoun",
                                    phrase: Int(v.start) - 3..<Int(v.end)))
                        }
                    }
                    continue
                }
                let owner = inSentence[k]
                // Speech counts as taking part only for someone the article gives an office or who speaks at
                // the event (`会上`, `推介会上`): a resident quoted with 说 did not address the meeting.
                if role == .spoke, persons[owner].links.isEmpty, !knownOfficials.contains(doc.text(persons[owner].name)) {
                    if mentionsEvent == nil { mentionsEvent = linker.mentionsEvent(sentence) }
                    if mentionsEvent == false { continue }
                }
                var group = [owner]
                var j = k
                while j > 0 {
                    let prev = inSentence[j - 1]
                    // Overlapping phrases (a garbled line) join nothing.
                    guard persons[prev].name.upperBound <= persons[inSentence[j]].phrase.lowerBound else { break }
                    let gap = persons[prev].name.upperBound..<persons[inSentence[j]].phrase.lowerBound
                    guard isJoiner(gap) || (persons[inSentence[j]].rule == "role-name" && isQualifiedJoiner(gap)) else { break }
                    group.append(prev)
                    j -= 1
                }
                // `在致辞中说`: what an address says is the address, not a second speech.
                if role == .spoke, addressedBy == owner { continue }
                if role == .addressed { addressedBy = owner }
                for (n, person) in group.enumerated() {
                    let key = "\(doc.text(persons[person].name))|\(event)|\(role.rawValue)"
                    guard seen.insert(key).inserted else { continue }
                    out.append(
                        AttendanceFinding(
                            person: person, event: event, role: role, rule: n == 0 ? "attendance" : "attendance-coordinated",
                            phrase: persons[person].name.lowerBound..<Int(v.end)))
                }
            }
        }
        return out
    }

    /// `梅立新，钟晓岚，…等与会嘉宾分别…进行了主题分享`: after the last person, one more clause that
    /// sums the people up with 等 still has them as its subject.
    private func summarisesSubjects(_ r: Range<Int>) -> Bool {
        var breaks = 0
        var sawDeng = false
        var i = r.lowerBound
        while i < r.upperBound {
            let s = doc.scalar(at: i)
            if s == UTF8Scan.comma || s == 0x2C {
                breaks += 1
                // The 等 clause must come first; a few adverbial clauses may follow it (`从…的角度`).
                if breaks > 3 || (breaks > 1 && !sawDeng) { return false }
            } else if s == 0xFF1A || s == 0xFF1B || s == 0x3A {
                return false
            } else if s == 0x7B49, breaks == 1 {  // 等
                sawDeng = true
            }
            i += max(1, doc.scalarLength(at: i))
        }
        return sawDeng
    }

    /// 他/她 right before the verb, opening its clause: the last person named earlier in the article.
    private func pronounOwner(before verbStart: Int, sentence: Range<Int>, order: [Int]) -> Int? {
        let p = verbStart - 3
        guard p >= sentence.lowerBound, [0x4ED6, 0x5979].contains(doc.scalar(at: p)) else { return nil }  // 他 她
        if p > sentence.lowerBound {
            let before = doc.scalar(at: doc.previous(p))
            guard !UTF8Scan.isIdeograph(before) else { return nil }
        }
        // Binary search: the last person (in text order) whose name ends by the pronoun.
        var lo = 0
        var hi = order.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if persons[order[mid]].name.upperBound <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? order[lo - 1] : nil
    }

    /// People whose context gives their part (winners took part in the race).
    func contextual() -> [AttendanceFinding] {
        guard !linker.events.isEmpty else { return [] }
        return persons.indices.compactMap { i in
            guard let role = persons[i].attendRole,
                let event = linker.event(forSentence: doc.sentence(containing: persons[i].name.lowerBound))
            else { return nil }
            return AttendanceFinding(person: i, event: event, role: role, rule: "attendance-context", phrase: persons[i].phrase)
        }
    }

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

    /// A comma, colon or semicolon between the person and the verb (searched from the verb back,
    /// where a break is nearest).
    private func hasClauseBreak(_ r: Range<Int>) -> Bool {
        var i = r.upperBound
        while i > r.lowerBound {
            i = doc.previous(i)
            let s = doc.scalar(at: i)
            if s == UTF8Scan.comma || s == 0xFF1A || s == 0xFF1B || s == 0x2C || s == 0x3A { return true }
        }
        return false
    }

    /// Only 和/与/及/、/，between two people (`张三和李四`, `柯文杰，韩东`).
    /// A joiner followed by the qualifier of the next person's role (`吴浩然、女子组第一名钟雨桐`: 、女子组):
    /// a few ideographs with no verb or stop word among them.
    private func isQualifiedJoiner(_ r: Range<Int>) -> Bool {
        guard r.lowerBound < r.upperBound, isJoiner(r.lowerBound..<(r.lowerBound + doc.scalarLength(at: r.lowerBound)))
        else { return false }
        var i = r.lowerBound + doc.scalarLength(at: r.lowerBound)
        var n = 0
        while i < r.upperBound {
            guard n < 6, doc.isIdeograph(at: i), !doc.starts(TypeBits.prefixStop | TypeBits.attendVerb, at: i) else {
                return false
            }
            i += doc.scalarLength(at: i)
            n += 1
        }
        return true
    }

    private func isJoiner(_ r: Range<Int>) -> Bool {
        guard r.lowerBound <= r.upperBound else { return false }
        let t = doc.text(r)
        return ["和", "与", "及", "、", "，", ","].contains(t)
    }
}
