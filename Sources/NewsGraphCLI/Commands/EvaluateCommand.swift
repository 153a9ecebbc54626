import NewsGraph

/// `newsgraph evaluate`: score the tagger against a gold file.
enum EvaluateCommand: Command {
    static let name = "evaluate"
    static let summary = "score the tagger against a gold file"
    static let help = """
        newsgraph evaluate: score the tagger against a gold file.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph evaluate: not implemented yet")
        return 1
    }
}
