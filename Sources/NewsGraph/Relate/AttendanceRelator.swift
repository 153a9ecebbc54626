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
        var out: [AttendanceFinding] = []
        var seen: Set<String> = []
        let order = persons.indices.sorted { persons[$0].name.lowerBound < persons[$1].name.lowerBound }
        for sentence in doc.sentences {
            let inSentence = order.filter { sentence.contains(persons[$0].name.lowerBound) }
            guard !inSentence.isEmpty, let event = linker.event(forSentence: sentence) else { continue }
            var p = sentence.lowerBound
            while p < sentence.upperBound {
                guard let v = doc.longest(TypeBits.attendVerb, startingAt: p) else {
                    p += max(1, doc.scalarLength(at: p))
                    continue
                }
                p = Int(v.end)
                guard let roleName = doc.lexicon.entry(.attendVerb, pattern: Int(v.pattern))?.attributes["role"],
                    let role = AttendanceRole(rawValue: roleName)
                else { continue }
                guard let k = inSentence.lastIndex(where: { persons[$0].name.upperBound <= Int(v.start) }) else { continue }
                let owner = inSentence[k]
                guard !hasClauseBreak(persons[owner].name.upperBound..<Int(v.start)) else { continue }
                var group = [owner]
                var j = k
                while j > 0 {
                    let prev = inSentence[j - 1]
                    let gap = persons[prev].name.upperBound..<persons[inSentence[j]].phrase.lowerBound
                    guard isJoiner(gap) else { break }
                    group.append(prev)
                    j -= 1
                }
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

    /// A comma, colon or semicolon between the person and the verb.
    private func hasClauseBreak(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            let s = doc.scalar(at: i)
            if s == UTF8Scan.comma || s == 0xFF1A || s == 0xFF1B || s == 0x2C || s == 0x3A { return true }
            i += max(1, doc.scalarLength(at: i))
        }
        return false
    }

    /// Only 和/与/及/、/，between two people (`张三和李四`, `汪凡，李安林`).
    private func isJoiner(_ r: Range<Int>) -> Bool {
        guard r.lowerBound <= r.upperBound else { return false }
        let t = doc.text(r)
        return ["和", "与", "及", "、", "，", ","].contains(t)
    }
}
