import Foundation
import Testing

@testable import NewsGraph

/// Answers from the query index are the answers from the whole graph: for every person and
/// every event of the seeds graph and of a synthetic archive, by id, by name, by part of a name,
/// with dates and places.
@Suite struct QueryIndexEquivalenceTests {
    static let seeds = Result { try SeedGraphTests.built.get() }
    static let synthetic = Result { try IndexFixture.synthetic(seed: 17, articles: 240) }

    /// The queries whose indexed answer differs from the full one, as `query: indexed ≠ full` lines.
    /// With `readsPerRelease`, the graph file's pages are given back that often while fragments are read.
    static func mismatches(_ document: GraphDocument, readsPerRelease: Int = 1024) throws -> (
        checked: Int, differing: [String]
    ) {
        let fixture = try IndexFixture(document)
        defer { fixture.cleanUp() }
        var index = try fixture.open()
        index.readsPerRelease = readsPerRelease
        let full = QueryEngine(graph: try GraphStore.load(fixture.graphPath))
        var differing: [String] = []
        var checked = 0
        func compare(_ what: String, _ indexed: String, _ whole: String) {
            checked += 1
            if indexed != whole { differing.append("\(what): \(indexed.prefix(300)) ≠ \(whole.prefix(300))") }
        }
        let graph = document.graph
        var personQueries: Set<String> = ["没有这个人"]
        for p in graph.nodes where p.type == .person {
            let name = GraphIndex.name(of: p)
            personQueries.formUnion([p.id, name, p.label, String(name.prefix(1)), String(name.suffix(2))])
        }
        for q in personQueries.sorted() where !q.isEmpty {
            let t = QueryEngine(graph: try #require(try index.personGraph(matching: q, events: false))).titles(of: q)
            compare("titles \(q)", IndexFixture.text(t), IndexFixture.text(full.titles(of: q)))
            let e = QueryEngine(graph: try #require(try index.personGraph(matching: q, events: true))).events(of: q)
            compare("events \(q)", IndexFixture.text(e), IndexFixture.text(full.events(of: q)))
        }
        // Every event at once, too: the index reads fragments however many events match.
        var eventQueries: [(String?, DatePattern?, String?)] = [("没有这个会", nil, nil), ("", nil, nil), ("会", nil, nil)]
        for e in graph.nodes where e.type == .event {
            let name = GraphIndex.name(of: e)
            let date = (e.properties["date"].flatMap(PartialDate.init(edtf:)) ?? e.dates.first).map(DatePattern.init)
            let place = e.properties["place"]
            eventQueries += [
                (e.id, nil, nil), (name, nil, nil), (String(name.suffix(3)), nil, nil), (name, date, nil),
                (nil, date, place), (String(name.suffix(2)), nil, place.map { String($0.prefix(2)) }),
            ]
        }
        for (q, date, place) in eventQueries {
            let sub = try index.attendeesGraph(matching: q, date: date)
            let indexed = QueryEngine(graph: sub).attendees(matching: q, date: date, place: place)
            compare(
                "attendees \(q ?? "-") \(date.map { "\($0)" } ?? "-") \(place ?? "-")", IndexFixture.text(indexed),
                IndexFixture.text(full.attendees(matching: q, date: date, place: place)))
        }
        return (checked, differing)
    }

    @Test func everySeedPersonAndEventIsAnsweredAsTheWholeGraphAnswers() throws {
        let (checked, differing) = try Self.mismatches(try Self.seeds.get())
        #expect(checked > 400, "only \(checked) queries")
        #expect(differing.isEmpty, "\(differing.count) of \(checked) differ:\n\(differing.prefix(5).joined(separator: "\n"))")
    }

    /// The graph file's pages are given back after every fragment read here (decodes in progress included).
    @Test func everySyntheticPersonAndEventIsAnsweredAsTheWholeGraphAnswers() throws {
        let (checked, differing) = try Self.mismatches(try Self.synthetic.get(), readsPerRelease: 1)
        #expect(checked > 400, "only \(checked) queries")
        #expect(differing.isEmpty, "\(differing.count) of \(checked) differ:\n\(differing.prefix(5).joined(separator: "\n"))")
    }

    @Test func theIndexReadsOnlyTheNeighbourhoodOfAPerson() throws {
        let document = try Self.synthetic.get()
        let fixture = try IndexFixture(document)
        defer { fixture.cleanUp() }
        let index = try fixture.open()
        let person = try #require(document.graph.nodes.first { $0.type == .person })
        let sub = try #require(try index.personGraph(matching: person.id, events: true))
        #expect(sub.nodes.contains { $0.id == person.id })
        #expect(
            sub.nodes.count * 5 < document.graph.nodes.count, "\(sub.nodes.count) of \(document.graph.nodes.count) nodes read")
        #expect(
            sub.edges.count * 5 < document.graph.edges.count, "\(sub.edges.count) of \(document.graph.edges.count) edges read")
    }
}
