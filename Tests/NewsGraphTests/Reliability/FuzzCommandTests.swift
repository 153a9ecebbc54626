import Foundation
import Testing

/// `newsgraph fuzz` as a subprocess: bounded, deterministic, and it survives crashes and hangs of the pipeline.
@Suite(.serialized) struct FuzzCommandTests {
    static let seeds = ReliabilityFixtures.root.appendingPathComponent("seeds").path

    @Test func aBoundedRunPrintsItsSummaryAndTotalsAndExitsZero() throws {
        try #require(ReliabilityFixtures.executableExists)
        let out = try ReliabilityFixtures.tempDir("fuzz-out")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try ReliabilityFixtures.run(
            ["fuzz", "--cases", "80", "--scale", "0.001", "--seed", "11", "--corpus", Self.seeds, "--out", out], timeout: 300)
        #expect(!r.timedOut)
        #expect(r.code == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("fuzz: 80 cases in ") && $0.contains("0 crashes/hangs, 0 invariant failures") })
        #expect(lines.last == "fuzz: 80 passed, 0 failed")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out))?.isEmpty ?? true)
    }

    @Test func aCrashAndAHangAreCaughtSavedAndTheRunGoesOn() throws {
        try #require(ReliabilityFixtures.executableExists)
        let out = try ReliabilityFixtures.tempDir("fuzz-out")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try ReliabilityFixtures.run(
            [
                "fuzz", "--cases", "40", "--scale", "0.001", "--corpus", Self.seeds, "--out", out, "--timeout", "10",
                "--selftest", "crash@30,hang@33",
            ], timeout: 300)
        #expect(!r.timedOut)
        #expect(r.code == 1)
        #expect(r.out.contains("fuzz: 40 cases in "))
        #expect(r.out.contains("2 crashes/hangs"))
        #expect(r.out.hasSuffix("fuzz: 38 passed, 2 failed\n"))
        #expect(r.err.contains("case-000030.txt: error: fuzz case 30 crashed the pipeline"))
        #expect(r.err.contains("case-000033.txt: error: fuzz case 33 hung"))
        let saved = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(saved == ["case-000030.txt", "case-000030.txt.log", "case-000033.txt", "case-000033.txt.log"])
        let log = try String(contentsOfFile: out + "/case-000030.txt.log", encoding: .utf8)
        #expect(log.contains("newsgraph fuzz --seed 1 --case 30"))
        #expect(log.contains("deliberate crash at case 30"))
        // The saved input is exactly case 30, regenerated: replaying it passes (the crash was the self-test's).
        let replay = try ReliabilityFixtures.run(["fuzz", "--replay", out + "/case-000030.txt"], timeout: 120)
        #expect(replay.code == 0, "\(replay.out)\(replay.err)")
    }

    @Test func aTimeBudgetStopsTheRunOnTime() throws {
        try #require(ReliabilityFixtures.executableExists)
        let start = Date()
        let r = try ReliabilityFixtures.run(
            ["fuzz", "--seconds", "4", "--scale", "0.001", "--corpus", Self.seeds, "--out", "/nonexistent/never-written"],
            timeout: 120)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains(" passed, 0 failed"))
    }

    @Test func theSameSeedRunsTheSameCases() throws {
        try #require(ReliabilityFixtures.executableExists)
        let a = try ReliabilityFixtures.run(["fuzz", "--case", "123", "--seed", "9", "--corpus", Self.seeds, "--scale", "0.001"])
        let b = try ReliabilityFixtures.run(["fuzz", "--case", "123", "--seed", "9", "--corpus", Self.seeds, "--scale", "0.001"])
        #expect(a.code == 0)
        let firstLine = { (s: String) in s.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(firstLine(a.out) == firstLine(b.out))
        #expect(firstLine(a.out).hasPrefix("case 123: "))
    }

    @Test func badOptionsAreUsageErrors() throws {
        try #require(ReliabilityFixtures.executableExists)
        #expect(try ReliabilityFixtures.run(["fuzz", "--cases", "many"]).code == 2)
        #expect(try ReliabilityFixtures.run(["fuzz", "--scale", "3"]).code == 2)
        #expect(try ReliabilityFixtures.run(["fuzz", "--selftest", "boom@1"]).code == 2)
    }

    @Test func minimizeShrinksACrashingInputToWhatCrashesIt() throws {
        try #require(ReliabilityFixtures.executableExists)
        let dir = try ReliabilityFixtures.tempDir("minimize")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("本报讯 市长王某出席会议。\n第二行BOOM在这里。\n第三行。\n".utf8).write(to: URL(fileURLWithPath: dir + "/case.txt"))
        let r = try ReliabilityFixtures.run(
            ["fuzz", "--minimize", "case.txt", "--selftest", "crash-on@BOOM"], cwd: dir, timeout: 300)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("to case.min.txt (4 bytes), still a crash"))
        #expect(try String(contentsOfFile: dir + "/case.min.txt", encoding: .utf8) == "BOOM")
        // An input that does not fail is not minimized.
        try Data("本报讯 市长王某出席会议。\n".utf8).write(to: URL(fileURLWithPath: dir + "/fine.txt"))
        let fine = try ReliabilityFixtures.run(
            ["fuzz", "--minimize", "fine.txt", "--selftest", "crash-on@BOOM"], cwd: dir, timeout: 120)
        #expect(fine.code == 1)
        #expect(fine.err.hasPrefix("fine.txt: error: the input does not fail on replay"))
    }
}
