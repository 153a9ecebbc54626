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
        var printer = AttendeesPrinter(json: args.has("--json"), console)
        // From the index, event by event as batches of them are read; if the index fails part way,
        // the whole graph's answer goes on from the first event not yet written (the order is the same).
        let indexed: Bool
        do {
            indexed = try QueryOutput.answerFromIndex(args, console) { index in
                try index.attendees(matching: query, date: date, place: place) { event in
                    // Once stdout is gone (`| head`), reading on would only waste the time.
                    guard console.outputFailed == nil else { throw QueryOutput.OutputFailure(error: OutputClosed()) }
                    do { try printer.add(event) } catch { throw QueryOutput.OutputFailure(error: error) }
                }
                return true
            }
        } catch is OutputClosed {
            return 1
        }
        if !indexed {
            let engine = QueryEngine(graph: try QueryOutput.loadGraph(args))
            for event in engine.attendees(matching: query, date: date, place: place).dropFirst(printer.count) {
                try printer.add(event)
            }
        }
        printer.finish()
        return 0
    }

    /// Stdout cannot be written any more (the failure is reported once, on the way out).
    struct OutputClosed: Error {}
}
