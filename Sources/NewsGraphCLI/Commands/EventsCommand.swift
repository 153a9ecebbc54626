import NewsGraph

/// `newsgraph events`: the events a person attended, in date order.
enum EventsCommand: Command {
    static let name = "events"
    static let summary = "the events a person attended, in date order"
    static let help = """
        newsgraph events: the events a person attended, in date order.

        Usage: newsgraph events PERSON [--graph FILE] [--json]

        PERSON is a name (林志远), a part of a name, or a person id (person:林志远@汾阳市).
        Each event comes with its date (EDTF; a date without a year sorts after dated
        ones), place, the person's role(s) and the sentence that says so.
        When several people match, the candidates are listed (stdout) with their offices
        and places, a note goes to stderr, and the exit status is 1: run again with an id.

        Options:
        \(QueryOutput.indexedHelp)

        Examples:
          newsgraph events 林志远
          newsgraph events person:林志远@汾阳市 --json

        Exit status: 0 found, 1 not found / several candidates / failure, 2 usage.
        """
    static let flagOptions = QueryOutput.indexedFlags
    static let valueOptions = QueryOutput.values

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        try QueryOutput.answerAboutPerson(
            args, command: name, console, ask: { $0.events(of: $1) },
            printTable: { answer in
                console.print(
                    "\(answer.person.name)  (\(answer.person.id))  \(answer.events.count) event\(answer.events.count == 1 ? "" : "s")"
                )
                var table = Table(["DATE", "EVENT", "PLACE", "ROLE", "SOURCE", "SENTENCE"])
                for event in answer.events {
                    for (i, e) in event.evidence.enumerated() {
                        table.add(
                            i == 0
                                ? [
                                    QueryOutput.cell(event.date), event.name, event.place ?? "-", event.role,
                                    QueryOutput.source(e),
                                    e.sentence,
                                ]
                                : ["", "", "", "", QueryOutput.source(e), e.sentence])
                    }
                }
                console.write(table.render())
            })
    }
}
