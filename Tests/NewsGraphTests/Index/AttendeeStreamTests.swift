import Foundation
import Testing

@testable import NewsGraph

/// `attendees` read from the index a batch of events at a time answers every event as the
/// whole graph does, in the same order, whatever the batch size and however few of the
/// attendees' sightings it keeps between batches.
@Suite struct AttendeeStreamTests {
    /// The streamed answer, event by event.
    static func streamed(
        _ index: QueryIndex, _ query: String?, _ date: DatePattern?, _ place: String?, batch: Int, kept: Int
    ) throws -> [EventAttendees] {
        var events: [EventAttendees] = []
        try index.attendees(matching: query, date: date, place: place, eventsPerBatch: batch, sightingsKept: kept) {
            events.append($0)
        }
        return events
    }

    /// Broad queries (every event, a common noun, a month, a place) and narrow ones, compared whole.
    static func mismatches(_ document: GraphDocument, batches: [Int]) throws -> (checked: Int, events: Int, differing: [String]) {
        let fixture = try IndexFixture(document)
        defer { fixture.cleanUp() }
        let index = try fixture.open()
        let full = QueryEngine(graph: try GraphStore.load(fixture.graphPath))
        var queries: [(String?, DatePattern?, String?)] = [
            ("", nil, nil), ("会", nil, nil), ("会议", nil, nil), ("没有这个会", nil, nil), (nil, DatePattern("2020-03"), nil),
            (nil, DatePattern("12-03"), nil), (nil, nil, "吕梁"),
        ]
        for e in document.graph.nodes.filter({ $0.type == .event }).prefix(12) {
            let name = GraphIndex.name(of: e)
            let date = QueryEngine.date(ofEvent: e).map(DatePattern.init)
            queries += [(e.id, nil, nil), (String(name.suffix(2)), nil, e.properties["place"]), (nil, date, nil)]
        }
        var checked = 0
        var events = 0
        var differing: [String] = []
        for (q, date, place) in queries {
            let whole = full.attendees(matching: q, date: date, place: place)
            events += whole.count
            for batch in batches {
                for kept in [0, 1 << 20] {
                    checked += 1
                    let got = try streamed(index, q, date, place, batch: batch, kept: kept)
                    if IndexFixture.text(got) != IndexFixture.text(whole) {
                        differing.append("\(q ?? "-") \(date.map { "\($0)" } ?? "-") \(place ?? "-") batch \(batch) kept \(kept)")
                    }
                }
            }
        }
        return (checked, events, differing)
    }

    @Test func seedEventsStreamedInBatchesAreTheWholeGraphsAnswer() throws {
        let (checked, events, differing) = try Self.mismatches(
            try QueryIndexEquivalenceTests.seeds.get(), batches: [1, 2, 5, 512])
        #expect(events > 30, "only \(events) events answered")
        #expect(differing.isEmpty, "\(differing.count) of \(checked) differ:\n\(differing.prefix(5).joined(separator: "\n"))")
    }

    @Test func syntheticEventsStreamedInBatchesAreTheWholeGraphsAnswer() throws {
        let (checked, events, differing) = try Self.mismatches(
            try QueryIndexEquivalenceTests.synthetic.get(), batches: [1, 7, 64])
        #expect(events > 200, "only \(events) events answered")
        #expect(differing.isEmpty, "\(differing.count) of \(checked) differ:\n\(differing.prefix(5).joined(separator: "\n"))")
    }

    @Test func theIndexAloneOrdersTheEventsAsTheEngineDoes() throws {
        let document = try QueryIndexEquivalenceTests.synthetic.get()
        let fixture = try IndexFixture(document)
        defer { fixture.cleanUp() }
        let index = try fixture.open()
        let ids = document.graph.nodes.map(\.id)
        let ordered = try index.attendeeEventOrder(matching: nil, date: nil).map { ids[$0] }
        let engine = QueryEngine(graph: document.graph)
        #expect(ordered.count == document.graph.nodes.filter { $0.type == .event }.count)
        #expect(ordered == engine.attendees(matching: nil, date: nil, place: nil).map(\.id))
        let dated = try index.attendeeEventOrder(matching: "会", date: DatePattern("2020")).map { ids[$0] }
        #expect(!dated.isEmpty)
        #expect(dated == engine.attendees(matching: "会", date: DatePattern("2020")).map(\.id))
    }
}
