import Foundation
import Testing

@testable import NewsGraph

/// A bounded fuzz run in process, and each extreme shape, through every stage that exists.
@Suite struct FuzzRunTests {
    static let pages = ReliabilityFixtures.seedPages

    @Test func fourHundredMutantsAndEveryFixedCaseBreakNoInvariant() throws {
        // Through the CLI, so a trap in a stage fails this test (with its saved input) instead of the test run.
        try #require(ReliabilityFixtures.executableExists)
        let corpus = FuzzCorpus(seedPages: Self.pages, seed: 20_261_125, extremeScale: 0.002)
        let out = try ReliabilityFixtures.tempDir("fuzz-run")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let seeds = ReliabilityFixtures.root.appendingPathComponent("seeds").path
        let r = try ReliabilityFixtures.run(
            [
                "fuzz", "--cases", String(corpus.fixedCount + 400), "--seed", "20261125", "--scale", "0.002", "--corpus", seeds,
                "--out", out,
            ], timeout: 600)
        #expect(!r.timedOut)
        #expect(r.code == 0, "\(r.err.prefix(2000))")
        #expect(r.out.hasSuffix("fuzz: \(corpus.fixedCount + 400) passed, 0 failed\n"))
        // Both kinds of outcome happen: some inputs are refused whole, most go through.
        #expect(r.out.contains("inputs refused whole with a clear error ("))
    }

    @Test func aSmallRunInProcessReportsEveryCaseOnceAndInOrder() throws {
        let corpus = FuzzCorpus(seedPages: Self.pages, seed: 3, shapes: [.enumerationChain, .nestedBrackets], extremeScale: 0.01)
        let fuzzer = Fuzzer(corpus: corpus, probe: FuzzProbe(tagger: try Tagger.standard()))
        var seen: [Int] = []
        var failures: [String] = []
        let summary = fuzzer.run(
            cases: 0..<(corpus.fixedCount + 30),
            didRun: { o in
                seen.append(o.index)
                if case .failed(let stage, let message) = o.status { failures.append("case \(o.index) \(stage): \(message)") }
            })
        #expect(seen == Array(0..<(corpus.fixedCount + 30)))
        #expect(summary.cases == seen.count)
        #expect(summary.passed + summary.failed == summary.cases)
        #expect(failures.isEmpty, "\(failures.prefix(3))")
    }

    @Test(arguments: ExtremeShape.allCases)
    func eachExtremeShapeGoesThroughThePipelineWithinItsBounds(_ shape: ExtremeShape) throws {
        // Cheap shapes at full size; the big ones at a fraction (the CLI pass runs them at full size).
        let scale: Double
        switch shape {
        case .hugeLine: scale = 0.03
        case .millionTinyLines, .onlySurnames, .onlyPunctuation, .onlyWhitespace, .endlessFrontMatter: scale = 0.1
        default: scale = 1
        }
        let bytes = shape.bytes(scale: scale)
        let c = FuzzCase(index: 0, origin: shape.rawValue, fileName: "extreme." + shape.fileExtension, bytes: bytes)
        let o = FuzzProbe(tagger: try Tagger.standard()).run(c)
        #expect(!o.isFailure, "\(o.status)")
        #expect(o.seconds < 60)
    }

    @Test func fiftyThousandNestedBracketsAndAFortyThousandLinkChainAreRead() throws {
        let probe = FuzzProbe(tagger: try Tagger.standard())
        let brackets = ExtremeShape.nestedBrackets.bytes(scale: 1)
        #expect(brackets.count > 100_000)
        let chain = ExtremeShape.enumerationChain.bytes(scale: 2)
        #expect(String(decoding: chain, as: UTF8.self).components(separatedBy: "、").count > 40_000)
        for (name, bytes) in [("brackets.txt", brackets), ("chain.txt", chain)] {
            let o = probe.run(FuzzCase(index: 0, origin: name, fileName: name, bytes: bytes))
            #expect(o.status == .passed, "\(name): \(o.status)")
            #expect(o.articles >= 1)
        }
    }

    @Test func anArticleOverTheSizeBoundIsRefusedByNameAndTheOthersAreKept() throws {
        var bytes = Array("本报讯 市长王某出席会议。\n\n".utf8)
        bytes += ExtremeShape.hugeLine.bytes(scale: 0.003)  // ≈300 KB on one line
        bytes += Array("\n\n本报讯 12月9日，县长张某主持座谈会。\n".utf8)
        let limits = SafetyLimits(maxArticleBytes: 64 << 10)
        let articles = try PageReader().read(bytes: bytes, file: "pages/huge.txt")
        var refused: [NewsGraphError] = []
        let kept = limits.admit(articles) { refused.append($0) }
        #expect(refused.count == 1)
        #expect(kept.count == articles.count - 1)
        let message = try #require(refused.first).description
        #expect(message.hasPrefix("pages/huge.txt: error: article pages/huge.txt#"))
        #expect(message.contains("per-article limit"))
        #expect(refused.first?.code == "limit-exceeded")
        let o = FuzzProbe(limits: limits, tagger: try Tagger.standard()).run(
            FuzzCase(index: 0, origin: "huge", fileName: "pages/huge.txt", bytes: bytes))
        #expect(o.status == .passed)
        #expect(o.refusedArticles == 1)
    }

    @Test func aStageOverTheTimeBoundIsReportedNamingTheArticle() {
        let limits = SafetyLimits(maxArticleSeconds: 0.01)
        let a = Article(id: "p.txt#2", file: "p.txt", index: 2, text: "文本", offsets: OffsetMap(), rawSpan: Span(start: 0, end: 6))
        var problems: [NewsGraphError] = []
        let value = limits.timed(
            a, stage: "tag", onProblem: { problems.append($0) },
            { () -> Int in
                usleep(50_000)
                return 7
            })
        #expect(value == 7)
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("p.txt: error: article p.txt#2 took") == true)
    }

    @Test func aWholeFileRefusalNamesTheFileAsGiven() throws {
        // A page whose bytes are binary is refused; the refusal must name the file exactly as given.
        let o = FuzzProbe(tagger: try Tagger.standard()).run(
            FuzzCase(index: 0, origin: "nul", fileName: "dir/x.txt", bytes: [0x41, 0x00, 0x42]))
        #expect(o.status == .rejected(code: "binary"))
    }

    @Test func everyInvalidSequenceInAUTF8OrGB18030PageIsRefusedByNameWithItsByteOffset() throws {
        let page = try #require(Self.pages.first).bytes
        let gb = try #require(String(decoding: page, as: UTF8.self).data(using: String.Encoding(rawValue: 0x8000_0632)))
        let probe = FuzzProbe(tagger: try Tagger.standard(), determinismEvery: 0)
        var refused = 0
        for (encoding, base) in [("utf-8", page), ("gb18030", [UInt8](gb))] {
            // A cut on a character boundary near the middle: after an ASCII newline in both encodings.
            let cut = try #require(base[(base.count / 2)...].firstIndex(of: 0x0A)) + 1
            for bad in FuzzTokens.invalidUTF8 + FuzzTokens.invalidGB18030 {
                let bytes = Array(base[..<cut]) + bad + Array(base[cut...])
                let o = probe.run(FuzzCase(index: 1, origin: "invalid", fileName: "p.txt", bytes: bytes))
                #expect(!o.isFailure, "\(encoding) + \(bad): \(o.status)")
                if case .rejected(let code) = o.status {
                    refused += 1
                    #expect(code == "undecodable" || code == "binary")
                    let error = try #require(throws: NewsGraphError.self) { try PageReader().read(bytes: bytes, file: "p.txt") }
                    #expect(error.description.hasPrefix("p.txt: error: "))
                    #expect(error.description.contains(" at byte "))
                }
            }
        }
        // Most of these sequences are invalid in both encodings: the reader must refuse them, not guess.
        #expect(refused > (FuzzTokens.invalidUTF8.count + FuzzTokens.invalidGB18030.count))
    }
}
