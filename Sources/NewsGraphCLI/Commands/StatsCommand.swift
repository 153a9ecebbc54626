import NewsGraph

/// `newsgraph stats`: counts by node and edge type, articles, date range.
enum StatsCommand: Command {
    static let name = "stats"
    static let summary = "counts by node and edge type, articles, date range"
    static let help = """
        newsgraph stats: counts by node and edge type, articles, date range.

        Usage: newsgraph stats [--graph FILE] [--json]

        Nodes and edges by type, the articles and files the evidence cites, and the
        earliest and latest date seen (dates with a year win; `XXXX-…` dates are counted).

        Options:
        \(QueryOutput.commonHelp)

        Examples:
          newsgraph stats
          newsgraph stats --graph seeds.graph.json --json

        Exit status: 0 ok, 1 on failure (unreadable or corrupt graph), 2 on usage.
        """
    static let flagOptions = QueryOutput.flags
    static let valueOptions = QueryOutput.values

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard args.positionals.isEmpty else { throw NewsGraphError.usage("unexpected argument '\(args.positionals[0])'") }
        let stats = QueryEngine(graph: try QueryOutput.loadGraph(args)).stats()
        if args.has("--json") {
            console.write(try JSONOutput.render(stats))
            return 0
        }
        var nodes = Table(["NODE TYPE", "COUNT"])
        for t in NodeType.allCases { nodes.add([t.rawValue, String(stats.nodes[t.rawValue] ?? 0)]) }
        nodes.add(["total", String(stats.nodeCount)])
        var edges = Table(["EDGE TYPE", "COUNT"])
        for t in EdgeType.allCases { edges.add([t.rawValue, String(stats.edges[t.rawValue] ?? 0)]) }
        edges.add(["total", String(stats.edgeCount)])
        console.write(nodes.render())
        console.print("")
        console.write(edges.render())
        console.print("")
        var summary = Table(["", ""])
        summary.add(["articles", String(stats.articles)])
        summary.add(["files", String(stats.files)])
        summary.add(["evidence", String(stats.evidence)])
        summary.add(["earliest", QueryOutput.cell(stats.earliest)])
        summary.add(["latest", QueryOutput.cell(stats.latest)])
        summary.add(["dates without year", String(stats.datesWithoutYear)])
        console.write(summary.render(header: false))
        return 0
    }
}
