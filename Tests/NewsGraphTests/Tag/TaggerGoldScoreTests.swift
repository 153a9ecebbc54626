import Foundation
import Testing

@testable import NewsGraph

/// The tagger against the gold annotation of the five seed pages: the issue's thresholds hold.
///
/// This guards against regressions; the rules themselves are tested on composed
/// sentences elsewhere, so the seeds are never the only evidence that a rule works.
struct TaggerGoldScoreTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func summary() throws -> EvaluationSummary {
        let goldDir = try #require(Bundle.module.url(forResource: "gold", withExtension: nil, subdirectory: "Fixtures"))
        var pages: [(gold: GoldStandard, articles: [TaggedArticle])] = []
        for file in try GoldStandard.loadAll(path: goldDir.path) {
            let meta = IssueMetadata(city: file.gold.city, province: file.gold.province)
            let page = repo.appendingPathComponent("seeds").appendingPathComponent(file.gold.file).path
            let articles = try PageReader(options: ReadOptions(metadata: meta)).read(file: page)
            pages.append((file.gold, articles.map(TagTestSupport.tagger.tag)))
        }
        return Evaluator().evaluate(pages)
    }

    @Test func scoresOnTheSeedGoldMeetTheThresholdsAndNoTrapIsAPerson() throws {
        let s = try Self.summary()
        func f1(_ k: EvaluationKind) -> Double { s.evaluation(of: k)?.score.f1 ?? 0 }
        #expect(s.pages.count == 5)
        #expect(f1(.persons) >= 0.95)
        #expect(f1(.personOffices) >= 0.90)
        #expect(f1(.resolvedOffices) >= 0.85)
        #expect(f1(.attendance) >= 0.85)
        #expect(f1(.events) >= 0.80)
        #expect(s.trapHits.isEmpty, "\(s.trapHits)")
    }
}
