import Foundation
import Testing

@testable import NewsGraph

/// The offices a person held at an attendance, picked from sightings gathered once, are the
/// ones the plain definition picks (the attendance's own articles, else the nearest dated
/// sightings, else all; merged by position), for every person of the seeds and of a synthetic
/// archive, at every attendance and at dates and articles that reach each branch.
@Suite struct CurrentSightingsTests {
    /// The plain definition: every current sighting filtered for each question, merged one by one.
    static func definition(_ current: [TitleSighting], at date: PartialDate?, articles: Set<String>) -> [TitleSighting] {
        var chosen = current.filter { s in s.evidence.contains { articles.contains($0.article) } }
        if chosen.isEmpty, let date {
            let dated = current.compactMap { s in s.date.map { (s, DateMath.distance(date, $0)) } }
            if let best = dated.map(\.1).min() { chosen = dated.filter { $0.1 == best }.map(\.0) }
        }
        if chosen.isEmpty { chosen = current }
        var byPosition: [String: TitleSighting] = [:]
        for s in chosen {
            if var kept = byPosition[s.position] {
                kept.evidence = Array(Set(kept.evidence + s.evidence)).sorted()
                byPosition[s.position] = kept
            } else {
                byPosition[s.position] = s
            }
        }
        return byPosition.values.sorted { a, b in
            if let x = a.evidence.first, let y = b.evidence.first, x != y { return x < y }
            return (a.resolvedTitle, a.position) < (b.resolvedTitle, b.position)
        }
    }

    /// The questions and the answers that differ from the definition's, for every person of `graph`.
    static func differences(_ graph: KnowledgeGraph) -> (asked: Int, differing: [String]) {
        let engine = QueryEngine(graph: graph)
        // Evidence numbered as a graph file's table numbers it: the kept form cites these numbers.
        var table: [Evidence] = []
        var numbers: [Evidence: Int] = [:]
        for e in graph.edges where e.type == .holds {
            for ev in e.evidence + e.observations.map(\.evidence) where numbers[ev] == nil {
                numbers[ev] = table.count
                table.append(ev)
            }
        }
        var asked = 0
        var differing: [String] = []
        for person in graph.nodes where person.type == .person {
            let current = engine.index.edges(from: person.id, .holds).flatMap(engine.sightings(of:)).filter { !$0.former }
            let kept = CurrentSightings(current)
            guard let numbered = kept.numbered(by: { numbers[$0] }) else {
                differing.append("\(person.id): evidence without a number")
                continue
            }
            #expect(numbered.evidence == nil && kept.count == current.count)
            var questions: [(PartialDate?, Set<String>)] = [(nil, []), (PartialDate(year: 2020), [])]
            for d in Set(current.compactMap(\.date)).sorted().prefix(4) {
                questions.append((d, []))
                questions.append((PartialDate(year: nil, month: d.month, day: d.day), []))
            }
            for edge in engine.index.edges(from: person.id, .attended) {
                let event = engine.index.node(edge.target)
                let articles = Set(engine.attendance(edge).evidence.map(\.article))
                questions.append((event.flatMap(QueryEngine.date(ofEvent:)), articles))
                questions.append((nil, articles))
            }
            // An article of another person's sighting: matches nothing here, the dates decide.
            questions.append((PartialDate(year: 2019, month: 6), ["not-an-article#1"]))
            for (date, articles) in questions {
                asked += 1
                let expected = IndexFixture.text(definition(current, at: date, articles: articles))
                let local = IndexFixture.text(kept.offices(at: date, articles: articles, resolve: QueryEngine.unnumbered))
                let read = IndexFixture.text(numbered.offices(at: date, articles: articles) { table[$0] })
                if local != expected || read != expected {
                    differing.append(
                        "\(person.id) at \(date?.edtf ?? "-") \(articles.sorted()): \(local.prefix(200)) ≠ \(expected.prefix(200))"
                    )
                }
            }
        }
        return (asked, differing)
    }

    @Test func everySeedAttendanceGetsTheOfficesTheDefinitionPicks() throws {
        let (asked, differing) = Self.differences(try SeedGraphTests.built.get().graph)
        #expect(asked > 150, "only \(asked) questions")
        #expect(differing.isEmpty, "\(differing.count) of \(asked) differ:\n\(differing.prefix(5).joined(separator: "\n"))")
    }

    @Test func everySyntheticAttendanceGetsTheOfficesTheDefinitionPicks() throws {
        let (asked, differing) = Self.differences(try QueryIndexEquivalenceTests.synthetic.get().graph)
        #expect(asked > 400, "only \(asked) questions")
        #expect(differing.isEmpty, "\(differing.count) of \(asked) differ:\n\(differing.prefix(5).joined(separator: "\n"))")
    }

    @Test func aSightingOfTheAttendancesOwnArticleWinsOverNearerDates() throws {
        let graph = try SeedGraphTests.built.get().graph
        let engine = QueryEngine(graph: graph)
        // 刘晋萍 is named 吕梁市副市长 and 市委常委 in one sentence; asked about that article at a far date.
        let person = try #require(graph.nodes.first { $0.type == .person && GraphIndex.name(of: $0) == "刘晋萍" })
        let current = engine.index.edges(from: person.id, .holds).flatMap(engine.sightings(of:)).filter { !$0.former }
        let article = try #require(current.first?.evidence.first?.article)
        let offices = CurrentSightings(current).offices(
            at: PartialDate(year: 1990), articles: [article], resolve: QueryEngine.unnumbered)
        #expect(Set(offices.map(\.resolvedTitle)) == ["吕梁市副市长", "吕梁市委常委"])
        #expect(offices.allSatisfy { $0.evidence.allSatisfy { $0.article == article } })
    }
}
