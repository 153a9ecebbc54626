import NewsGraph

/// `newsgraph build`: build a graph file from pages.
enum BuildCommand: Command {
    static let name = "build"
    static let summary = "build a graph file from pages"
    static let help = """
        newsgraph build: build a graph file from pages.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph build: not implemented yet")
        return 1
    }
}
