extension Auditor {
    /// Offices written as former (`原…`), and current sightings after them.
    func formerOffices(_ person: PersonRef, _ tracks: [Track]) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for t in tracks {
            let formers = t.sightings.filter(\.former)
            guard !formers.isEmpty else { continue }
            let firstFormer = formers.compactMap(\.date).min()
            let forms = Array(Set(formers.map(\.title))).sorted().joined(separator: ", ")
            findings.append(
                AuditFinding(
                    kind: .formerOffice, date: firstFormer, people: [person], offices: [t.resolvedTitle],
                    summary: "\(person.name): \(t.resolvedTitle) written as former (\(forms))"
                        + (firstFormer.map { " on \($0.edtf)" } ?? ""),
                    evidence: formers.flatMap(\.evidence)))
            var contradicting: [TitleSighting] = []
            var contradicted: [TitleSighting] = []
            for c in t.current {
                guard let cd = c.date else { continue }
                let earlier = formers.filter { f in f.date.map { DateMath.order($0, cd) == .before } ?? false }
                if !earlier.isEmpty {
                    contradicting.append(c)
                    contradicted += earlier
                }
            }
            guard let first = contradicting.compactMap(\.date).min() else { continue }
            let formerDates = Array(Set(contradicted.compactMap(\.date))).sorted().map(\.edtf).joined(separator: ", ")
            let laterDates = Array(Set(contradicting.compactMap(\.date))).sorted().map(\.edtf).joined(separator: ", ")
            findings.append(
                AuditFinding(
                    kind: .formerContradicted, date: first, people: [person], offices: [t.resolvedTitle],
                    summary: "\(person.name): \(t.resolvedTitle) former on \(formerDates) but current on \(laterDates)",
                    evidence: contradicted.flatMap(\.evidence) + contradicting.flatMap(\.evidence)))
        }
        return findings
    }
}
