import NewsGraph

/// `newsgraph people`: people with their offices.
enum PeopleCommand: Command {
    static let name = "people"
    static let summary = "people with their offices"
    static let help = """
        newsgraph people: people with their offices.

        Usage: newsgraph people [QUERY] [--office WORD] [--place PLACE] [--graph FILE] [--json]

        QUERY is a part of a name (or a person id); without it, everyone. With --office or
        --place only the offices matching both are shown, and people with none are left
        out — so `--office 副市长 --place 汾阳市` answers "who is or was a 副市长 of 汾阳市?".

        Options:
          --office WORD  a word of the office (副市长, 书记, 常委); it does not match a
                         deputy's title (市长 leaves out 副市长)
          --place PLACE  the office's jurisdiction, by name or short form (汾阳, 汾阳市)
        \(QueryOutput.commonHelp)

        Examples:
          newsgraph people --office 副市长 --place 汾阳市
          newsgraph people 李 --json

        Exit status: 0 (also when nobody matches: the answer is empty), 1 on failure, 2 on usage.
        """
    static let flagOptions = QueryOutput.flags
    static let valueOptions = QueryOutput.values.union(["--office", "--place"])

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard args.positionals.count <= 1 else { throw NewsGraphError.usage("at most one QUERY expected") }
        let engine = QueryEngine(graph: try QueryOutput.loadGraph(args))
        let people = engine.people(matching: args.positionals.first, office: args.value("--office"), place: args.value("--place"))
        if args.has("--json") {
            console.write(try JSONOutput.render(Answer(people: people)))
            return 0
        }
        guard !people.isEmpty else {
            console.print("No people match.")
            return 0
        }
        var table = Table(["NAME", "ID", "OFFICE", "AS WRITTEN", "FIRST", "LAST", "STATUS", "ARTICLES", "SOURCE"])
        for p in people {
            if p.titles.isEmpty { table.add([p.name, p.id, "-", "", "", "", "", String(p.articles), ""]) }
            for (i, h) in p.titles.enumerated() {
                table.add([
                    i == 0 ? p.name : "", i == 0 ? p.id : "", h.resolvedTitle, h.forms.joined(separator: "；"),
                    QueryOutput.cell(h.firstSeen), QueryOutput.cell(h.lastSeen), h.former ? "former" : "current",
                    String(h.articles), h.evidence.first.map(QueryOutput.source) ?? "-",
                ])
            }
        }
        console.write(table.render())
        console.print("\n\(people.count) \(people.count == 1 ? "person" : "people")")
        return 0
    }

    /// The `--json` shape: `{"people": [...]}`.
    struct Answer: Encodable { var people: [PersonTitles] }
}
