import NewsGraph

/// `newsgraph audit`: title changes, former offices, conflicts, homonyms.
enum AuditCommand: Command {
    static let name = "audit"
    static let summary = "title changes, former offices, conflicts, homonyms"
    static let help = """
        newsgraph audit: title changes, former offices, conflicts, homonyms.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph audit: not implemented yet")
        return 1
    }
}
