import NewsGraph

/// `newsgraph titles`: one person's offices over time.
enum TitlesCommand: Command {
    static let name = "titles"
    static let summary = "one person's offices over time"
    static let help = """
        newsgraph titles: one person's offices over time.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph titles: not implemented yet")
        return 1
    }
}
