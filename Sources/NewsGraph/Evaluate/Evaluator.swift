/// Scores the tagger's output for a page against the page's gold standard.
///
/// Values are compared as sets per kind (see `schema/gold-format.md`): a person found
/// ten times counts once, and offsets play no part, so the gold survives changes in
/// segmentation and repair.
public struct Evaluator: Sendable {
    public init() {}

    /// The scores of `articles` (all articles the system read from the gold's page).
    public func evaluate(gold: GoldStandard, articles: [TaggedArticle]) -> PageEvaluation {
        let expected = ValueSets(gold: gold)
        let found = ValueSets(system: articles)
        let kinds = EvaluationKind.allCases.map { kind -> KindEvaluation in
            let g = expected[kind]
            let s = found[kind]
            let tp = g.intersection(s).count
            return KindEvaluation(
                kind: kind,
                score: Score(truePositives: tp, falsePositives: s.count - tp, falseNegatives: g.count - tp),
                falsePositives: s.subtracting(g).sorted(),
                falseNegatives: g.subtracting(s).sorted())
        }
        let traps = Set(gold.notPersons.map(ValueKey.person))
        let trapHits = traps.intersection(found[.persons]).sorted()
        return PageEvaluation(file: gold.file, kinds: kinds, trapHits: trapHits)
    }

    /// Scores each page and sums them; `pages` pairs a gold with the system's articles for its page.
    public func evaluate(_ pages: [(gold: GoldStandard, articles: [TaggedArticle])]) -> EvaluationSummary {
        EvaluationSummary(pages: pages.map { evaluate(gold: $0.gold, articles: $0.articles) })
    }
}
