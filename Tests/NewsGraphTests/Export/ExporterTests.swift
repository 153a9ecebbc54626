import Foundation
import Testing

@testable import NewsGraph

@Suite struct ExporterTests {
    @Test func writesEveryFormatBesideTheGraphAtomicallyAndIdenticalToTheWriters() throws {
        let root = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = root + "/out/nested"
        let g = ExportTestGraphs.small()
        let written = try Exporter.write(g, formats: [.csv, .graphml, .jsonld, .gexf], directory: dir, baseName: "g")
        #expect(
            written.map { URL(fileURLWithPath: $0).lastPathComponent }
                == ["g.graphml", "g.gexf", "g.jsonld", "nodes.csv", "edges.csv", "neo4j-nodes.csv", "neo4j-edges.csv"])
        let graphml = try #require(FileManager.default.contents(atPath: dir + "/g.graphml"))
        #expect([UInt8](graphml) == (try ExportTestSupport.render { try GraphMLWriter().write(g, to: $0) }))
        let nodes = try #require(FileManager.default.contents(atPath: dir + "/g-csv/nodes.csv"))
        #expect([UInt8](nodes) == (try ExportTestSupport.render { try CSVWriter().writeGephiNodes(g, to: $0) }))
        // No temporary files left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty)
    }

    @Test func namesExportsAfterTheGraphFileBesideIt() throws {
        #expect(Exporter.exportLocation(besideGraph: "out/2024.graph.json") == ("out", "2024"))
        #expect(Exporter.exportLocation(besideGraph: "/tmp/g.json") == ("/tmp", "g"))
        #expect(Exporter.exportLocation(besideGraph: "graph.bin") == (".", "graph.bin"))
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let written = try Exporter.write(
            ExportTestGraphs.small(), formats: [.gexf, .csv], besideGraph: dir + "/seeds.graph.json")
        #expect(written.first == dir + "/seeds.gexf")
        #expect(written.last == dir + "/seeds-csv/neo4j-edges.csv")
        #expect(FileManager.default.fileExists(atPath: dir + "/seeds.gexf"))
    }

    @Test func streamsInChunksWithTheSameBytesAsInMemory() throws {
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = ExportTestGraphs.hostile()
        let path = dir + "/h.gexf"
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let out = ExportOutput(handle: handle, path: path, chunkSize: 7)
        try GEXFWriter().write(g, to: out)
        try out.flush()
        try handle.close()
        #expect(out.bytes.isEmpty)
        let onDisk = try #require(FileManager.default.contents(atPath: path))
        #expect([UInt8](onDisk) == (try ExportTestSupport.render { try GEXFWriter().write(g, to: $0) }))
    }

    @Test func keepsThePreviousFileWhenAnExportFails() throws {
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g.graphml"
        try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
        var broken = ExportTestGraphs.small()
        broken.edges.append(Edge(id: "x", type: .mentions, source: "article:none", target: "person:贾永祥@汾阳市"))
        #expect(throws: NewsGraphError.self) { try Exporter.writeFile(broken, format: .graphml, to: path) }
        struct Boom: Error {}
        #expect(throws: NewsGraphError.self) {
            try StreamingFileWriter.write(to: path) { out in
                try out.write("half")
                throw Boom()
            }
        }
        #expect(String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["g.graphml"])
    }

    @Test func reportsAnOutputFolderThatIsAFile() throws {
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/taken"
        FileManager.default.createFile(atPath: file, contents: Data())
        #expect(throws: NewsGraphError.writeFailed(file: file, reason: "exists and is not a directory")) {
            try Exporter.write(ExportTestGraphs.small(), formats: [.graphml], directory: file, baseName: "g")
        }
    }

    @Test func parsesFormatListsAndNamesAnUnknownFormat() throws {
        #expect(try ExportFormat.parseList(["csv,graphml", "gexf"]) == [.graphml, .gexf, .csv])
        #expect(try ExportFormat.parseList(["all"]) == ExportFormat.allCases)
        #expect(throws: NewsGraphError.usage("unknown export format 'dot' (known: graphml, gexf, jsonld, csv, all)")) {
            try ExportFormat.parseList(["graphml,dot"])
        }
    }

    @Test func refusesGraphsWithDuplicateIdsOrDanglingEdges() {
        var dup = ExportTestGraphs.small()
        dup.nodes.append(dup.nodes[0])
        #expect(throws: NewsGraphError.corruptGraph(file: "g.json", reason: "duplicate node id 'article:seeds/page.txt#1'")) {
            try GraphValidator.validate(dup, file: "g.json")
        }
        var dangling = ExportTestGraphs.small()
        dangling.edges.append(Edge(id: "e", type: .holds, source: "person:nobody", target: "position:汾阳市市长"))
        #expect(throws: NewsGraphError.corruptGraph(file: "g.json", reason: "edge 'e' starts at missing node 'person:nobody'")) {
            try GraphValidator.validate(dangling, file: "g.json")
        }
    }

    @Test func exportsAnEmptyGraphAsValidDocuments() throws {
        let g = KnowledgeGraph()
        let graphml = try XMLTree.parse(try ExportTestSupport.render { try GraphMLWriter().write(g, to: $0) })
        #expect(graphml.all("node").isEmpty && graphml.child("graph") != nil)
        let gexf = try XMLTree.parse(try ExportTestSupport.render { try GEXFWriter().write(g, to: $0) })
        #expect(gexf.all("nodes").first?.attributes["count"] == "0")
        let jsonld = try ExportTestSupport.render { try JSONLDWriter().write(g, to: $0) }
        let doc = try JSONSerialization.jsonObject(with: Data(jsonld)) as? [String: Any]
        #expect((doc?["@graph"] as? [Any])?.isEmpty == true)
        let nodes = try ExportTestSupport.render { try CSVWriter().writeGephiNodes(g, to: $0) }
        #expect(String(decoding: nodes, as: UTF8.self) == "Id,Label,type,dates,articleCount,degree\r\n")
    }
}
