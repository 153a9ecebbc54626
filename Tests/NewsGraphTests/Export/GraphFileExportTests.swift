import Foundation
import Testing

@testable import NewsGraph

/// Exports of a graph FILE, read as a stream, are the exports of the graph in memory, byte for
/// byte, in every format; a damaged file is refused naming it, before anything is written.
@Suite struct GraphFileExportTests {
    static let seeds = Result { try SeedGraphTests.built.get() }
    static let synthetic = Result { try IndexFixture.synthetic(seed: 23, articles: 160) }

    /// Every file under `directory`, by path relative to it, with its bytes.
    static func files(under directory: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let fm = FileManager.default
        for name in try fm.subpathsOfDirectory(atPath: directory) {
            var isDir: ObjCBool = false
            let path = directory + "/" + name
            if fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                out[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        return out
    }

    /// Saves `document`, exports it both ways into two folders, and returns the names of the files that differ.
    static func differences(_ document: GraphDocument) throws -> (compared: Int, differing: [String]) {
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g.graph.json"
        try GraphStore.save(document, to: path)
        // The graph as `GraphStore.load` gives it: what `newsgraph export` wrote from until now.
        let loaded = try GraphStore.load(path)
        let base = "https://example.org/ng/"
        try Exporter.write(loaded, formats: ExportFormat.allCases, directory: dir + "/memory", baseName: "g", base: base)
        try Exporter.write(graphFile: path, formats: ExportFormat.allCases, directory: dir + "/file", baseName: "g", base: base)
        // One format at a time, and to an output stream, as the CLI writes them.
        for format in ExportFormat.allCases {
            let target = dir + "/single/" + (format == .csv ? "g-csv" : "g." + format.fileExtension)
            try ExportPaths.makeDirectory(dir + "/single")
            try Exporter.write(graphFile: path, format: format, to: target, base: base)
            if format != .csv {
                let streamed = try ExportTestSupport.render {
                    try Exporter.write(graphFile: path, format: format, to: $0, base: base)
                }
                try Data(streamed).write(to: URL(fileURLWithPath: dir + "/single/stdout." + format.fileExtension))
            }
        }
        let memory = try files(under: dir + "/memory")
        let streamed = try files(under: dir + "/file")
        let single = try files(under: dir + "/single")
        var differing: [String] = []
        #expect(memory.count == 7, "\(memory.keys.sorted())")
        #expect(Set(memory.keys) == Set(streamed.keys))
        for (name, bytes) in memory.sorted(by: { $0.key < $1.key }) {
            if streamed[name] != bytes { differing.append("file: " + name) }
            if single[name] != bytes { differing.append("single: " + name) }
            if !name.contains("/"), single["stdout." + (name as NSString).pathExtension] != bytes {
                differing.append("stdout: " + name)
            }
        }
        return (memory.count, differing)
    }

    @Test func theSeedsGraphFileStreamsToTheBytesOfTheGraphInMemoryInEveryFormat() throws {
        let d = try Self.differences(try Self.seeds.get())
        #expect(d.differing.isEmpty, "\(d.differing)")
    }

    @Test func aSyntheticArchiveGraphFileStreamsToTheBytesOfTheGraphInMemory() throws {
        let d = try Self.differences(try Self.synthetic.get())
        #expect(d.differing.isEmpty, "\(d.differing)")
    }

    @Test func hostileLabelsAndIdsStreamToTheSameBytesToo() throws {
        for graph in [ExportTestGraphs.small(), ExportTestGraphs.hostile()] {
            let d = try Self.differences(GraphDocument(graph: graph))
            #expect(d.differing.isEmpty, "\(d.differing)")
        }
    }

    @Test func aGraphFileFromAnotherJSONWriterStreamsToTheExportsOfItsLoad() throws {
        // Pretty-printed by Foundation: whitespace everywhere, keys in its order, `\/` escapes.
        let fixture = try IndexFixture(try Self.seeds.get())
        defer { fixture.cleanUp() }
        try QueryIndexBuilderTests.rewrite(fixture, pretty: true) { _ in }
        let dir = fixture.directory.path
        let loaded = try GraphStore.load(fixture.graphPath)
        try Exporter.write(loaded, formats: ExportFormat.allCases, directory: dir + "/memory", baseName: "g")
        try Exporter.write(graphFile: fixture.graphPath, formats: ExportFormat.allCases, directory: dir + "/file", baseName: "g")
        let memory = try Self.files(under: dir + "/memory")
        #expect(memory.count == 7)
        #expect(try Self.files(under: dir + "/file") == memory)
    }

    @Test func aDamagedGraphFileIsRefusedNamingItAndNothingIsWritten() throws {
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g.graph.json"
        try GraphStore.save(try Self.seeds.get(), to: path)
        // An export from before the damage stays as it was.
        try ExportPaths.makeDirectory(dir + "/out")
        try Exporter.write(graphFile: path, format: .graphml, to: dir + "/out/g.graphml")
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/out/g.graphml"))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // A sentence's character changed in the middle of the file: only the checksum can tell.
        let at = bytes.count / 2
        bytes[at] = bytes[at] == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        for format in ExportFormat.allCases {
            do {
                try Exporter.write(graphFile: path, format: format, to: dir + "/out/" + "g.\(format.fileExtension)")
                Issue.record("\(format): a damaged file was exported")
            } catch NewsGraphError.corruptGraph(let file, let reason) {
                #expect(file == path)
                #expect(reason.contains("checksum"), "\(reason)")
            }
        }
        #expect(throws: NewsGraphError.self) {
            try Exporter.write(besideGraphFile: path, formats: ExportFormat.allCases)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/out/g.graphml")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out") == ["g.graphml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["g.graph.json", "out"])
    }

    @Test func anEdgeToAMissingNodeIsFoundBeforeAnyFileIsWritten() throws {
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var graph = ExportTestGraphs.small()
        graph.edges.append(Edge(id: "holds:person:nobody->x", type: .holds, source: "person:nobody", target: "x"))
        let path = dir + "/g.graph.json"
        // Sealed with a valid checksum: only the structure is wrong, as a foreign writer could make it.
        try GraphStore.save(graph, to: path)
        #expect(
            throws: NewsGraphError.corruptGraph(file: path, reason: "edge holds:person:nobody->x points to a missing node")
        ) {
            try Exporter.write(graphFile: path, formats: ExportFormat.allCases, directory: dir + "/out", baseName: "g")
        }
        // CSV is four files: not one of them may exist when the third would fail.
        #expect(throws: NewsGraphError.self) { try Exporter.write(graphFile: path, format: .csv, to: dir + "/csv") }
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: dir + "/csv")) ?? [] == [])
    }
}
