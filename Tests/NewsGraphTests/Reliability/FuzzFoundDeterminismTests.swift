import Foundation
import Testing

@testable import NewsGraph

/// Non-determinism the fuzzer found: the same input must give the same bytes in every process.
@Suite(.serialized) struct FuzzFoundDeterminismTests {
    /// Fuzz case 1712 of seed 8 (scale 0.02): many short `本报讯` articles with headline-like lines.
    /// `HeadlineMatcher.contentScores` sums Double weights over a `Set<UInt64>` of bigrams; a Set's
    /// iteration order changes with each process's hash seed, so the sums differ in their last bits and
    /// near-ties go to different articles: `newsgraph articles` prints different headlines run to run.
    @Test func readingThePageInEightProcessesGivesOneOutput() throws {
        try #require(ReliabilityFixtures.executableExists)
        let corpus = FuzzCorpus(seedPages: ReliabilityFixtures.seedPages, seed: 8, extremeScale: 0.02)
        let c = corpus.makeCase(1712)
        #expect(c.origin.hasPrefix("small manyOpeners"))
        let dir = try ReliabilityFixtures.tempDir("det-headline")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(c.bytes).write(to: URL(fileURLWithPath: dir + "/page.txt"))
        var outputs = Set<String>()
        for _ in 0..<8 {
            let r = try ReliabilityFixtures.run(["articles", "page.txt"], cwd: dir, timeout: 60)
            #expect(r.code == 0)
            outputs.insert(r.out)
        }
        let distinct = outputs.count
        #expect(distinct == 1, "8 runs gave \(distinct) different outputs")

    }
}
