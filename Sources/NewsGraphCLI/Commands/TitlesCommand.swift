import NewsGraph

/// `newsgraph titles`: one person's offices over time.
enum TitlesCommand: Command {
    static let name = "titles"
    static let summary = "one person's offices over time"
    static let help = """
        newsgraph titles: one person's offices over time.

        Usage: newsgraph titles PERSON [--graph FILE] [--json]

        PERSON is a name, a part of a name, or a person id. The offices come in date
        order (first seen; undated last), each with the title resolved (吕梁市副市长) and
        as written (副市长), first and last date seen, current or former (原…: former when
        the latest sighting says so), how many articles support it, and every sentence.
        When several people match, the candidates are listed (stdout), a note goes to
        stderr, and the exit status is 1: run again with an id.

        Options:
        \(QueryOutput.indexedHelp)

        Examples:
          newsgraph titles 林志远
          newsgraph titles 林志远 --json | jq '.titles[].resolvedTitle'

        Exit status: 0 found, 1 not found / several candidates / failure, 2 usage.
        """
    static let flagOptions = QueryOutput.indexedFlags
    static let valueOptions = QueryOutput.values

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        try QueryOutput.answerAboutPerson(
            args, command: name, console, ask: { $0.titles(of: $1) },
            printTable: { answer in
                console.print(
                    "\(answer.name)  (\(answer.id))  \(answer.titles.count) office\(answer.titles.count == 1 ? "" : "s"), \(answer.articles) article\(answer.articles == 1 ? "" : "s")"
                )
                var table = Table(["OFFICE", "FIRST", "LAST", "STATUS", "ARTICLES", "SEEN", "AS WRITTEN", "SOURCE", "SENTENCE"])
                for h in answer.titles {
                    for (i, s) in h.sightings.enumerated() {
                        let e = s.evidence.first
                        let tail = [QueryOutput.cell(s.date), s.title, e.map(QueryOutput.source) ?? "-", e?.sentence ?? ""]
                        table.add(
                            i == 0
                                ? [
                                    h.resolvedTitle, QueryOutput.cell(h.firstSeen), QueryOutput.cell(h.lastSeen),
                                    h.former ? "former" : "current", String(h.articles),
                                ] + tail
                                : ["", "", "", "", ""] + tail)
                    }
                }
                console.write(table.render())
            })
    }
}
