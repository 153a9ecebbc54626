/// Picks non-overlapping mentions: people first, then longest, then leftmost, then by kind priority.
///
/// The rules propose freely (an organisation inside an office link, a place
/// inside an organisation); this one resolver decides what the article shows.
struct MentionResolver {
    static func priority(_ k: MentionKind) -> Int {
        switch k {
        case .person: return 0
        case .office: return 1
        case .event: return 2
        case .organization: return 3
        case .place: return 4
        case .date: return 5
        }
    }

    static func resolve(_ candidates: [Mention]) -> [Mention] {
        // Work on indices, not the mentions themselves (they are large values: every copy retains
        // their strings and attributes).
        let keys = candidates.map { m in (m.kind == .person ? 0 : 1, -(m.cleanEnd - m.cleanStart), m.cleanStart, priority(m.kind))
        }
        let sorted = candidates.indices.sorted { keys[$0] < keys[$1] }
        // Which kept mention owns each clean byte (-1: free): overlap tests cost the mention's length.
        let length = candidates.map(\.cleanEnd).max() ?? 0
        var owner = [Int32](repeating: -1, count: length)
        var kept: [Int] = []
        var nested: [Int] = []
        for c in sorted {
            let r = candidates[c].cleanStart..<candidates[c].cleanEnd
            let kind = candidates[c].kind
            if r.isEmpty {
                if kind == .person { kept.append(c) }
                continue
            }
            if r.contains(where: { owner[$0] >= 0 }) {
                if kind == .place { nested.append(c) }
                continue
            }
            for i in r { owner[i] = Int32(kept.count) }
            kept.append(c)
        }
        // A community, village or township named inside an office or organisation (古县村党总支书记,
        // 东方红社区党群服务中心) is a place of its own; a city inside a body's name is not. A division
        // written in full inside an event's name is a place too.
        var placed = [Bool](repeating: false, count: length)
        for c in nested {
            let m = candidates[c]
            let r = m.cleanStart..<m.cleanEnd
            let o = owner[r.lowerBound]
            guard o >= 0, r.allSatisfy({ owner[$0] == o }), !r.contains(where: { placed[$0] }) else { continue }
            let outer = candidates[kept[Int(o)]]
            // An event is no body: the county it is named after (安吉县乡村旅游发展推进会) is a place of the page.
            if outer.kind == .event {
                // Written in full: a short form there is often part of another name (韶关 in 韶关学院).
                guard m.evidence.rule != "place-suffix", m.text == m.canonical else { continue }
            } else {
                guard m.evidence.rule == "place-suffix", outer.kind == .office || outer.kind == .organization else { continue }
            }
            for i in r { placed[i] = true }
            kept.append(c)
        }
        let finalKeys = kept.map { c in (candidates[c].cleanStart, candidates[c].cleanEnd, priority(candidates[c].kind)) }
        let order = kept.indices.sorted { finalKeys[$0] < finalKeys[$1] }
        return order.map { candidates[kept[$0]] }
    }
}
