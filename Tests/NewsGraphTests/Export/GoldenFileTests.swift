import Foundation
import Testing

@testable import NewsGraph

/// Each exporter's output for the small and the hostile hand-built graphs, byte for byte.
@Suite struct GoldenFileTests {
    static func render(_ body: (ExportOutput) throws -> Void) rethrows -> [UInt8] {
        let out = ExportOutput()
        try body(out)
        try? out.flush()
        return out.bytes
    }

    static let graphs: [(name: String, graph: KnowledgeGraph)] = [
        ("small", ExportTestGraphs.small()), ("hostile", ExportTestGraphs.hostile()),
    ]

    @Test(arguments: ["small", "hostile"])
    func graphMLMatchesItsGoldenFile(_ name: String) throws {
        let g = Self.graphs.first { $0.name == name }!.graph
        try GoldenFile.check("\(name)/\(name).graphml", Self.render { try GraphMLWriter().write(g, to: $0) })
    }

    @Test(arguments: ["small", "hostile"])
    func gexfMatchesItsGoldenFile(_ name: String) throws {
        let g = Self.graphs.first { $0.name == name }!.graph
        try GoldenFile.check("\(name)/\(name).gexf", Self.render { try GEXFWriter().write(g, to: $0) })
    }

    @Test(arguments: ["small", "hostile"])
    func jsonLDMatchesItsGoldenFile(_ name: String) throws {
        let g = Self.graphs.first { $0.name == name }!.graph
        try GoldenFile.check("\(name)/\(name).jsonld", Self.render { try JSONLDWriter().write(g, to: $0) })
    }

    @Test(arguments: ["small", "hostile"])
    func csvFilesMatchTheirGoldenFiles(_ name: String) throws {
        let g = Self.graphs.first { $0.name == name }!.graph
        let w = CSVWriter()
        try GoldenFile.check("\(name)/csv/nodes.csv", Self.render { try w.writeGephiNodes(g, to: $0) })
        try GoldenFile.check("\(name)/csv/edges.csv", Self.render { try w.writeGephiEdges(g, to: $0) })
        try GoldenFile.check("\(name)/csv/neo4j-nodes.csv", Self.render { try w.writeNeo4jNodes(g, to: $0) })
        try GoldenFile.check("\(name)/csv/neo4j-edges.csv", Self.render { try w.writeNeo4jEdges(g, to: $0) })
    }

    /// The native model of each test graph, so the interop check can compare exports with it without Swift.
    @Test(arguments: ["small", "hostile"])
    func nativeModelMatchesItsGoldenFile(_ name: String) throws {
        let g = Self.graphs.first { $0.name == name }!.graph
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        try GoldenFile.check("\(name)/\(name).model.json", Array(try enc.encode(g)) + [0x0A])
    }

    @Test func writingTwiceGivesTheSameBytes() throws {
        let g = ExportTestGraphs.small()
        for format in [ExportFormat.graphml, .gexf, .jsonld] {
            func once() throws -> [UInt8] {
                Self.render { out in
                    switch format {
                    case .graphml: try? GraphMLWriter().write(g, to: out)
                    case .gexf: try? GEXFWriter().write(g, to: out)
                    default: try? JSONLDWriter().write(g, to: out)
                    }
                }
            }
            let a = try once()
            #expect(!a.isEmpty)
            #expect(a == (try once()), "\(format) output is not deterministic")
        }
    }
}
