extension Auditor {
    /// Two or more people current in one single-holder office on one day.
    func conflicts(_ tracks: [Track]) -> [AuditFinding] {
        let single = tracks.filter { t in
            t.explicit && singleHolder.isSingleHolder(role: t.role, resolvedTitle: t.resolvedTitle)
        }
        var byOfficeDay: [String: [PartialDate: [(PersonRef, TitleSighting)]]] = [:]
        for t in single {
            for s in t.current {
                guard let d = s.date, d.day != nil, d.month != nil else { continue }
                byOfficeDay[t.resolvedTitle, default: [:]][d, default: []].append((t.person, s))
            }
        }
        var findings: [AuditFinding] = []
        for office in byOfficeDay.keys.sorted() {
            for (date, claims) in byOfficeDay[office]! {
                let people = Array(Set(claims.map(\.0))).sorted()
                guard people.count > 1 else { continue }
                findings.append(
                    AuditFinding(
                        kind: .conflict, date: date, people: people, offices: [office],
                        summary: "\(office) on \(date.edtf) claimed for \(people.count) people: "
                            + people.map(\.name).joined(separator: ", "),
                        evidence: claims.flatMap(\.1.evidence)))
            }
        }
        return findings
    }
}
