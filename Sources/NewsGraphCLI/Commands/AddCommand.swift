import NewsGraph

/// `newsgraph add`: add pages to an existing graph file.
enum AddCommand: Command {
    static let name = "add"
    static let summary = "add pages to an existing graph file"
    static let help = """
        newsgraph add: add pages to an existing graph file.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph add: not implemented yet")
        return 1
    }
}
