import NewsGraph

/// `newsgraph tag`: print mentions and relations per article.
enum TagCommand: Command {
    static let name = "tag"
    static let summary = "print mentions and relations per article"
    static let help = """
        newsgraph tag: print mentions and relations per article.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph tag: not implemented yet")
        return 1
    }
}
