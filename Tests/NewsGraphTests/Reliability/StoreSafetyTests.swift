import Foundation
import Testing

@testable import NewsGraph

/// The graph file under concurrent writers and damage: no lost articles, no silent acceptance.
@Suite(.serialized) struct StoreSafetyTests {
    /// A temp folder holding copies of the seed pages as `p0.txt`, `p1.txt`, …
    func withPages(_ body: (String, [String]) throws -> Void) throws {
        let dir = try ReliabilityFixtures.tempDir("store")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var names: [String] = []
        for (k, seed) in ReliabilityFixtures.seedPaths.enumerated() {
            let name = "p\(k).txt"
            try FileManager.default.copyItem(atPath: seed, toPath: dir + "/" + name)
            names.append(name)
        }
        try body(dir, names)
    }

    /// Starts `newsgraph ARGS` in `cwd` without waiting.
    func start(_ args: [String], cwd: String) throws -> Process {
        let p = Process()
        p.executableURL = ReliabilityFixtures.executable
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    @Test func twoConcurrentAddsToOneGraphKeepBothArticleSets() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withPages { dir, pages in
            try #require(pages.count >= 4)
            for round in 0..<3 {
                let graph = "g\(round).json"
                let a = try start(["add", pages[0], pages[1], "--graph", graph], cwd: dir)
                let b = try start(["add", pages[2], pages[3], "--graph", graph], cwd: dir)
                a.waitUntilExit()
                b.waitUntilExit()
                #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
                let files = Set(try GraphStore.loadDocument(dir + "/" + graph).articles.map(\.file))
                #expect(files == Set(pages[0..<4]), "round \(round): the graph holds articles of \(files.sorted())")
            }
        }
    }

    @Test func aTruncatedGraphIsRefusedByEveryCommandAndLeftAsItWas() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withPages { dir, pages in
            let build = try ReliabilityFixtures.run(["build", pages[0], "--graph", "g.json"], cwd: dir)
            #expect(build.code == 0, "\(build.err)")
            let full = try Data(contentsOf: URL(fileURLWithPath: dir + "/g.json"))
            let cut = full.prefix(full.count / 2)
            try cut.write(to: URL(fileURLWithPath: dir + "/g.json"))
            for args in [
                ["add", pages[1], "--graph", "g.json"], ["build", pages[1], "--graph", "g.json"],
                ["export", "graphml", "--graph", "g.json"], ["merge", "g.json", "-o", "m.json"],
            ] {
                let r = try ReliabilityFixtures.run(args, cwd: dir)
                #expect(r.code == 1, "\(args)")
                #expect(r.err.contains("g.json: error: not a valid NewsGraph graph"), "\(args): \(r.err)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/g.json")) == cut, "\(args) changed the damaged file")
            }
            #expect(!FileManager.default.fileExists(atPath: dir + "/m.json"))
        }
    }

    @Test func aGraphEditedByHandIsRefusedByItsChecksum() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withPages { dir, pages in
            #expect(try ReliabilityFixtures.run(["build", pages[0], "--graph", "g.json"], cwd: dir).code == 0)
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/g.json")))
            // Change one digit inside the body: still valid JSON, no longer the file that was written.
            let bodyStart = try #require(String(decoding: bytes, as: UTF8.self).range(of: "\"body\":")).upperBound
            let offset = String(decoding: bytes, as: UTF8.self).utf8.distance(
                from: String(decoding: bytes, as: UTF8.self).utf8.startIndex, to: bodyStart)
            let k = try #require(bytes[offset...].firstIndex { $0 >= 0x31 && $0 <= 0x38 })
            bytes[k] += 1
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/g.json"))
            for args in [["merge", "g.json", "-o", "m.json"], ["export", "gexf", "--graph", "g.json"]] {
                let r = try ReliabilityFixtures.run(args, cwd: dir)
                #expect(r.code == 1)
                #expect(r.err.hasPrefix("g.json: error: not a valid NewsGraph graph"), "\(args): \(r.err)")
                #expect(r.out.isEmpty)
            }
            #expect(!FileManager.default.fileExists(atPath: dir + "/m.json"))
        }
    }

    @Test func aForeignFileIsNeverOverwrittenByBuild() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withPages { dir, pages in
            let notes = Data("my notes, not a graph\n".utf8)
            try notes.write(to: URL(fileURLWithPath: dir + "/notes.json"))
            let r = try ReliabilityFixtures.run(["build", pages[0], "--graph", "notes.json"], cwd: dir)
            #expect(r.code == 1)
            #expect(r.err.contains("notes.json: error: "))
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/notes.json")) == notes)
        }
    }
}
