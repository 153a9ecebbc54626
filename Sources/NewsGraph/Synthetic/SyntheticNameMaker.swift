/// Makes plausible Chinese personal names: a surname from the gazetteer plus one or two given-name characters.
///
/// Names that occur anywhere in the reserved texts (e.g. the real seed pages) are
/// never produced, so synthetic people can never coincide with real people named
/// there — without any list of those people in the code.
struct SyntheticNameMaker: Sendable {
    private let surnames: [String]
    private let cumulative: [Int]
    private let total: Int
    private let reserved: Set<String>

    init(gazetteer: SyntheticGazetteer, reservedTexts: [String]) {
        surnames = gazetteer.surnames.map(\.name)
        var running = 0
        cumulative = gazetteer.surnames.map {
            running += $0.weight
            return running
        }
        total = running
        reserved = Self.ngrams(reservedTexts)
    }

    /// A fresh name not in `taken` and not in the reserved texts.
    func make(_ rng: inout SplitMix64, avoiding taken: Set<String> = []) -> String {
        while true {
            let name = candidate(&rng)
            if !reserved.contains(name) && !taken.contains(name) { return name }
        }
    }

    private func candidate(_ rng: inout SplitMix64) -> String {
        let r = rng.below(total)
        var lo = 0
        var hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > r { hi = mid } else { lo = mid + 1 }
        }
        var name = surnames[lo]
        let given = SyntheticVocabulary.givenNameCharacters
        name.unicodeScalars.append(rng.pick(given))
        if rng.chance(0.75) { name.unicodeScalars.append(rng.pick(given)) }
        return name
    }

    /// Every 2-, 3- and 4-scalar substring of the texts with whitespace removed
    /// (PDF text cuts and spaces out names: `李正\n\n奎`).
    private static func ngrams(_ texts: [String]) -> Set<String> {
        var out = Set<String>()
        for text in texts {
            let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
            for i in scalars.indices {
                for n in 2...4 where i + n <= scalars.count {
                    var s = String.UnicodeScalarView()
                    s.append(contentsOf: scalars[i..<(i + n)])
                    out.insert(String(s))
                }
            }
        }
        return out
    }
}
