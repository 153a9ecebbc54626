import Foundation
import Testing

@testable import NewsGraph

/// `newsgraph export` run as a subprocess, as a user runs it.
@Suite struct ExportCommandTests {
    /// The built `newsgraph` executable, beside the test bundle.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("newsgraph")
    }

    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
    }

    static func run(_ args: [String]) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: [UInt8](o), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func exportsEachFormatAsTheWritersDo() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.executable.path), "build newsgraph first: \(Self.executable.path)")
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = ExportTestGraphs.small()
        try GraphStore.save(g, to: dir + "/g.json")

        let gexf = try Self.run(["export", "gexf", "--graph", dir + "/g.json", "-o", dir + "/g.gexf"])
        #expect(gexf.status == 0, "\(gexf.stderr)")
        let onDisk = try #require(FileManager.default.contents(atPath: dir + "/g.gexf"))
        #expect([UInt8](onDisk) == (try ExportTestSupport.render { try GEXFWriter().write(g, to: $0) }))

        let jsonld = try Self.run(["export", "jsonld", "--graph", dir + "/g.json", "--base", "https://example.org/id/"])
        #expect(jsonld.status == 0, "\(jsonld.stderr)")
        #expect(
            jsonld.stdout == (try ExportTestSupport.render { try JSONLDWriter(base: "https://example.org/id/").write(g, to: $0) })
        )

        let csv = try Self.run(["export", "csv", "--graph", dir + "/g.json", "-o", dir + "/csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        for name in CSVWriter.fileNames { #expect(FileManager.default.fileExists(atPath: dir + "/csv/" + name)) }
    }

    @Test func reportsUsageErrorsWithExitCode2AndMissingGraphsWithItsName() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.executable.path), "build newsgraph first: \(Self.executable.path)")
        let dir = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try GraphStore.save(ExportTestGraphs.small(), to: dir + "/g.json")
        let noFolder = try Self.run(["export", "csv", "--graph", dir + "/g.json"])
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("-o DIR"))
        let unknown = try Self.run(["export", "dot", "--graph", dir + "/g.json"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown export format 'dot'"))
        let badBase = try Self.run(["export", "jsonld", "--graph", dir + "/g.json", "--base", "not an iri"])
        #expect(badBase.status == 2)
        let missing = try Self.run(["export", "graphml", "--graph", dir + "/missing.json", "-o", dir + "/x.graphml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains(dir + "/missing.json"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/x.graphml"))
    }
}
