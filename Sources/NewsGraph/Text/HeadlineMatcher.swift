import Foundation

/// Attaches headline units to articles by the words they share, with a preference for
/// the side (before or after its article) where this page prints its headlines.
///
/// Each shared pair of ideographs counts by its rarity on the page (a pair that
/// every article contains says nothing), so `甬城新篇话酒缘` finds the one
/// article about 甬城 even when the page collects all its headlines at the end.
/// The page's layout is read from the units whose article is clear from their
/// words alone: if most sit right after their article (as on pages that print the
/// headline below the story), the article before a unit gets the bonus; otherwise
/// the article after it. An article takes one contiguous run of units; a unit goes
/// to one article.
enum HeadlineMatcher {
    /// Minimum score for a unit to be attached.
    static let threshold = 0.3
    /// Bonus for the neighbour on the page's headline side, and for the other neighbour.
    static let layoutBonus = 0.15
    static let otherBonus = 0.05

    /// For each article, the indices of the units attached to it (in page order).
    static func assign(_ units: [HeadlineUnit], bodies: [BigramSet]) -> [[Int]] {
        var result = [[Int]](repeating: [], count: bodies.count)
        guard !units.isEmpty, !bodies.isEmpty else { return result }
        let content = contentScores(units, bodies: bodies)
        let after = headlinesFollowArticles(units, content)
        var candidates: [(score: Double, unit: Int, article: Int)] = []
        for (u, unit) in units.enumerated() {
            for a in bodies.indices where content[u][a] > 0 {
                var score = content[u][a]
                if a == unit.nextArticle { score += after ? otherBonus : layoutBonus }
                if a == unit.prevArticle { score += after ? layoutBonus : otherBonus }
                if score >= threshold { candidates.append((score, u, a)) }
            }
        }
        candidates.sort { ($0.score, -$0.unit, -$0.article) > ($1.score, -$1.unit, -$1.article) }
        var taken = [Bool](repeating: false, count: units.count)
        for c in candidates where !taken[c.unit] {
            let mine = result[c.article]
            if let lo = mine.min(), let hi = mine.max() {
                let u = units[c.unit]
                let ref = units[lo]
                guard u.prevArticle == ref.prevArticle, u.nextArticle == ref.nextArticle,
                    u.order == lo - 1 || u.order == hi + 1
                else { continue }
            }
            result[c.article].append(c.unit)
            result[c.article].sort()
            taken[c.unit] = true
        }
        // Headlines share few words with their story at times: an article left without one
        // takes the free units that touch it on the page's headline side.
        for a in bodies.indices where result[a].isEmpty {
            let run = after ? freeRun(units, taken, prev: a) : freeRun(units, taken, next: a)
            for r in run { taken[r] = true }
            result[a] = run
        }
        return result
    }

    /// Rarity-weighted share of each unit's ideograph pairs found in each body.
    static func contentScores(_ units: [HeadlineUnit], bodies: [BigramSet]) -> [[Double]] {
        var df: [UInt64: Int] = [:]
        // In ascending order: Double sums depend on their order (a Set's would change from process to process).
        let unitSets = units.map { Bigrams.of($0.text + ($0.subtitle ?? "")) }
        let unitGrams = unitSets.map(\.sortedValues)
        let wanted = unitSets.reduce(BigramSet()) { $0.union($1) }.sortedValues
        for body in bodies {
            for g in wanted where body.contains(g) { df[g, default: 0] += 1 }
        }
        let n = Double(bodies.count)
        func weight(_ g: UInt64) -> Double { log(1 + n / Double(max(df[g] ?? 0, 1))) + (df[g] == nil ? 0.5 : 0) }
        return unitGrams.map { grams in
            let total = grams.reduce(0.0) { $0 + weight($1) }
            return bodies.map { body in
                total > 0 ? grams.reduce(0.0) { $0 + (body.contains($1) ? weight($1) : 0) } / total : 0
            }
        }
    }

    /// True when the units whose article is clear mostly follow it on the page.
    static func headlinesFollowArticles(_ units: [HeadlineUnit], _ content: [[Double]]) -> Bool {
        var before = 0
        var after = 0
        for (u, unit) in units.enumerated() {
            let ranked = content[u].enumerated().sorted { $0.element > $1.element }
            guard let best = ranked.first, best.element >= threshold else { continue }
            let second = ranked.count > 1 ? ranked[1].element : 0
            guard best.element - second >= 0.15 else { continue }
            if best.offset == unit.nextArticle { before += 1 }
            if best.offset == unit.prevArticle { after += 1 }
        }
        return after > before
    }

    /// The free units ending the zone right before article `next`.
    static func freeRun(_ units: [HeadlineUnit], _ taken: [Bool], next a: Int) -> [Int] {
        guard var u = units.lastIndex(where: { $0.nextArticle == a }), !taken[u] else { return [] }
        var run = [u]
        while u > 0, !taken[u - 1], units[u - 1].nextArticle == a, units[u - 1].prevArticle == units[u].prevArticle {
            u -= 1
            run.insert(u, at: 0)
        }
        return run
    }

    /// The free units starting the zone right after article `prev`.
    static func freeRun(_ units: [HeadlineUnit], _ taken: [Bool], prev a: Int) -> [Int] {
        guard var u = units.firstIndex(where: { $0.prevArticle == a }), !taken[u] else { return [] }
        var run = [u]
        while u + 1 < units.count, !taken[u + 1], units[u + 1].prevArticle == a,
            units[u + 1].nextArticle == units[u].nextArticle
        {
            u += 1
            run.append(u)
        }
        return run
    }
}
