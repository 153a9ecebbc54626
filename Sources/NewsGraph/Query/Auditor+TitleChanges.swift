extension Auditor {
    /// An office last seen before another was first seen: the earlier office ended, the later began.
    func titleChanges(_ person: PersonRef, _ tracks: [Track]) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for later in tracks {
            guard let begin = later.firstCurrent else { continue }
            let ended = tracks.filter { t in
                guard t.resolvedTitle != later.resolvedTitle, let end = t.lastCurrent else { return false }
                return DateMath.order(end, begin) == .before
            }
            guard let latestEnd = ended.compactMap(\.lastCurrent).max() else { continue }
            let previous = ended.filter { $0.lastCurrent == latestEnd }
            let from = previous.map { "\($0.resolvedTitle) (last seen \(latestEnd.edtf))" }.joined(separator: ", ")
            let evidence =
                previous.flatMap { t in t.current.filter { $0.date == latestEnd }.flatMap(\.evidence) }
                + later.current.filter { $0.date == begin }.flatMap(\.evidence)
            findings.append(
                AuditFinding(
                    kind: .titleChange, date: begin, people: [person],
                    offices: previous.map(\.resolvedTitle) + [later.resolvedTitle],
                    summary: "\(person.name): \(from) → \(later.resolvedTitle) (first seen \(begin.edtf))",
                    evidence: evidence))
        }
        return findings
    }
}
