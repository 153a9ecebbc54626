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
        for format in ["graphml", "gexf", "jsonld"] {
            var outputs: [String] = []
            for graph in ["one.json", "ab.json", "jobs2.json"] {
                let r = try ReliabilityFixtures.run(["export", format, "--graph", graph], cwd: dir)
                #expect(r.code == 0)
                outputs.append(r.out)
            }
            #expect(!outputs[0].isEmpty)
            #expect(Set(outputs).count == 1, "\(format) exports of equal graphs differ")
        }
    }

    /// Found by the fuzzer's add law (a mutant repeating an article): two files with the same content.
    /// `build a b` keeps the articles under a's ids (the smallest); `build b` then `add a` reports them
    /// "already present" and keeps b's ids, so the graph depends on the order of the runs.
    @Test func addingACopyOfAPageGivesTheSameGraphAsBuildingBothAtOnce() throws {
        try #require(ReliabilityFixtures.executableExists)
        let dir = try ReliabilityFixtures.tempDir("det-dup")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let seed = try #require(ReliabilityFixtures.seedPaths.first)
        try FileManager.default.copyItem(atPath: seed, toPath: dir + "/a.txt")
        try FileManager.default.copyItem(atPath: seed, toPath: dir + "/b.txt")
        for args in [
            ["build", "a.txt", "b.txt", "--graph", "all.json"], ["build", "b.txt", "--graph", "inc.json"],
            ["add", "a.txt", "--graph", "inc.json"], ["build", "a.txt", "--graph", "ga.json"],
            ["build", "b.txt", "--graph", "gb.json"],
            ["merge", "gb.json", "ga.json", "-o", "m.json"],
        ] {
            #expect(try ReliabilityFixtures.run(args, cwd: dir).code == 0, "\(args)")
        }
        let all = try bytes(dir + "/all.json")
        #expect(try bytes(dir + "/m.json") == all, "merge differs from build")
        let incremental = try bytes(dir + "/inc.json")
        // schema/reliability.md, finding 10: the smaller id replaces the stored one, as in `build`.
        #expect(incremental == all, "build b; add a differs from build a b")
    }
}
