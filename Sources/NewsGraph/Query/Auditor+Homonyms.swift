extension Auditor {
    /// Person nodes sharing a name, with what tells them apart.
    func homonyms(since: PartialDate?, until: PartialDate?) -> [AuditFinding] {
        let index = engine.index
        let groups = Dictionary(grouping: index.nodes(of: .person), by: { GraphIndex.name(of: $0) })
        var findings: [AuditFinding] = []
        for name in groups.keys.sorted() {
            var nodes = groups[name]!.sorted { $0.id < $1.id }
            if since != nil || until != nil {
                nodes = nodes.filter { n in
                    var dates = n.dates
                    for e in index.outgoing[n.id] ?? [] { dates += e.dates + e.observations.compactMap(\.date) }
                    return dates.contains { DateMath.isWithin($0, since: since, until: until) }
                }
            }
            guard nodes.count > 1 else { continue }
            let candidates = nodes.map(engine.candidate(for:))
            let described = candidates.map { c in
                c.id + (c.offices.isEmpty ? "" : " (" + c.offices.joined(separator: "、") + ")")
            }
            var evidence: [Evidence] = []
            for n in nodes {
                var own = n.evidence
                if own.isEmpty { own = index.edges(from: n.id, .holds).flatMap(\.evidence) }
                evidence += Self.telling(own, limit: 3)
            }
            findings.append(
                AuditFinding(
                    kind: .homonym, date: nil, people: nodes.map { PersonRef(id: $0.id, name: name) },
                    offices: Array(Set(candidates.flatMap(\.offices))).sorted(),
                    summary: "\(name): \(nodes.count) people kept apart: " + described.joined(separator: "; "),
                    evidence: evidence))
        }
        return findings
    }

    /// Up to `limit` pieces of evidence at distinct places, those with a sentence first, in order.
    static func telling(_ evidence: [Evidence], limit: Int) -> [Evidence] {
        var seen: Set<String> = []
        var picked: [Evidence] = []
        let ordered = evidence.sorted { a, b in
            if a.sentence.isEmpty != b.sentence.isEmpty { return !a.sentence.isEmpty }
            return a < b
        }
        for e in ordered where picked.count < limit {
            if seen.insert("\(e.article)@\(e.start)-\(e.end)").inserted { picked.append(e) }
        }
        return picked.sorted()
    }
}
