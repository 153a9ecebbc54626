import NewsGraph

/// `newsgraph people`: people with their offices.
enum PeopleCommand: Command {
    static let name = "people"
    static let summary = "people with their offices"
    static let help = """
        newsgraph people: people with their offices.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph people: not implemented yet")
        return 1
    }
}
