import NewsGraph

/// `newsgraph export`: write GraphML, GEXF, JSON-LD or CSV.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "write GraphML, GEXF, JSON-LD or CSV"
    static let help = """
        newsgraph export: write GraphML, GEXF, JSON-LD or CSV.
        (not implemented yet)
        """

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.error("newsgraph export: not implemented yet")
        return 1
    }
}
