import Foundation
import NewsGraph

/// Writes the answer of `attendees` event by event: text blocks, or the `{"events": [...]}`
/// JSON document, byte for byte what printing the whole answer at once writes.
///
/// A broad query on a large graph answers hundreds of thousands of events; holding them,
/// their blocks and the joined text at once took gigabytes. Each event is written (through
/// a buffer of about `flushSize` bytes) as soon as it is handed over.
struct AttendeesPrinter {
    let json: Bool
    let console: Console
    /// Events written so far.
    private(set) var count = 0
    private var buffer: [UInt8] = []
    private let encoder: JSONEncoder
    static let flushSize = 1 << 16
    private static let indent = Array("    ".utf8)

    init(json: Bool, _ console: Console) {
        self.json = json
        self.console = console
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if json { buffer.append(contentsOf: "{\n  \"events\" : [\n".utf8) }
    }

    /// Writes one event (after the ones before it).
    mutating func add(_ event: EventAttendees) throws {
        if json {
            if count > 0 { buffer.append(contentsOf: ",\n".utf8) }
            // The event as the whole document nests it: two levels down, four spaces more on each
            // line but the empty ones (JSON text has no raw line breaks inside its strings).
            let data = try encoder.encode(event)
            buffer.reserveCapacity(buffer.count + data.count + data.count / 8)
            var lineStart = true
            data.withUnsafeBytes { raw in
                for byte in raw {
                    if lineStart && byte != 0x0A { buffer.append(contentsOf: Self.indent) }
                    buffer.append(byte)
                    lineStart = byte == 0x0A
                }
            }
        } else {
            if count > 0 { buffer.append(contentsOf: "\n\n".utf8) }
            buffer.append(contentsOf: Self.block(event).utf8)
        }
        count += 1
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Writes the end: the JSON document's close, or the event count (`No events match.` for none).
    mutating func finish() {
        let end: String
        if json {
            end = "\n  ]\n}\n"
        } else if count == 0 {
            end = "No events match.\n"
        } else {
            end = "\n\n\(count) event\(count == 1 ? "" : "s")\n"
        }
        buffer.append(contentsOf: end.utf8)
        flush()
    }

    private mutating func flush() {
        if !buffer.isEmpty { console.write(Data(buffer)) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// One event's text block: name, date, place and count; id; announcement; the attendee table.
    static func block(_ event: EventAttendees) -> String {
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
        let rendered = table.render(indent: "  ")
        lines.append(rendered.isEmpty ? "  (no attendees recorded)" : rendered)
        return lines.joined(separator: "\n")
    }
}
