import NewsGraph

/// `newsgraph articles`: print the segmented, repaired articles of pages.
enum ArticlesCommand: Command {
    static let name = "articles"
    static let summary = "print the segmented, repaired articles of pages"
    static let help = """
        newsgraph articles: print the segmented, repaired articles of pages.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph articles: not implemented yet")
        return 1
    }
}
