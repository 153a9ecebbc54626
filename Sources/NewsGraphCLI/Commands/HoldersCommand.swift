import NewsGraph

/// `newsgraph holders`: who held an office, over time.
enum HoldersCommand: Command {
    static let name = "holders"
    static let summary = "who held an office, over time"
    static let help = """
        newsgraph holders: who held an office, over time.

        Usage: newsgraph holders OFFICE [--graph FILE] [--json]

        OFFICE is matched on the office's resolved title (汾阳市市长) or its label,
        exactly; when no office has it exactly, on a word of the title that is not a
        deputy's (市长 finds 汾阳市市长 and 吕梁市市长, not 汾阳市副市长). Holders come in
        the order they were first seen (undated last), each with the last date seen,
        current or former, the number of articles and the first sentence.

        Options:
        \(QueryOutput.commonHelp)

        Examples:
          newsgraph holders 汾阳市市长
          newsgraph holders 市委书记 --json

        Exit status: 0 (also when nobody held it: the answer is empty), 1 on failure, 2 on usage.
        """
    static let flagOptions = QueryOutput.flags
    static let valueOptions = QueryOutput.values

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let office = try args.requirePositionals(1, "OFFICE")[0]
        guard args.positionals.count == 1 else { throw NewsGraphError.usage("one OFFICE expected") }
        let engine = QueryEngine(graph: try QueryOutput.loadGraph(args))
        let holders = engine.holders(of: office)
        if args.has("--json") {
            console.write(try JSONOutput.render(Answer(office: office, holders: holders)))
            return 0
        }
        guard !holders.isEmpty else {
            console.print("Nobody is recorded holding \(office).")
            return 0
        }
        var table = Table(["FIRST", "LAST", "NAME", "OFFICE", "AS WRITTEN", "STATUS", "ARTICLES", "SOURCE", "SENTENCE"])
        for h in holders {
            let e = h.office.evidence.first
            table.add([
                QueryOutput.cell(h.office.firstSeen), QueryOutput.cell(h.office.lastSeen), h.name, h.office.resolvedTitle,
                h.office.forms.joined(separator: "；"), h.office.former ? "former" : "current", String(h.office.articles),
                e.map(QueryOutput.source) ?? "-", e?.sentence ?? "",
            ])
        }
        console.write(table.render())
        return 0
    }

    /// The `--json` shape: `{"office": "...", "holders": [...]}`.
    struct Answer: Encodable {
        var office: String
        var holders: [Holding]
    }
}
