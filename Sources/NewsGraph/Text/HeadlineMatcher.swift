import Foundation

/// Attaches headline units to articles by the words they share, with a small
/// preference for the article right after (then right before) the headline.
///
/// Each shared pair of ideographs counts by its rarity on the page (a pair that
/// every article contains says nothing), so `甬城新篇话酒缘` finds the one
/// article about 甬城 even when the page collects all its headlines at the end.
/// An article takes one contiguous run of units; a unit goes to one article.
enum HeadlineMatcher {
    /// Minimum score for a unit to be attached.
    static let threshold = 0.3
    /// Bonus for the article that follows the unit, and the one before it.
    static let nextBonus = 0.15
    static let prevBonus = 0.05

    /// For each article, the indices of the units attached to it (in page order).
    static func assign(_ units: [HeadlineUnit], bodies: [Set<UInt64>]) -> [[Int]] {
        var result = [[Int]](repeating: [], count: bodies.count)
        guard !units.isEmpty, !bodies.isEmpty else { return result }
        var df: [UInt64: Int] = [:]
        let unitGrams = units.map { Bigrams.of($0.text + ($0.subtitle ?? "")) }
        let wanted = unitGrams.reduce(into: Set<UInt64>()) { $0.formUnion($1) }
        for body in bodies {
            for g in wanted where body.contains(g) { df[g, default: 0] += 1 }
        }
        let n = Double(bodies.count)
        func weight(_ g: UInt64) -> Double { log(1 + n / Double(max(df[g] ?? 0, 1))) + (df[g] == nil ? 0.5 : 0) }
        var candidates: [(score: Double, unit: Int, article: Int)] = []
        for (u, unit) in units.enumerated() {
            let grams = unitGrams[u]
            let total = grams.reduce(0.0) { $0 + weight($1) }
            for (a, body) in bodies.enumerated() {
                var content = 0.0
                if total > 0 {
                    content = grams.reduce(0.0) { $0 + (body.contains($1) ? weight($1) : 0) } / total
                }
                var score = content
                if a == unit.nextArticle { score += nextBonus }
                if a == unit.prevArticle { score += prevBonus }
                if content > 0 && score >= threshold { candidates.append((score, u, a)) }
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
        // Headlines printed before their article may share few words with it: an article left
        // without one takes the free units that end the zone right before it.
        for a in bodies.indices where result[a].isEmpty {
            guard var u = units.lastIndex(where: { $0.nextArticle == a }), !taken[u], units[u].touchesNext else {
                continue
            }
            var run = [u]
            while u > 0, !taken[u - 1], units[u - 1].nextArticle == a, units[u - 1].prevArticle == units[u].prevArticle {
                u -= 1
                run.insert(u, at: 0)
            }
            for r in run { taken[r] = true }
            result[a] = run
        }
        return result
    }
}
