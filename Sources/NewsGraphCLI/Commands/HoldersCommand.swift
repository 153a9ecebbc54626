import NewsGraph

/// `newsgraph holders`: who held one office over time.
enum HoldersCommand: Command {
    static let name = "holders"
    static let summary = "who held one office over time"
    static let help = """
        newsgraph holders: who held one office over time.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph holders: not implemented yet")
        return 1
    }
}
