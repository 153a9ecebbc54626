import NewsGraph

/// `newsgraph fuzz`: feed mutated input through the whole pipeline.
enum FuzzCommand: Command {
    static let name = "fuzz"
    static let summary = "feed mutated input through the whole pipeline"
    static let help = """
        newsgraph fuzz: feed mutated input through the whole pipeline.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph fuzz: not implemented yet")
        return 1
    }
}
