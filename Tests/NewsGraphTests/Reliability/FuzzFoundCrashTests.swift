import Foundation
import Testing

/// Crashes the fuzzer found in other stages, replayed as subprocess runs (a trap would kill the test runner).
@Suite(.serialized) struct FuzzFoundCrashTests {
    func read(_ text: String, command: String = "articles") throws -> ReliabilityFixtures.Run {
        let dir = try ReliabilityFixtures.tempDir("crash")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/page.txt"))
        return try ReliabilityFixtures.run([command, "page.txt"], cwd: dir, timeout: 60)
    }

    /// Fuzz case 907 of seed 1 (punctuation only), minimised: a line ending in a half-width `(…)` with
    /// fewer than two bytes inside, such as a numbered item `(1)`, made `ArticleSegmenter.Run.endByline`
    /// build the range `pos+3 ..< pos+1` and trap (fixed in main, b43331a).
    @Test(arguments: ["一、要加强领导。(1)\n", "(1)\n", "()\n", "本报讯 会议召开。(A)\n", "一、要加强领导。（1）\n", "（）\n", "(王明)\n"])
    func aLineEndingInAShortParenthesisIsReadNotACrash(_ page: String) throws {
        try #require(ReliabilityFixtures.executableExists)
        let r = try read(page)
        let crashed = r.signaled
        let firstLine = r.err.split(separator: "\n").first.map(String.init) ?? ""
        #expect(!crashed, "newsgraph articles crashed: \(firstLine)")
        #expect(r.code == 0, "\(firstLine)")
    }

    /// Fuzz case 3136 of seed 7 (token soup), minimised by delta debugging. Two person phrases overlap, so in
    /// `AttendanceRelator.relate()` (Relate/AttendanceRelator.swift:69) the gap
    /// `persons[prev].name.upperBound ..< persons[next].phrase.lowerBound` has its bounds reversed → trap.
    @Test func overlappingPersonPhrasesBeforeAnEventAreTaggedNotACrash() throws {
        try #require(ReliabilityFixtures.executableExists)
        let r = try read("记者曹海村上官平致辞韩京5月1谈会司马韩丽在平召开伟陈华约谈会——\n", command: "tag")
        let crashed = r.signaled
        let code = r.code
        let firstLine = r.err.split(separator: "\n").first.map(String.init) ?? ""
        #expect(!crashed, "newsgraph tag crashed: \(firstLine)")
        #expect(code == 0)

    }
}
