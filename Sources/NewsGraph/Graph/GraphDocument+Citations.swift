/// Every piece of evidence a document cites, in one fixed order.
///
/// The order is the graph's nodes, then its edges (each edge's evidence, then
/// its observations), then each article's facts (mentions, offices, events,
/// attendances). `EvidenceTable.refs` follows it, and `GraphFileWriter` finds a
/// citation's table index from its position in it. (`build` writes from a
/// `CompactGraph`, whose nodes and edges hold table indices already: there,
/// `refs` holds only the facts' citations, in this order.)
extension GraphDocument {
    /// Calls `body` with each cited piece of evidence, in citation order.
    func forEachCitation(_ body: (Evidence) -> Void) {
        // Index loops: `for x in array` would copy (retain) every node, edge and fact on the way.
        let nodes = graph.nodes
        for i in nodes.indices {
            let evidence = nodes[i].evidence
            for j in evidence.indices { body(evidence[j]) }
        }
        let edges = graph.edges
        for i in edges.indices {
            let evidence = edges[i].evidence
            for j in evidence.indices { body(evidence[j]) }
            let observations = edges[i].observations
            for j in observations.indices { body(observations[j].evidence) }
        }
        let articles = facts?.articles ?? []
        for i in articles.indices {
            let mentions = articles[i].mentions
            for j in mentions.indices { body(mentions[j].evidence) }
            let offices = articles[i].offices
            for j in offices.indices { body(offices[j].evidence) }
            let events = articles[i].events
            for j in events.indices { body(events[j].evidence) }
            let attendances = articles[i].attendances
            for j in attendances.indices { body(attendances[j].evidence) }
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
