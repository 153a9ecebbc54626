import NewsGraph

/// `newsgraph attendees`: events matching a query, with their attendees.
enum AttendeesCommand: Command {
    static let name = "attendees"
    static let summary = "events matching a query, with their attendees"
    static let help = """
        newsgraph attendees: events matching a query, with their attendees.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph attendees: not implemented yet")
        return 1
    }
}
