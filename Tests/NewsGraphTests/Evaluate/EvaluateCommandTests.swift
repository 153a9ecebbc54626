import Foundation
import Testing

@testable import NewsGraph

/// `newsgraph evaluate` run as a subprocess: exit codes, messages and the JSON report's shape.
@Suite struct EvaluateCommandTests {
    typealias Run = CLIRunner.Result

    static func run(_ args: [String], in folder: URL) throws -> Run {
        try CLIRunner.run(args, in: folder)
    }

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "newsgraph-evaluate-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func withoutGoldItIsAUsageError() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["evaluate"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("--gold"))
    }

    @Test func aMalformedGoldFileIsNamedAndFails() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"file":"p.txt"}"#.utf8).write(to: dir.appendingPathComponent("p.json"))
        let r = try Self.run(["evaluate", "--gold", "p.json"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("p.json: error: not a gold file: missing field .city"))
    }

    @Test func aMissingPageIsReportedAndTheJSONStillListsIt() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"file":"absent.txt","city":"宁州市","persons":["贺明"]}"#.utf8).write(
            to: dir.appendingPathComponent("absent.json"))
        let r = try Self.run(["evaluate", "--gold", "absent.json", "--json"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("absent.json: error: cannot read file: page absent.txt not found"))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((doc["failures"] as? [[String: Any]])?.first?["file"] as? String == "absent.txt")
        #expect((doc["kinds"] as? [[String: Any]])?.count == EvaluationKind.allCases.count)
    }

    @Test func aPageWithoutGoldIsAUsageError() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"file":"a.txt","city":"宁州市"}"#.utf8).write(to: dir.appendingPathComponent("a.json"))
        let r = try Self.run(["evaluate", "--gold", "a.json", "other.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no gold file describes page other.txt"))
    }
}
