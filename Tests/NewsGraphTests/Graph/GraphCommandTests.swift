import Foundation
import Testing

@testable import NewsGraph

/// `newsgraph merge`, `homonyms`, `build` and `add` run as a user would, as a subprocess.
@Suite struct GraphCommandTests {
    typealias Run = CLIRunner.Result

    static func run(_ args: [String], in dir: String) throws -> Run {
        try CLIRunner.run(args, in: URL(fileURLWithPath: dir))
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func mergeWritesTheSameBytesAsOneBuildInEitherOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let a = [GraphCorpus.pingyao1, GraphCorpus.datong, GraphCorpus.loose]
        let b = [GraphCorpus.pingyao2, GraphCorpus.jinzhong3, GraphCorpus.jinzhongOrg]
        try GraphStore.save(try GraphBuilder().build(a.map(\.tagged)), to: dir.file("a.graph.json"))
        try GraphStore.save(try GraphBuilder().build(b.map(\.tagged)), to: dir.file("b.graph.json"))
        let r1 = try Self.run(["merge", "a.graph.json", "b.graph.json", "-o", "ab.graph.json"], in: dir.path)
        let r2 = try Self.run(["merge", "b.graph.json", "a.graph.json", "--output", "ba.graph.json"], in: dir.path)
        #expect(r1.status == 0, "\(r1.stderr)")
        #expect(r2.status == 0, "\(r2.stderr)")
        let whole = try GraphStore.encode(try GraphBuilder().build((a + b).map(\.tagged)))
        #expect(try bytes(dir.file("ab.graph.json")) == whole)
        #expect(try bytes(dir.file("ba.graph.json")) == whole)
        #expect(r1.stderr.contains("merged 2 graphs into ab.graph.json: 6 articles"))
    }

    @Test func mergeRefusesToOverwriteAForeignFileAndNamesIt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try GraphStore.save(try GraphBuilder().build([GraphCorpus.loose.tagged]), to: dir.file("a.graph.json"))
        let foreign = Data("{\"my\":\"notes\"}".utf8)
        try foreign.write(to: URL(fileURLWithPath: dir.file("notes.json")))
        let r = try Self.run(["merge", "a.graph.json", "-o", "notes.json"], in: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("notes.json: error: not a valid NewsGraph graph"))
        #expect(r.stderr.contains("refusing to overwrite"))
        #expect(try bytes(dir.file("notes.json")) == foreign)
    }

    @Test func mergeOfACorruptInputFailsWithoutWriting() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let good = try GraphStore.encode(try GraphBuilder().build([GraphCorpus.loose.tagged]))
        try good.prefix(good.count - 40).write(to: URL(fileURLWithPath: dir.file("cut.graph.json")))
        let r = try Self.run(["merge", "cut.graph.json", "-o", "out.graph.json"], in: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("cut.graph.json: error: not a valid NewsGraph graph"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("out.graph.json")))
    }

    @Test func mergeWithoutOutputIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let r = try Self.run(["merge", "a.graph.json"], in: dir.path)
        #expect(r.status == 2)
        #expect(r.stderr.contains("-o OUT is required"))
    }

    @Test func homonymsListsTheCandidatesAndWhyTheyWereKeptApart() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try GraphStore.save(try GraphBuilder().build(GraphCorpus.all.map(\.tagged)), to: dir.file("newsgraph.graph.json"))
        let r = try Self.run(["homonyms"], in: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("韩东明: 3 people"))
        #expect(r.stdout.contains("person:韩东明@大同市/云冈区  云冈区区长  (1 article)"))
        #expect(r.stdout.contains("apart: "))
        let j = try Self.run(["homonyms", "韩东明", "--json"], in: dir.path)
        let decoded = try JSONDecoder().decode([Homonym].self, from: Data(j.stdout.utf8))
        #expect(decoded.map(\.name) == ["韩东明"])
        #expect(decoded.first?.candidates.count == 3)
    }

    @Test func buildWithAnUnknownExportFormatIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let r = try Self.run(["build", "x.txt", "--export", "graphml,pdf"], in: dir.path)
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown export format 'pdf'"))
    }

    @Test func buildOfUnreadablePathsReportsEachAndStillWritesAGraph() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let r = try Self.run(["build", "missing.txt", "--graph", "g.json"], in: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("missing.txt: error: cannot read file"))
        #expect(r.stderr.contains("built g.json: 1 files (1 errors)"))
        #expect(try GraphStore.loadDocument(dir.file("g.json")).articles.isEmpty)
    }

    static let seedsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    @Test func buildingTheSeedsTwiceOrOnTwoThreadsGivesTheSameBytesAndAddingThemAgainChangesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let one = try Self.run(["build", Self.seedsDir, "--graph", "one.graph.json"], in: dir.path)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stderr.contains("built one.graph.json: 5 files (0 errors)"))
        let two = try Self.run(["build", Self.seedsDir, "--graph", "two.graph.json", "--jobs", "2"], in: dir.path)
        #expect(two.status == 0, "\(two.stderr)")
        let bytesOne = try bytes(dir.file("one.graph.json"))
        #expect(try bytes(dir.file("two.graph.json")) == bytesOne)
        let articles = try GraphStore.loadDocument(dir.file("one.graph.json")).articles
        #expect(articles.count > 5)
        let again = try Self.run(["add", Self.seedsDir + "/000_4ec87d5af41e9406.txt", "--graph", "one.graph.json"], in: dir.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("0 articles added, 0 replaced"))
        #expect(try bytes(dir.file("one.graph.json")) == bytesOne)
    }

    @Test func addingSeedsOneByOneGivesTheSameFileAsBuildingThemAtOnce() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let seeds = InputCollector().collect([Self.seedsDir]).files
        _ = try Self.run(["build"] + seeds + ["--graph", "all.graph.json"], in: dir.path)
        for s in seeds.reversed() {
            let r = try Self.run(["add", s, "--graph", "step.graph.json"], in: dir.path)
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try bytes(dir.file("step.graph.json")) == (try bytes(dir.file("all.graph.json"))))
    }
}
