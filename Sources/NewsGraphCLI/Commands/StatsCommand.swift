import NewsGraph

/// `newsgraph stats`: counts by node and edge type, articles, date range.
enum StatsCommand: Command {
    static let name = "stats"
    static let summary = "counts by node and edge type, articles, date range"
    static let help = """
        newsgraph stats: counts by node and edge type, articles, date range.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph stats: not implemented yet")
        return 1
    }
}
