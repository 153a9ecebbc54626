extension Auditor {
    /// One date, several articles, offices that cannot all be true: `X` vs `副X` of one
    /// body, or one office former in one article and current in another.
    func disagreements(_ person: PersonRef, _ tracks: [Track]) -> [AuditFinding] {
        struct Item {
            var track: Track
            var sighting: TitleSighting
            var article: String
        }
        var byDate: [PartialDate: [Item]] = [:]
        for t in tracks {
            for s in t.sightings {
                guard let d = s.date, d.day != nil, d.month != nil, let ev = s.evidence.first else { continue }
                byDate[d, default: []].append(Item(track: t, sighting: s, article: ev.article))
            }
        }
        var findings: [AuditFinding] = []
        for date in byDate.keys.sorted() {
            let items = byDate[date]!
            var involved: [Item] = []
            for (i, a) in items.enumerated() {
                for b in items[(i + 1)...] where a.article != b.article {
                    let sameOffice = a.track.resolvedTitle == b.track.resolvedTitle
                    let clash: Bool
                    if sameOffice {
                        clash = a.sighting.former != b.sighting.former
                    } else {
                        let fa = singleHolder.family(resolvedTitle: a.track.resolvedTitle, role: a.track.role)
                        let fb = singleHolder.family(resolvedTitle: b.track.resolvedTitle, role: b.track.role)
                        clash =
                            fa != nil && fa == fb
                            && SingleHolderRule.isDeputy(a.track.resolvedTitle)
                                != SingleHolderRule.isDeputy(b.track.resolvedTitle)
                    }
                    if clash { involved += [a, b] }
                }
            }
            guard !involved.isEmpty else { continue }
            var seen: Set<String> = []
            var parts: [String] = []
            for item in involved.sorted(by: { ($0.article, $0.track.resolvedTitle) < ($1.article, $1.track.resolvedTitle) }) {
                let written = item.sighting.title == item.track.resolvedTitle ? "" : " (\(item.sighting.title))"
                let label = item.track.resolvedTitle + written + (item.sighting.former ? " former" : "") + " [\(item.article)]"
                if seen.insert(label).inserted { parts.append(label) }
            }
            findings.append(
                AuditFinding(
                    kind: .disagreement, date: date, people: [person],
                    offices: Array(Set(involved.map(\.track.resolvedTitle))).sorted(),
                    summary: "\(person.name) on \(date.edtf): articles disagree: " + parts.joined(separator: " vs "),
                    evidence: involved.flatMap(\.sighting.evidence)))
        }
        return findings
    }
}
