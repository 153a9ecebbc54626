import Foundation
import Testing

@testable import NewsGraph

@Suite struct GraphSchemaTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func violations(_ document: GraphDocument) throws -> [String] {
        var validator = try JSONSchemaSubset(contentsOf: Self.repoRoot.appendingPathComponent("schema/graph.schema.json"))
        let json = try JSONSerialization.jsonObject(with: try GraphStore.encode(document))
        return validator.validate(json)
    }

    @Test func aGraphFileMatchesTheJSONSchema() throws {
        let doc = try GraphBuilder().build(GraphCorpus.all.map(\.tagged))
        #expect(try violations(doc) == [])
        #expect(try violations(GraphDocument(graph: doc.graph)) == [])
    }

    @Test func theSchemaCatchesAWrongShape() throws {
        var doc = try GraphBuilder().build(GraphCorpus.all.map(\.tagged))
        doc.graph.nodes[0].id = "person:has space"
        let found = try violations(doc)
        #expect(found.contains { $0.contains("does not match") })
    }
}
