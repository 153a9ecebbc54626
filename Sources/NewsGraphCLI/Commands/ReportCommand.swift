import Foundation
import NewsGraph

/// `newsgraph report`: one self-contained HTML audit report.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "one self-contained HTML audit report"
    static let help = """
        newsgraph report: one self-contained HTML audit report, careers on a timeline.

        Usage: newsgraph report -o FILE [--graph FILE] [--title TEXT] [--since D] [--until D] [--lexicon DIR]

        Writes one HTML page that opens from disk in any browser and loads nothing from
        the network: an overview; per official a career timeline (one mark per sighting
        of an office, placed by date; dates without a year on their own shaded zone);
        per office its holders over time; events with attendees, roles and the offices
        they held then; the audit findings (as `newsgraph audit` prints them); and for
        every mark, attendee and finding the sentence it came from, the file and the
        byte range. A search box and a date range filter the page (inline JavaScript;
        the page reads fine without it).

        Options:
          -o, --output FILE   the HTML file to write (atomically); `-` for stdout (required)
          --graph FILE        the graph to read (default: ./\(QueryOutput.defaultGraph))
          --title TEXT        the page title
          --since D           audit findings only from sightings on or after D (2024-01-01, 2024-06, 12-01)
          --until D           audit findings only from sightings on or before D
          --lexicon DIR       extra lexicons (single-holder offices for the conflict audit)

        Exit: 0 written, 1 the graph could not be read or the file not written, 2 usage.

        Examples:
          newsgraph build seeds --graph g.json && newsgraph report --graph g.json -o report.html
          newsgraph report -o - --title "汾阳市 2024" > report.html
        """
    static let valueOptions: Set<String> = ["-o", "--output", "--graph", "--title", "--since", "--until", "--lexicon"]

    /// Collects the page's UTF-8 bytes as the writer streams them.
    private struct DataSink: TextOutputStream {
        var data = Data()
        mutating func write(_ string: String) { data.append(contentsOf: string.utf8) }
    }

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard let output = args.value("-o") ?? args.value("--output") else {
            throw NewsGraphError.usage("-o FILE is required")
        }
        guard args.positionals.isEmpty else {
            throw NewsGraphError.usage("unexpected argument \(args.positionals[0])")
        }
        let since = try QueryOutput.date(args, "--since")?.date
        let until = try QueryOutput.date(args, "--until")?.date
        let graph = try QueryOutput.loadGraph(args)
        // The same findings as `newsgraph audit`: the report renders them, it does not audit.
        let rule = try SingleHolderRule.bundled(extraLexicons: args.value("--lexicon").map { URL(fileURLWithPath: $0) })
        let findings = Auditor(graph: graph, singleHolder: rule).audit(since: since, until: until).map(
            ReportFinding.init)
        var writer = ReportWriter()
        if let title = args.value("--title") { writer.title = title }
        var sink = DataSink()
        writer.write(graph, findings: findings, to: &sink)
        if output == "-" {
            FileHandle.standardOutput.write(sink.data)
            return 0
        }
        try AtomicFileWriter().write(sink.data, to: output)
        console.error(
            "\(output): report written (\(graph.nodes.filter { $0.type == .person }.count) people, \(findings.count) findings)"
        )
        return 0
    }
}
