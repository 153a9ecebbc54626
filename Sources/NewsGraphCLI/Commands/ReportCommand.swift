import NewsGraph

/// `newsgraph report`: one self-contained HTML audit report.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "one self-contained HTML audit report"
    static let help = """
        newsgraph report: one self-contained HTML audit report.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph report: not implemented yet")
        return 1
    }
}
