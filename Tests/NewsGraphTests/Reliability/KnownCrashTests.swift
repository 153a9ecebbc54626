import Foundation
import Testing

/// Crashes the fuzzer found in other stages, kept as subprocess runs (a trap would kill the test runner).
/// Each is a known issue until its stage is fixed; then the known-issue wrapper must go (Swift Testing
/// reports "known issue was not recorded" as a failure, which is the signal to remove it).
@Suite(.serialized) struct KnownCrashTests {
    func read(_ text: String) throws -> ReliabilityFixtures.Run {
        let dir = try ReliabilityFixtures.tempDir("crash")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/page.txt"))
        return try ReliabilityFixtures.run(["articles", "page.txt"], cwd: dir, timeout: 60)
    }

    /// Fuzz case 907 of seed 1 (punctuation only) minimised: a line ending in a half-width `(…)` with
    /// fewer than two bytes inside, such as a numbered item `(1)`. `ArticleSegmenter.Run.endByline`
    /// assumes a 3-byte `（` and builds the range `pos+3 ..< pos+1` → "Range requires lowerBound <= upperBound".
    @Test(arguments: ["一、要加强领导。(1)\n", "(1)\n", "()\n", "本报讯 会议召开。(A)\n"])
    func aLineEndingInAShortHalfWidthParenthesisIsReadNotACrash(_ page: String) throws {
        try #require(ReliabilityFixtures.executableExists)
        let r = try read(page)
        let crashed = r.signaled
        let code = r.code
        let firstLine = r.err.split(separator: "\n").first.map(String.init) ?? ""
        withKnownIssue("ArticleSegmenter.endByline traps on `(1)`: see schema/reliability.md, finding 1") {
            #expect(!crashed, "newsgraph articles crashed: \(firstLine)")
            #expect(code == 0)
        }
    }

    @Test func theSameLinesWithFullWidthOrLongerContentAreRead() throws {
        try #require(ReliabilityFixtures.executableExists)
        for page in ["一、要加强领导。（1）\n", "（）\n", "(王明)\n", "本报讯 会议召开。(AB)\n"] {
            let r = try read(page)
            let ok = !r.signaled && r.code == 0
            #expect(ok, "\(page): \(r.err.prefix(120))")
        }
    }
}
