import NewsGraph

/// `newsgraph merge`: merge graphs built from disjoint articles.
enum MergeCommand: Command {
    static let name = "merge"
    static let summary = "merge graphs built from disjoint articles"
    static let help = """
        newsgraph merge: merge graphs built from disjoint articles.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph merge: not implemented yet")
        return 1
    }
}
