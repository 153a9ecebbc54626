/// Finishing: the edges taken one at a time in id order, and the rules that turn votes and sightings into
/// a finished node's or edge's label and properties.
extension GraphAccumulator {
    /// The edges of a finished accumulator, still drafts, each finished when it is taken, in id order.
    ///
    /// A million-article graph has over ten million edges. Finished all at once, their lists would be
    /// in memory beside the drafts they came from; taken one at a time by the graph file's writer, each
    /// edge's lists live only while it is written, and its draft's lists are freed as it is taken.
    struct FinishedEdges {
        private var drafts: [EdgeDraft] = []
        private var extras: [EdgeExtra] = []
        /// Draft slots in edge id order.
        private var order: [Int32] = []
        private var nodeRank: [Int32] = []
        private var dateRank: [Int32] = []
        private var evidenceRank: [Int32] = []
        private var dates: [PartialDate] = []
        private var strings: [String] = []
        private var taken = 0

        init() {}

        init(
            drafts: [EdgeDraft], extras: [EdgeExtra], order: [Int32], nodeRank: [Int32], dateRank: [Int32],
            evidenceRank: [Int32], dates: [PartialDate], strings: [String]
        ) {
            (self.drafts, self.extras, self.order, self.nodeRank) = (drafts, extras, order, nodeRank)
            (self.dateRank, self.evidenceRank, self.dates, self.strings) = (dateRank, evidenceRank, dates, strings)
        }

        /// The number of edges (taken or not).
        var count: Int { order.count }

        /// The next edge in id order, or nil (and everything freed) after the last.
        mutating func next() -> CompactGraph.Edge? {
            guard taken < order.count else {
                self = FinishedEdges()
                return nil
            }
            let slot = Int(order[taken])
            taken += 1
            var d = drafts[slot]
            drafts[slot] = EdgeDraft(source: 0, target: 0, type: .mentions)
            var x = EdgeExtra()
            if d.extra >= 0 { swap(&x, &extras[Int(d.extra)]) }
            // By rank: two numbers of equal evidence (equal, not byte-equal) are one observation.
            var sightings = x.observations.map { o in
                CompactGraph.Sighting(
                    date: o.date < 0 ? -1 : dateRank[Int(o.date)], title: o.title, role: o.role, former: o.former,
                    evidence: evidenceRank[Int(o.evidence)])
            }
            if sightings.count > 1 { sightings = Array(Set(sightings)) }
            let (dates, strings) = (self.dates, self.strings)
            sightings.sort { GraphAccumulator.precedes($0, $1, dates: dates, strings: strings) }
            return CompactGraph.Edge(
                type: d.type, source: nodeRank[Int(d.source)], target: nodeRank[Int(d.target)],
                properties: GraphAccumulator.merged(
                    GraphAccumulator.winners(x.properties),
                    GraphAccumulator.edgeProperties(d.type, sightings, strings: strings)),
                dates: d.dates.take(orderedBy: dateRank), evidence: d.evidence.take(orderedBy: evidenceRank),
                sightings: sightings)
        }
    }

    /// `Observation.<` on sightings: by date (none last), evidence, then title, role and former.
    static func precedes(
        _ l: CompactGraph.Sighting, _ r: CompactGraph.Sighting, dates: [PartialDate], strings: [String]
    ) -> Bool {
        let ld = l.date < 0 ? PartialDate(year: Int.max) : dates[Int(l.date)]
        let rd = r.date < 0 ? PartialDate(year: Int.max) : dates[Int(r.date)]
        if ld != rd { return ld < rd }
        if l.evidence != r.evidence { return l.evidence < r.evidence }
        func text(_ n: Int32) -> String { n < 0 ? "" : strings[Int(n)] }
        return (text(l.title), text(l.role), l.former ? 1 : 0) < (text(r.title), text(r.role), r.former ? 1 : 0)
    }

    /// The most frequent value of `key`; among equals, the smallest.
    static func winner(_ votes: [Vote], key: PropertyKey) -> String? {
        var best: Vote?
        for v in votes where v.key == key {
            if let b = best {
                if v.count > b.count || (v.count == b.count && v.value < b.value) { best = v }
            } else {
                best = v
            }
        }
        return best?.value
    }

    /// The winner of every voted property (not the label), in the keys' byte order.
    static func winners(_ votes: [Vote]) -> [Property] {
        var out: [Property] = []
        for v in votes where v.key != .label && !out.contains(where: { $0.key == v.key }) {
            out.append(Property(key: v.key, value: winner(votes, key: v.key)!))
        }
        out.sort { $0.key.byteRank < $1.key.byteRank }
        return out
    }

    /// `voted` with `derived` added, a derived value replacing a voted one of its key; in the keys' byte order.
    static func merged(_ voted: [Property], _ derived: [Property]) -> [Property] {
        guard !derived.isEmpty else { return voted }
        var out = voted.filter { v in !derived.contains { $0.key == v.key } } + derived
        out.sort { $0.key.byteRank < $1.key.byteRank }
        return out
    }

    /// Summary properties of an edge, derived from its sightings in order (documented in schema/graph-model.md).
    static func edgeProperties(
        _ type: EdgeType, _ sightings: [CompactGraph.Sighting], strings: [String]
    ) -> [Property] {
        switch type {
        case .holds:
            var titles: [String] = []
            var seen = Set<String>()
            for o in sightings where o.title >= 0 {
                let t = strings[Int(o.title)]
                if seen.insert(t).inserted { titles.append(t) }
            }
            guard !sightings.isEmpty else { return [] }
            let former = sightings.allSatisfy(\.former)
            return [
                Property(key: .title, value: titles.joined(separator: "；")),
                Property(key: .former, value: former ? "true" : "false"),
            ]
        case .attended, .authored:
            let roles = Set(sightings.compactMap { $0.role < 0 ? nil : strings[Int($0.role)] }).sorted()
            return roles.isEmpty ? [] : [Property(key: .role, value: roles.joined(separator: ","))]
        default:
            return []
        }
    }
}
