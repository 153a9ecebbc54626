import NewsGraph

/// `newsgraph attendees`: events matching a query, with their attendees.
enum AttendeesCommand: Command {
    static let name = "attendees"
    static let summary = "events matching a query, with their attendees"
    static let help = """
        newsgraph attendees: events matching a query, with their attendees.

        Usage: newsgraph attendees QUERY [--date D] [--place P] [--graph FILE] [--json]
               newsgraph attendees --date D [--place P]

        QUERY is a part of the event's name (推进会, 汾清天下) or an event id. Each matching
        event is listed with its date, place and attendees: name, role(s), the offices they
        held at that date (as the article says, else the sightings nearest the date), and
        the sentence that says they were there.

        Options:
          --date D       the event's date: 2024-12-09, 2024-12, 12-09, 12月9日 (parts not
                         given match anything; an unknown year matches any year)
          --place P      the event's place or any place above it, by name or short form
                         (汾阳, 汾阳市, 吕梁)
        \(QueryOutput.indexedHelp)

        Examples:
          newsgraph attendees 推进会 --date 12-09 --place 汾阳
          newsgraph attendees 约谈会 --json
          newsgraph attendees --date 2024-12 --place 吕梁市

        Exit status: 0 (also when nothing matches: the answer is empty), 1 on failure, 2 on usage.
        """
    static let flagOptions = QueryOutput.indexedFlags
    static let valueOptions = QueryOutput.values.union(["--date", "--place"])

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let date = try QueryOutput.date(args, "--date")
        let place = args.value("--place")
        let query = args.positionals.first
        guard query != nil || date != nil || place != nil else {
            throw NewsGraphError.usage("missing QUERY (or --date / --place)")
        }
        guard args.positionals.count <= 1 else {
            throw NewsGraphError.usage("one QUERY expected, got \(args.positionals.count) (quote a query with spaces)")
        }
        let graph = try QueryOutput.loadGraph(args, console) { try $0.attendeesGraph(matching: query, date: date) }
        let engine = QueryEngine(graph: graph)
        let events = engine.attendees(matching: query, date: date, place: place)
        if args.has("--json") {
            console.write(try JSONOutput.render(Answer(events: events)))
            return 0
        }
        guard !events.isEmpty else {
            console.print("No events match.")
            return 0
        }
        var blocks: [String] = []
        for event in events {
            var head = "\(event.name)  \(QueryOutput.cell(event.date))  \(event.place ?? "-")"
            if !event.attendees.isEmpty {
                head += "  (\(event.attendees.count) attendee\(event.attendees.count == 1 ? "" : "s"))"
            }
            var lines = [head, "  id: \(event.id)"]
            if let e = event.evidence.first { lines.append("  announced: \(QueryOutput.source(e))  \(e.sentence)") }
            var table = Table(["NAME", "ROLE", "OFFICES AT DATE", "SOURCE", "SENTENCE"])
            for a in event.attendees {
                let offices = a.offices.map(\.resolvedTitle).joined(separator: "；")
                for (i, e) in a.evidence.enumerated() {
                    table.add(
                        i == 0
                            ? [a.name, a.role, offices.isEmpty ? "-" : offices, QueryOutput.source(e), e.sentence]
                            : ["", "", "", QueryOutput.source(e), e.sentence])
                }
                if a.evidence.isEmpty { table.add([a.name, a.role, offices.isEmpty ? "-" : offices, "-", ""]) }
            }
            let rendered = table.render()
            lines.append(
                rendered.isEmpty
                    ? "  (no attendees recorded)" : rendered.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            blocks.append(lines.joined(separator: "\n"))
        }
        console.print(blocks.joined(separator: "\n\n"))
        console.print("\n\(events.count) event\(events.count == 1 ? "" : "s")")
        return 0
    }

    /// The `--json` shape: `{"events": [...]}`.
    struct Answer: Encodable { var events: [EventAttendees] }
}
