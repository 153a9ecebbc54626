import Foundation
import Testing

@testable import NewsGraph

/// The graph of the five real seed pages, read and tagged by the standard pipeline.
@Suite struct SeedGraphTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The seeds as a user names them from the repository's root.
    static var seeds: [String] {
        let dir = repoRoot.appendingPathComponent("seeds").path
        return InputCollector().collect([dir]).files
    }

    static func facts(_ files: [String], jobs: Int = 1) throws -> [ArticleFacts] {
        let result = try Pipeline.standard().facts(files: files, jobs: jobs)
        #expect(result.failures.isEmpty, "\(result.failures)")
        return result.items
    }

    /// Built once for the whole suite (each test gets a fresh suite instance).
    static let built = Result { GraphBuilder().build(try ArticleFactSet(try facts(seeds))) }

    let document: GraphDocument
    var graph: KnowledgeGraph { document.graph }

    init() throws { document = try Self.built.get() }

    func people(named name: String) -> [Node] { graph.nodes.filter { $0.type == .person && $0.properties["name"] == name } }
    func targets(_ type: EdgeType, from source: String) -> [String] {
        graph.edges.filter { $0.type == type && $0.source == source }.map(\.target)
    }

    @Test func anOfficialInThreeArticlesIsOneNodeWithThreePiecesOfEvidence() throws {
        let found = people(named: "孟飞")
        try #require(found.count == 1, "\(found.map(\.id))")
        let person = found[0]
        #expect(person.id == "person:孟飞@山西省/吕梁市/汾阳市")
        #expect(person.evidence.count == 3)
        #expect(person.articleCount == 3)
        #expect(targets(.holds, from: person.id) == ["position:汾阳市委/副书记"])
    }

    @Test func anotherOfficialAcrossArticlesIsOneNode() throws {
        let found = people(named: "任万伟")
        try #require(found.count == 1, "\(found.map(\.id))")
        #expect(found[0].articleCount >= 2)
        let positions = targets(.holds, from: found[0].id)
        #expect(positions.allSatisfy { $0.hasPrefix("position:汾阳市") })
    }

    @Test func officesCarryTheirResolvedJurisdiction() throws {
        let liu = try #require(people(named: "刘晋萍").first)
        let positions = graph.nodes.filter { targets(.holds, from: liu.id).contains($0.id) }
        #expect(!positions.isEmpty)
        for p in positions {
            #expect(p.properties["jurisdiction"] == "吕梁市", "\(p.id) \(p.properties)")
        }
        let titles = Set(
            graph.edges.filter { $0.type == .holds && $0.source == liu.id }.compactMap { $0.properties["resolvedTitle"] })
        #expect(titles.isSuperset(of: ["吕梁市委常委", "吕梁市副市长"]))
    }

    @Test func placesFormTheirHierarchyUpToTheProvince() {
        #expect(targets(.locatedIn, from: "place:山西省/吕梁市/汾阳市") == ["place:山西省/吕梁市"])
        #expect(targets(.locatedIn, from: "place:山西省/吕梁市") == ["place:山西省"])
        #expect(targets(.locatedIn, from: "place:山西省").isEmpty)
        #expect(targets(.locatedIn, from: "place:山西省/晋中市/祁县") == ["place:山西省/晋中市"])
        // Every county-level or larger division the graph holds is placed under a province.
        for n in graph.nodes where n.type == .place && ["county", "prefecture"].contains(n.properties["level"] ?? "") {
            #expect(n.properties["path"]?.contains("/") == true, "\(n.id) is not placed")
        }
    }

    @Test func theSeedGraphMatchesTheJSONSchema() throws {
        var validator = try JSONSchemaSubset(contentsOf: Self.repoRoot.appendingPathComponent("schema/graph.schema.json"))
        let json = try JSONSerialization.jsonObject(with: try GraphStore.encode(document))
        #expect(validator.validate(json) == [])
    }

    @Test func theSeedsInTwoShardsMergeToTheSameBytesAsOneBuildAndThreadsChangeNothing() throws {
        let files = Self.seeds
        let whole = try GraphStore.encode(document)
        let a = GraphBuilder().build(try ArticleFactSet(try Self.facts(Array(files.prefix(2)))))
        let b = GraphBuilder().build(try ArticleFactSet(try Self.facts(Array(files.dropFirst(2)))))
        #expect(try GraphStore.encode(try GraphMerger().merge([a, b])) == whole)
        #expect(try GraphStore.encode(try GraphMerger().merge([b, a])) == whole)
        let parallel = GraphBuilder().build(try ArticleFactSet(try Self.facts(files.reversed(), jobs: 2)))
        #expect(try GraphStore.encode(parallel) == whole)
    }
}
