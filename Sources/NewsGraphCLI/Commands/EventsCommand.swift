import NewsGraph

/// `newsgraph events`: the events a person attended.
enum EventsCommand: Command {
    static let name = "events"
    static let summary = "the events a person attended"
    static let help = """
        newsgraph events: the events a person attended.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph events: not implemented yet")
        return 1
    }
}
