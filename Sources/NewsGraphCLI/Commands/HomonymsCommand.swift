import NewsGraph

/// `newsgraph homonyms`: same-name people kept apart, for review.
enum HomonymsCommand: Command {
    static let name = "homonyms"
    static let summary = "same-name people kept apart, for review"
    static let help = """
        newsgraph homonyms: same-name people kept apart, for review.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph homonyms: not implemented yet")
        return 1
    }
}
