import Foundation

/// The few gazetteer facts the synthetic generator needs: where papers are and who can be named.
///
/// Reads the bundled `lexicons/divisions.tsv` and `lexicons/surnames.tsv` directly
/// (only the name, level, kind, parent and frequency fields); the tagger owns the
/// full lexicon loader, this is deliberately a thin reader.
struct SyntheticGazetteer: Sendable {
    /// A province, prefecture or county as the generator uses it.
    struct Place: Sendable, Hashable {
        var name: String
        var level: String
        var kind: String
        /// First listed parent (full name), if any.
        var parent: String?
    }

    /// Prefecture-level cities (`…市`) whose province is a `…省`, in file order.
    var prefectures: [Place]
    /// County-level divisions (`…县`, `…市`, `…区`) by parent prefecture, in file order.
    var counties: [String: [Place]]
    /// Province of each prefecture.
    var provinceOf: [String: String]
    /// Surnames with their sampling weight (frequent ones far more often), in file order.
    var surnames: [(name: String, weight: Int)]

    /// The gazetteer from the library's bundled lexicons.
    static func bundled() throws -> SyntheticGazetteer {
        func text(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "lexicons") else {
                throw NewsGraphError.invalidLexicon(file: "lexicons/\(name).tsv", line: nil, reason: "missing from the bundle")
            }
            do { return try String(contentsOf: url, encoding: .utf8) } catch {
                throw NewsGraphError.unreadable(file: "lexicons/\(name).tsv", reason: error.localizedDescription)
            }
        }
        return try SyntheticGazetteer(divisions: text("divisions"), surnames: text("surnames"))
    }

    init(divisions: String, surnames surnameText: String) throws {
        var provinces = Set<String>()
        var prefectures: [Place] = []
        var counties: [String: [Place]] = [:]
        var provinceOf: [String: String] = [:]
        for (name, attributes) in Self.entries(divisions) {
            let level = attributes["level"] ?? ""
            let kind = attributes["kind"] ?? ""
            let parents = (attributes["parent"] ?? "").split(separator: ",").map(String.init)
            let place = Place(name: name, level: level, kind: kind, parent: parents.first)
            switch level {
            case "province" where name.hasSuffix("省"):
                provinces.insert(name)
            case "prefecture" where kind == "city" && name.hasSuffix("市"):
                if let p = place.parent, provinces.contains(p) {
                    prefectures.append(place)
                    provinceOf[name] = p
                }
            case "county" where name.hasSuffix("县") || name.hasSuffix("市") || name.hasSuffix("区"):
                // A name shared by several districts belongs to each of its parents.
                for parent in parents {
                    counties[parent, default: []].append(Place(name: name, level: level, kind: kind, parent: parent))
                }
            default:
                break
            }
        }
        var surnames: [(String, Int)] = []
        for (name, attributes) in Self.entries(surnameText) {
            let weight: Int
            switch attributes["freq"] {
            case "1": weight = 40
            case "2": weight = 4
            default: weight = 1
            }
            surnames.append((name, attributes["compound"] == "1" ? 1 : weight))
        }
        guard !prefectures.isEmpty, !surnames.isEmpty else {
            throw NewsGraphError.invalidLexicon(
                file: "lexicons", line: nil, reason: "no prefectures or surnames for the synthetic archive")
        }
        self.prefectures = prefectures
        self.counties = counties
        self.provinceOf = provinceOf
        self.surnames = surnames
    }

    /// `name<TAB>type<TAB>k=v;k=v` lines, skipping comments and blanks.
    private static func entries(_ text: String) -> [(String, [String: String])] {
        var out: [(String, [String: String])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty else { continue }
            var attributes: [String: String] = [:]
            if fields.count >= 3 {
                for pair in fields[2].split(separator: ";") {
                    guard let eq = pair.firstIndex(of: "=") else { continue }
                    attributes[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
                }
            }
            out.append((String(fields[0]), attributes))
        }
        return out
    }
}
