import Foundation
import Testing

@testable import NewsGraph

/// The query index as a user meets it: `build` writes it, `attendees`/`titles`/`events` answer
/// from it exactly as from the whole graph, a stale one is ignored with a note, `index` rebuilds it.
@Suite(.serialized) struct IndexCommandTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    private func withSeedGraph(_ body: (CLIRunner, String) throws -> Void) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        let local = cli.directory.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)
        for p in pages {
            try FileManager.default.copyItem(at: Self.seeds.appendingPathComponent(p), to: local.appendingPathComponent(p))
        }
        let build = try cli.run(["build", "seeds", "--graph", "seeds.graph.json"])
        try #require(build.status == 0, "newsgraph build failed: \(build.stderr)")
        try body(cli, "seeds.graph.json")
    }

    private static let queries: [[String]] = [
        ["attendees", "推进会", "--date", "12-09", "--place", "汾阳"], ["attendees", "汾清天下"], ["attendees", "会", "--place", "吕梁"],
        ["titles", "刘晋萍"], ["titles", "孟飞"], ["titles", "李"], ["events", "孟飞"], ["events", "任万伟"],
        ["events", "person:孟飞@山西省/吕梁市/汾阳市"], ["titles", "没有这个人"],
        // Broad ones: every event with 会 in its name, every event in 吕梁 or of a month, none.
        ["attendees", "会"], ["attendees", "--place", "吕梁"], ["attendees", "--date", "12"], ["attendees", "没有这个会"],
    ]

    @Test func buildWritesTheIndexAndTheQueriesAnswerFromItAsFromTheWholeGraph() throws {
        try withSeedGraph { cli, graph in
            let indexPath = cli.directory.appendingPathComponent(graph + ".index").path
            #expect(FileManager.default.fileExists(atPath: indexPath))
            for q in Self.queries {
                for json in [[], ["--json"]] {
                    let indexed = try cli.run(q + ["--graph", graph] + json)
                    let whole = try cli.run(q + ["--graph", graph, "--no-index"] + json)
                    #expect(indexed.status == whole.status, "\(q)")
                    #expect(indexed.stdout == whole.stdout, "\(q) \(json)")
                    #expect(indexed.stderr == whole.stderr, "\(q) \(json)")
                    #expect(!indexed.stderr.contains("index"), "\(q): \(indexed.stderr)")
                }
            }
        }
    }

    /// The answer is written event by event as it is read; the JSON is still the one pretty document.
    @Test func aBroadAttendeesQueryWritesTheWholeAnswersJSONDocumentByteForByte() throws {
        try withSeedGraph { cli, graph in
            let path = cli.directory.appendingPathComponent(graph).path
            let engine = QueryEngine(graph: try GraphStore.load(path))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            for q in [["会"], ["没有这个会"], ["--place", "吕梁"]] {
                let events = q.count == 1 ? engine.attendees(matching: q[0]) : engine.attendees(matching: nil, place: q[1])
                let expected = String(decoding: try encoder.encode(["events": events]), as: UTF8.self) + "\n"
                for index in [[], ["--no-index"]] {
                    let r = try cli.run(["attendees"] + q + ["--graph", graph, "--json"] + index)
                    #expect(r.status == 0, "\(q) \(index): \(r.stderr)")
                    #expect(r.stdout == expected, "\(q) \(index)")
                }
                #expect(q[0] == "没有这个会" || events.count > 3, "\(q): \(events.count) events")
            }
        }
    }

    @Test func aStaleIndexIsIgnoredWithANoteAndTheIndexCommandRebuildsIt() throws {
        try withSeedGraph { cli, graph in
            let path = cli.directory.appendingPathComponent(graph).path
            let before = try cli.run(["titles", "刘晋萍", "--graph", graph, "--json"])
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(10)], ofItemAtPath: path)
            let stale = try cli.run(["titles", "刘晋萍", "--graph", graph, "--json"])
            #expect(stale.stdout == before.stdout)
            #expect(stale.stderrLines.count == 1)
            #expect(stale.stderr.contains("newsgraph index --graph \(graph)"), "\(stale.stderr)")
            let rebuilt = try cli.run(["index", "--graph", graph])
            #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
            #expect(rebuilt.stderr.contains("nodes"), "\(rebuilt.stderr)")
            let fresh = try cli.run(["titles", "刘晋萍", "--graph", graph, "--json"])
            #expect(fresh.stdout == before.stdout)
            #expect(fresh.stderr.isEmpty, "\(fresh.stderr)")
        }
    }

    @Test func aDamagedIndexIsIgnoredAndTheAnswerStaysRight() throws {
        try withSeedGraph { cli, graph in
            let indexURL = cli.directory.appendingPathComponent(graph + ".index")
            let before = try cli.run(["events", "孟飞", "--graph", graph])
            var bytes = try Data(contentsOf: indexURL)
            bytes[bytes.count / 3] ^= 0xFF
            try bytes.write(to: indexURL)
            let after = try cli.run(["events", "孟飞", "--graph", graph])
            #expect(after.status == 0)
            #expect(after.stdout == before.stdout)
            #expect(after.stderr.contains("damaged"), "\(after.stderr)")
        }
    }

    @Test func theIndexCommandRefusesADamagedGraphAndWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try cli.write(
            "{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:0000000000000000\",\"body\":{}}",
            as: "bad.graph.json")
        let r = try cli.run(["index", "--graph", "bad.graph.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.graph.json"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path + ".index"))
    }

    @Test func addAndMergeWriteTheIndexOfTheFileTheyWrite() throws {
        try withSeedGraph { cli, graph in
            let merged = try cli.run(["merge", graph, "-o", "merged.graph.json"])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(QueryIndex.isCurrent(forGraph: cli.directory.appendingPathComponent("merged.graph.json").path))
            let added = try cli.run(["add", "seeds", "--graph", "added.graph.json"])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(QueryIndex.isCurrent(forGraph: cli.directory.appendingPathComponent("added.graph.json").path))
        }
    }
}
