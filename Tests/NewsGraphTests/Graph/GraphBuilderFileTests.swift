import Foundation
import Testing

@testable import NewsGraph

/// `build` straight to the file (accumulator → `CompactGraph` → writer) against the long way
/// (`GraphStore.save(GraphBuilder().build(facts))`): the same bytes, on real, synthetic and hostile text.
@Suite struct GraphBuilderFileTests {
    /// Expects the file written from the compact graph to be the file of the materialised document, byte for byte.
    @discardableResult
    func expectSameFile(_ facts: ArticleFactSet, sourceLocation: SourceLocation = #_sourceLocation) throws -> GraphDocument {
        let direct = [UInt8](try GraphBuilder().encodedFile(of: facts))
        let document = GraphBuilder().build(facts)
        let materialised = [UInt8](try GraphStore.encode(document))
        #expect(
            Data(direct) == Data(materialised), "\(Self.firstDifference(direct, materialised))", sourceLocation: sourceLocation)
        #expect(try GraphStore.decode(Data(direct), file: "g.json") == document, sourceLocation: sourceLocation)
        return document
    }

    /// What `KnowledgeGraph` promises of a finished graph (both paths share the finishing, so check it directly).
    func expectSortedAndUnique(_ graph: KnowledgeGraph, sourceLocation: SourceLocation = #_sourceLocation) {
        func strictlyIncreasing<T: Comparable>(_ list: [T]) -> Bool { zip(list, list.dropFirst()).allSatisfy { $0 < $1 } }
        #expect(
            strictlyIncreasing(graph.nodes.map(\.id)) && strictlyIncreasing(graph.edges.map(\.id)), sourceLocation: sourceLocation
        )
        for n in graph.nodes {
            #expect(strictlyIncreasing(n.evidence) && strictlyIncreasing(n.dates), "\(n.id)", sourceLocation: sourceLocation)
        }
        for e in graph.edges {
            #expect(
                strictlyIncreasing(e.evidence) && strictlyIncreasing(e.dates) && strictlyIncreasing(e.observations), "\(e.id)",
                sourceLocation: sourceLocation)
        }
        #expect(graph.edges.contains { e in Set(e.observations.map(\.date)).count > 1 }, sourceLocation: sourceLocation)
    }

    /// Where two byte strings first differ, with some context.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let lo = max(0, at - 80)
        return "first difference at byte \(at) (sizes \(a.count), \(b.count)):\n direct: "
            + String(decoding: a[lo..<min(a.count, at + 80)], as: UTF8.self) + "\n materialised: "
            + String(decoding: b[lo..<min(b.count, at + 80)], as: UTF8.self)
    }

    @Test func theSeedsAreWrittenStraightFromTheAccumulatorAsFromTheMaterialisedGraph() throws {
        let facts = try #require(try SeedGraphTests.built.get().facts)
        #expect(facts.articles.count > 20)
        expectSortedAndUnique(try expectSameFile(facts).graph)
    }

    @Test func aSyntheticArchiveIsWrittenStraightFromTheAccumulatorAsFromTheMaterialisedGraph() throws {
        let facts = try ArticleFactSet(try SyntheticFacts.read(seed: 9, articles: 150))
        #expect(facts.articles.count > 100)
        expectSortedAndUnique(try expectSameFile(facts).graph)
    }

    @Test func hostileFactsWithCanonicallyEquivalentEvidenceAreWrittenAsFromTheMaterialisedGraph() throws {
        let facts = try #require(try HostileDocument.make().facts)
        #expect(!GraphBuilder().build(facts).graph.nodes.isEmpty)
        try expectSameFile(facts)
    }

    /// Of two spellings of one piece of evidence, the file keeps the first cited: the graph's when the graph
    /// cites it, else the facts' first, even when the accumulator met another spelling first (and dropped it).
    @Test func equalEvidenceIsSpelledAsTheFirstCitationInTheFileNotAsTheAccumulatorMetIt() throws {
        var fixture = ArticleFixture(file: "p.txt", "⟦Cafe\u{301}⟧⟦会⟧。⟦Cafe\u{301}⟧。⟦市⟧。")
        fixture.mention(.date, "Cafe\u{301}", 0)
        fixture.mention(.date, "Cafe\u{301}", 1)
        let article = fixture.facts
        let facts = try ArticleFactSet([article])
        let decomposed = article.mentions.map(\.evidence)
        var composed = decomposed
        for i in composed.indices {
            composed[i].sentence = composed[i].sentence.replacingOccurrences(of: "e\u{301}", with: "é")
            #expect(composed[i] == decomposed[i] && Array(composed[i].sentence.utf8) != Array(decomposed[i].sentence.utf8))
        }
        let other = fixture.evidence("市")

        func contribute(_ acc: inout GraphAccumulator) {
            // The first spelling only implies a node that is named later: interned, then cited by nothing.
            acc.node("place:x", .place, label: "x", implied: acc.evidence(composed[0]))
            acc.node("place:x", .place, label: "x", evidence: acc.evidence(other))
            // The second is cited by the graph in the composed spelling, by the facts in the decomposed one.
            acc.node("place:y", .place, label: "y", evidence: acc.evidence(composed[1]))
        }
        var long = GraphAccumulator()
        contribute(&long)
        let materialised = [UInt8](try GraphStore.encode(GraphDocument(facts: facts, graph: long.finish())))
        var short = GraphAccumulator()
        contribute(&short)
        var compact = short.finishCompact(citing: facts.articles)
        #expect(
            compact.evidence.map { Array($0.sentence.utf8) }
                == [decomposed[0], composed[1], other].map { Array($0.sentence.utf8) })
        var direct: [UInt8] = []
        try GraphStore.write(
            facts: facts, graph: &compact, append: { direct.append(contentsOf: $0) },
            overwrite: { offset, bytes in direct.replaceSubrange(offset..<(offset + bytes.count), with: bytes) })
        #expect(Data(direct) == Data(materialised), "\(Self.firstDifference(direct, materialised))")
    }

    @Test func buildingToAFileWritesTheSavedDocumentAndReturnsItsCounts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let facts = try #require(try SeedGraphTests.built.get().facts)
        let path = dir.file("g.json")
        let counts = try GraphBuilder().build(facts, savingTo: path)
        let document = GraphBuilder().build(facts)
        #expect(counts == GraphCounts(document.graph))
        #expect(counts.nodes == document.graph.nodes.count && counts.nodesByType[.person] ?? 0 > 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == (try GraphStore.encode(document)))
        #expect(dir.listing() == ["g.json"])
    }

    @Test func buildingToAFileRefusesToReplaceAForeignFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("notes.json")
        try Data("{\"mine\":true}".utf8).write(to: URL(fileURLWithPath: path))
        let facts = try #require(try SeedGraphTests.built.get().facts)
        #expect(throws: NewsGraphError.self) { try GraphBuilder().build(facts, savingTo: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"mine\":true}")
    }
}
