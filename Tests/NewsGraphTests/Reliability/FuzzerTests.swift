import Foundation
import Testing

@testable import NewsGraph

/// The fuzzer itself: a reproducible generator, mutations that do what they say, cases that regenerate.
@Suite struct FuzzerTests {
    @Test func splitMixMatchesTheReferenceSequenceForSeed1234567() {
        var rng = SplitMix64(seed: 1_234_567)
        #expect(rng.next() == 6_457_827_717_110_365_317)
        #expect(rng.next() == 3_203_168_211_198_807_973)
        #expect(rng.next() == 9_817_491_932_198_370_423)
    }

    @Test func aBoundedDrawStaysBelowItsBoundAndCoversIt() {
        var rng = SplitMix64(seed: 9)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let v = rng.below(7)
            #expect((0..<7).contains(v))
            seen.insert(v)
        }
        #expect(seen.count == 7)
    }

    @Test func textualMutationsOnScalarBoundariesKeepValidUTF8Valid() throws {
        let page = try #require(ReliabilityFixtures.seedPages.first).bytes
        let mutator = Mutator(maxBytes: 1 << 20)
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            var bytes = page
            let applied = mutator.mutate(&bytes, others: [page], textual: true, rng: &rng)
            #expect(applied.allSatisfy { Mutation.textual.contains($0) })
            #expect(TextDecoder.firstInvalidUTF8(bytes, from: 0) == nil, "after \(applied)")
            #expect(bytes.count <= 1 << 20)
        }
    }

    @Test func everyMutationChangesTheBytesAndNoneGrowsPastTheBound() {
        let mutator = Mutator(maxBytes: 4096)
        let base = Array("本报讯 12月9日，市长王某出席会议并讲话。\n第二行。\n第三行。\n".utf8)
        for m in Mutation.allCases {
            var changed = 0
            for k in 0..<20 {
                var rng = SplitMix64(seed: 7, index: UInt64(k))
                var bytes = base
                mutator.apply(m, to: &bytes, other: Array("另一页".utf8), rng: &rng)
                if bytes != base { changed += 1 }
                #expect(bytes.count <= 4096, "\(m)")
            }
            #expect(changed > 0, "\(m) never changed the input")
        }
    }

    @Test func aCaseIsAPureFunctionOfSeedAndIndex() {
        let pages = ReliabilityFixtures.seedPages
        let a = FuzzCorpus(seedPages: pages, seed: 5, extremeScale: 0.001)
        let b = FuzzCorpus(seedPages: pages, seed: 5, extremeScale: 0.001)
        let other = FuzzCorpus(seedPages: pages, seed: 6, extremeScale: 0.001)
        var differs = 0
        for i in [a.fixedCount, a.fixedCount + 1, a.fixedCount + 77, a.fixedCount + 500] {
            let x = a.makeCase(i)
            let y = b.makeCase(i)
            #expect(x.bytes == y.bytes && x.origin == y.origin && x.fileName == y.fileName)
            if other.makeCase(i).bytes != x.bytes { differs += 1 }
        }
        #expect(differs >= 3)
        // Regenerating a late case does not depend on having generated the earlier ones.
        #expect(
            a.makeCase(a.fixedCount + 500).bytes
                == FuzzCorpus(seedPages: pages, seed: 5, extremeScale: 0.001).makeCase(a.fixedCount + 500).bytes)
    }

    @Test func theFixedCasesAreEverySeedInThreeEncodingsThenEveryExtremeShape() {
        let pages = ReliabilityFixtures.seedPages
        let corpus = FuzzCorpus(seedPages: pages, seed: 1, extremeScale: 0.001)
        #expect(corpus.fixedCount == pages.count * 3 + ExtremeShape.allCases.count)
        #expect(corpus.makeCase(0).bytes == pages[0].bytes)
        #expect(corpus.makeCase(1).origin.hasSuffix("as gb18030"))
        #expect(corpus.makeCase(2).bytes.prefix(2) == [0xFF, 0xFE])
        let shapes = (pages.count * 3..<corpus.fixedCount).map { corpus.makeCase($0).origin }
        for s in ExtremeShape.allCases { #expect(shapes.contains { $0.contains(s.rawValue) }) }
    }

    @Test func mutantsOfReencodedPagesMostlyStillDecode() throws {
        let corpus = FuzzCorpus(seedPages: ReliabilityFixtures.seedPages, seed: 3, extremeScale: 0.001)
        let probe = FuzzProbe(tagger: try Tagger.standard(), determinismEvery: 0)
        var reached = 0
        var total = 0
        for i in corpus.fixedCount..<(corpus.fixedCount + 150) {
            let c = corpus.makeCase(i)
            total += 1
            if case .passed = probe.run(c).status { reached += 1 }
        }
        // Most mutants must get past the decoder, or the later stages are hardly fuzzed.
        #expect(reached * 2 > total, "only \(reached) of \(total) mutants reached the tagger")
    }
}
