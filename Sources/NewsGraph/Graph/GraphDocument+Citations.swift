/// Every piece of evidence a document cites, in one fixed order.
///
/// The order is the graph's nodes, then its edges (each edge's evidence, then
/// its observations), then each article's facts (mentions, offices, events,
/// attendances). `EvidenceTable.refs` follows it, and `GraphFileWriter` finds a
/// citation's table index from its position in it.
extension GraphDocument {
    /// Calls `body` with each cited piece of evidence, in citation order.
    func forEachCitation(_ body: (Evidence) -> Void) {
        for n in graph.nodes { for e in n.evidence { body(e) } }
        for edge in graph.edges {
            for e in edge.evidence { body(e) }
            for o in edge.observations { body(o.evidence) }
        }
        for f in facts?.articles ?? [] {
            for m in f.mentions { body(m.evidence) }
            for o in f.offices { body(o.evidence) }
            for e in f.events { body(e.evidence) }
            for a in f.attendances { body(a.evidence) }
        }
    }

    /// The number of citations `forEachCitation` makes.
    var citationCount: Int {
        var n = 0
        for node in graph.nodes { n += node.evidence.count }
        for edge in graph.edges { n += edge.evidence.count + edge.observations.count }
        for f in facts?.articles ?? [] { n += f.mentions.count + f.offices.count + f.events.count + f.attendances.count }
        return n
    }

    /// Where the edges' citations start in citation order (after all the nodes').
    var edgeCitationsStart: Int { graph.nodes.reduce(0) { $0 + $1.evidence.count } }

    /// Where the facts' citations start in citation order (after the whole graph's).
    var factCitationsStart: Int {
        graph.edges.reduce(edgeCitationsStart) { $0 + $1.evidence.count + $1.observations.count }
    }
}
