import Foundation
import Testing
@testable import NewsGraph

/// Same input, same bytes: across runs, thread counts and shard orders, for the graph and every export.
@Suite(.serialized) struct DeterminismTests {
    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func buildIsByteIdenticalAcrossRunsThreadCountsAndShardOrders() throws {
        try #require(ReliabilityFixtures.executableExists)
        let dir = try ReliabilityFixtures.tempDir("det")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var pages: [String] = []
        for (k, seed) in ReliabilityFixtures.seedPaths.enumerated() {
            try FileManager.default.copyItem(atPath: seed, toPath: dir + "/p\(k).txt")
            pages.append("p\(k).txt")
        }
        let half = pages.count / 2
        let runs: [[String]] = [
            ["build"] + pages + ["--graph", "one.json", "--jobs", "1"],
            ["build"] + pages + ["--graph", "two.json", "--jobs", "1"],
            ["build"] + pages + ["--graph", "jobs2.json", "--jobs", "2"],
            ["build"] + Array(pages.reversed()) + ["--graph", "reversed.json", "--jobs", "2"],
            ["build"] + Array(pages[..<half]) + ["--graph", "a.json"],
            ["build"] + Array(pages[half...]) + ["--graph", "b.json"],
            ["merge", "a.json", "b.json", "-o", "ab.json"],
            ["merge", "b.json", "a.json", "-o", "ba.json"],
        ]
        for args in runs {
            let r = try ReliabilityFixtures.run(args, cwd: dir)
            #expect(r.code == 0, "\(args): \(r.err)")
        }
        let reference = try bytes(dir + "/one.json")
        for other in ["two.json", "jobs2.json", "reversed.json", "ab.json", "ba.json"] {
            #expect(try bytes(dir + "/" + other) == reference, "\(other) differs from one.json")
        }
    }
}
