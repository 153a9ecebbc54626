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
    let singleHolder: SingleHolderRule

    /// An auditor whose single-holder offices are those of `rule`.
    public init(graph: KnowledgeGraph, singleHolder rule: SingleHolderRule) {
        engine = QueryEngine(graph: graph)
        singleHolder = rule
    }

    /// An auditor with the single-holder offices of the bundled office lexicon.
    public init(graph: KnowledgeGraph) throws {
        self.init(graph: graph, singleHolder: try SingleHolderRule.bundled())
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
}
