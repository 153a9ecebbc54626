import Foundation
import Testing

@testable import NewsGraph

/// The tagger against the gold of the held-out pages (Fixtures/heldout): pages from papers of other
/// provinces, written after the tagger and annotated before it was run on them (SCORES.md has the
/// first-look and final scores). The floors are the final scores less a small margin, so a change
/// that helps the seeds but hurts unseen text fails here.
struct TaggerHeldoutScoreTests {
    static func summary() throws -> EvaluationSummary {
        let dir = try #require(Bundle.module.url(forResource: "heldout", withExtension: nil, subdirectory: "Fixtures"))
        var pages: [(gold: GoldStandard, articles: [TaggedArticle])] = []
        for file in try GoldStandard.loadAll(path: dir.path) {
            let meta = IssueMetadata(city: file.gold.city, province: file.gold.province)
            let page = dir.appendingPathComponent(file.gold.file).path
            let articles = try PageReader(options: ReadOptions(metadata: meta)).read(file: page)
            pages.append((file.gold, articles.map(TagTestSupport.tagger.tag)))
        }
        return Evaluator().evaluate(pages)
    }

    @Test func scoresOnTheHeldOutPagesStayAtTheirMeasuredLevelAndNoTrapIsAPerson() throws {
        let s = try Self.summary()
        func f1(_ k: EvaluationKind) -> Double { s.evaluation(of: k)?.score.f1 ?? 0 }
        #expect(s.pages.count == 9)
        // Final scores (SCORES.md): persons 0.996, offices 1.000 (as written and resolved), organisations
        // 0.855, places 0.939, events 1.000, attendance 0.995; the floors leave about 0.03.
        #expect(f1(.persons) >= 0.96)
        #expect(f1(.personOffices) >= 0.97)
        #expect(f1(.resolvedOffices) >= 0.97)
        #expect(f1(.organizations) >= 0.82)
        #expect(f1(.places) >= 0.90)
        #expect(f1(.events) >= 0.97)
        #expect(f1(.attendance) >= 0.96)
        #expect(s.trapHits.isEmpty, "\(s.trapHits)")
    }
}
