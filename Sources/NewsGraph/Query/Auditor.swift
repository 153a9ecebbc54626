/// Checks officials' titles over time and reports what a human should look at.
///
/// The findings (see `AuditFinding.Kind`): title changes, former offices and later
/// sightings that contradict them, conflicts in single-holder offices, articles that
/// disagree on one person's office on one date, and homonyms kept apart. Each names
/// its evidence. Offices are compared by resolved title, so two Position nodes with
/// one title count as one office. The `newsgraph audit` command and the HTML report
/// both print these findings.
public struct Auditor: Sendable {
    let engine: QueryEngine

    public init(graph: KnowledgeGraph) {
        engine = QueryEngine(graph: graph)
    }

    /// Every finding, sorted by kind, date, people and office.
    ///
    /// With `since`/`until` (inclusive) only sightings dated within the period count; a
    /// sighting without a date, or without a year when a bound has one, is left out.
    /// Homonyms are reported when at least two of the namesakes were seen in the period.
    public func audit(since: PartialDate? = nil, until: PartialDate? = nil) -> [AuditFinding] {
        let tracks = collectTracks(since: since, until: until)
        var findings: [AuditFinding] = []
        let byPerson = Dictionary(grouping: tracks, by: \.person)
        for person in byPerson.keys.sorted() {
            let mine = byPerson[person]!.sorted { $0.resolvedTitle < $1.resolvedTitle }
            findings += titleChanges(person, mine)
            findings += formerOffices(person, mine)
            findings += disagreements(person, mine)
        }
        findings += conflicts(tracks)
        findings += homonyms(since: since, until: until)
        return findings.sorted()
    }

    /// One person's sightings of one office (by resolved title) within the period.
    struct Track {
        var person: PersonRef
        var resolvedTitle: String
        var role: String?
        var explicit: Bool
        var sightings: [TitleSighting]

        var current: [TitleSighting] { sightings.filter { !$0.former } }
        var firstCurrent: PartialDate? { current.compactMap(\.date).min() }
        var lastCurrent: PartialDate? { current.compactMap(\.date).max() }
    }

    func collectTracks(since: PartialDate?, until: PartialDate?) -> [Track] {
        var tracks: [Track] = []
        for person in engine.index.nodes(of: .person) {
            let ref = PersonRef(id: person.id, name: GraphIndex.name(of: person))
            var byTitle: [String: Track] = [:]
            for edge in engine.index.edges(from: person.id, .holds) {
                let sightings = engine.sightings(of: edge).filter { DateMath.isWithin($0.date, since: since, until: until) }
                guard let first = sightings.first else { continue }
                let position = engine.index.node(edge.target)
                let role = position?.properties["role"]
                let scoped = [position?.properties["jurisdiction"], position?.properties["organization"]]
                    .contains { ($0 ?? "").isEmpty == false }
                let bare = role ?? (first.title.hasPrefix("原") ? String(first.title.dropFirst()) : first.title)
                let explicit = scoped || first.resolvedTitle != bare
                if var t = byTitle[first.resolvedTitle] {
                    t.sightings += sightings
                    t.explicit = t.explicit || explicit
                    t.role = t.role ?? role
                    byTitle[first.resolvedTitle] = t
                } else {
                    byTitle[first.resolvedTitle] = Track(
                        person: ref, resolvedTitle: first.resolvedTitle, role: role, explicit: explicit, sightings: sightings)
                }
            }
            tracks += byTitle.values
        }
        return tracks
    }

    // MARK: - Title changes

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
            let evidence = previous.flatMap { t in t.current.filter { $0.date == latestEnd }.flatMap(\.evidence) }
                + later.current.filter { $0.date == begin }.flatMap(\.evidence)
            findings.append(AuditFinding(
                kind: .titleChange, date: begin, people: [person],
                offices: previous.map(\.resolvedTitle) + [later.resolvedTitle],
                summary: "\(person.name): \(from) → \(later.resolvedTitle) (first seen \(begin.edtf))",
                evidence: evidence))
        }
        return findings
    }

    // MARK: - Former offices

    /// Offices written as former (`原…`), and current sightings after them.
    func formerOffices(_ person: PersonRef, _ tracks: [Track]) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for t in tracks {
            let formers = t.sightings.filter(\.former)
            guard !formers.isEmpty else { continue }
            let firstFormer = formers.compactMap(\.date).min()
            let forms = Array(Set(formers.map(\.title))).sorted().joined(separator: ", ")
            findings.append(AuditFinding(
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
            findings.append(AuditFinding(
                kind: .formerContradicted, date: first, people: [person], offices: [t.resolvedTitle],
                summary: "\(person.name): \(t.resolvedTitle) former on \(formerDates) but current on \(laterDates)",
                evidence: contradicted.flatMap(\.evidence) + contradicting.flatMap(\.evidence)))
        }
        return findings
    }

    // MARK: - Disagreements

    /// One date, several articles, offices that cannot all be true: `X` vs `副X` of one
    /// body, or one office former in one article and current in another.
    func disagreements(_ person: PersonRef, _ tracks: [Track]) -> [AuditFinding] {
        struct Item { var track: Track; var sighting: TitleSighting; var article: String }
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
                        let fa = SingleHolderRule.family(resolvedTitle: a.track.resolvedTitle, role: a.track.role)
                        let fb = SingleHolderRule.family(resolvedTitle: b.track.resolvedTitle, role: b.track.role)
                        clash = fa != nil && fa == fb
                            && SingleHolderRule.isDeputy(a.track.resolvedTitle) != SingleHolderRule.isDeputy(b.track.resolvedTitle)
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
            findings.append(AuditFinding(
                kind: .disagreement, date: date, people: [person],
                offices: Array(Set(involved.map(\.track.resolvedTitle))).sorted(),
                summary: "\(person.name) on \(date.edtf): articles disagree: " + parts.joined(separator: " vs "),
                evidence: involved.flatMap(\.sighting.evidence)))
        }
        return findings
    }

    // MARK: - Conflicts

    /// Two or more people current in one single-holder office on one day.
    func conflicts(_ tracks: [Track]) -> [AuditFinding] {
        let single = tracks.filter { t in
            t.explicit && SingleHolderRule.isSingleHolder(role: t.role ?? t.resolvedTitle)
                && SingleHolderRule.isSingleHolder(role: t.resolvedTitle)
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
                findings.append(AuditFinding(
                    kind: .conflict, date: date, people: people, offices: [office],
                    summary: "\(office) on \(date.edtf) claimed for \(people.count) people: "
                        + people.map(\.name).joined(separator: ", "),
                    evidence: claims.flatMap(\.1.evidence)))
            }
        }
        return findings
    }

    // MARK: - Homonyms

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
                evidence += own.sorted().prefix(3)
            }
            findings.append(AuditFinding(
                kind: .homonym, date: nil, people: nodes.map { PersonRef(id: $0.id, name: name) },
                offices: Array(Set(candidates.flatMap(\.offices))).sorted(),
                summary: "\(name): \(nodes.count) people kept apart: " + described.joined(separator: "; "),
                evidence: evidence))
        }
        return findings
    }
}
