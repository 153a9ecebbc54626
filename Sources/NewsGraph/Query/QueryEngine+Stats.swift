extension QueryEngine {
    /// Counts by node and edge type, articles, files and the date range: `newsgraph stats`.
    public func stats() -> GraphStats {
        let graph = index.graph
        var nodes = Dictionary(uniqueKeysWithValues: NodeType.allCases.map { ($0.rawValue, 0) })
        var edges = Dictionary(uniqueKeysWithValues: EdgeType.allCases.map { ($0.rawValue, 0) })
        var articles: Set<String> = []
        var files: Set<String> = []
        var evidenceCount = 0
        var dates: Set<PartialDate> = []
        func cite(_ evidence: [Evidence]) {
            evidenceCount += evidence.count
            for e in evidence {
                articles.insert(e.article)
                files.insert(e.file)
            }
        }
        for n in graph.nodes {
            nodes[n.type.rawValue, default: 0] += 1
            cite(n.evidence)
            if n.type == .event || n.type == .article {
                dates.formUnion(n.dates)
                if let s = n.properties["date"], let d = PartialDate(edtf: s) { dates.insert(d) }
            }
            if n.type == .article, let f = n.properties["file"] { files.insert(f) }
        }
        for e in graph.edges {
            edges[e.type.rawValue, default: 0] += 1
            cite(e.evidence)
            dates.formUnion(e.dates)
            for o in e.observations { if let d = o.date { dates.insert(d) } }
        }
        let articleNodes = nodes[NodeType.article.rawValue] ?? 0
        let withYear = dates.filter { $0.year != nil }
        let range = withYear.isEmpty ? dates : withYear
        return GraphStats(
            nodes: nodes, edges: edges, nodeCount: graph.nodes.count, edgeCount: graph.edges.count,
            articles: max(articles.count, articleNodes), files: files.count, evidence: evidenceCount,
            earliest: range.min(), latest: range.max(), datesWithoutYear: dates.count - withYear.count)
    }
}
