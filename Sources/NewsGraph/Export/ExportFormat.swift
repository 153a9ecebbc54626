/// The export formats `newsgraph export` and `newsgraph build --export` know.
public enum ExportFormat: String, Sendable, CaseIterable, Comparable {
    case graphml
    case gexf
    case jsonld
    case csv

    /// The file extension of single-file formats (`csv` writes a folder).
    public var fileExtension: String { rawValue }

    public static func < (l: ExportFormat, r: ExportFormat) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }

    /// Parses a comma-separated list (`graphml,gexf`, `all`), or throws a usage error naming the bad word.
    public static func parseList(_ words: [String]) throws -> [ExportFormat] {
        var out = Set<ExportFormat>()
        for w in words.flatMap({ $0.split(separator: ",") }) {
            let name = trimmed(w).lowercased()
            if name.isEmpty { continue }
            if name == "all" {
                out.formUnion(allCases)
            } else if let f = ExportFormat(rawValue: name) {
                out.insert(f)
            } else {
                throw NewsGraphError.usage(
                    "unknown export format '\(name)' (known: \(allCases.map(\.rawValue).joined(separator: ", ")), all)")
            }
        }
        return out.sorted()
    }

    /// `s` without leading and trailing spaces.
    private static func trimmed(_ s: Substring) -> String {
        var t = s
        while t.first == " " { t = t.dropFirst() }
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
