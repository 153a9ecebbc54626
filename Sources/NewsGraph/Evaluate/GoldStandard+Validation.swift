extension GoldStandard {
    /// Inconsistencies inside the gold itself, one sentence each; empty when the gold is sound.
    ///
    /// Checks what an annotator easily gets wrong: an office or attendance for someone
    /// missing from `persons`, a trap string listed as a person, offices as written and
    /// resolved that do not pair up, `原` without the former flag, attendance at an
    /// event the page does not list, duplicates.
    public func problems() -> [String] {
        var out: [String] = []
        let people = Set(persons)
        for dup in duplicates(persons) { out.append("person \(dup) listed twice") }
        for dup in duplicates(organizations) { out.append("organization \(dup) listed twice") }
        for dup in duplicates(places) { out.append("place \(dup) listed twice") }
        for dup in duplicates(personOffices.map { "\($0.person) \($0.title)" }) {
            out.append("office \(dup) listed twice")
        }
        for trap in notPersons where people.contains(trap) {
            out.append("\(trap) is both in persons and in notPersons")
        }
        for o in personOffices where !people.contains(o.person) {
            out.append("office holder \(o.person) (\(o.title)) is not in persons")
        }
        for o in resolvedOffices where !people.contains(o.person) {
            out.append("resolved office holder \(o.person) (\(o.title)) is not in persons")
        }
        for a in attendance where !people.contains(a.person) {
            out.append("attendee \(a.person) is not in persons")
        }
        let eventKeys = Set(events.map { "\($0.noun) \($0.date?.edtf ?? "null")" })
        for a in attendance where !eventKeys.contains("\(a.noun) \(a.date?.edtf ?? "null")") {
            out.append("\(a.person) attends \(a.noun) on \(a.date?.edtf ?? "null"), which is not in events")
        }
        let holders = Set(personOffices.map(\.person)).union(resolvedOffices.map(\.person))
        for person in holders.sorted() {
            let written = personOffices.filter { $0.person == person }
            let resolved = resolvedOffices.filter { $0.person == person }
            if written.count != resolved.count {
                out.append("\(person) has \(written.count) offices as written but \(resolved.count) resolved")
            }
            let formerWritten = written.filter { Self.marksFormer($0.title) }.count
            let formerResolved = resolved.filter(\.former).count
            if formerWritten != formerResolved {
                out.append("\(person) has \(formerWritten) titles with 原 but \(formerResolved) former offices")
            }
            for r in resolved where r.title.hasPrefix("原") {
                out.append("\(person)'s resolved title \(r.title) still starts with 原")
            }
        }
        return out
    }

    /// True when a written title carries the `原` of a former office, not the 原 of a place name (太原, 原平市).
    static func marksFormer(_ title: String) -> Bool {
        let scalars = Array(title.unicodeScalars)
        for (i, s) in scalars.enumerated() where s == "原" {
            let before = i > 0 ? scalars[i - 1] : " "
            let after = String(String.UnicodeScalarView(scalars[(i + 1)...].prefix(2)))
            if "太中高草平".unicodeScalars.contains(before) || after == "平市" || after == "阳县" { continue }
            return true
        }
        return false
    }

    private func duplicates(_ values: [String]) -> [String] {
        var seen = Set<String>()
        var dups = Set<String>()
        for v in values where !seen.insert(v).inserted { dups.insert(v) }
        return dups.sorted()
    }
}
