/// Builds absolute IRIs for graph ids: the base followed by the id, percent-encoded where needed.
///
/// The graph's ids are made IRI-safe by construction (`schema/graph-model.md`: unsafe
/// characters inside a component are already `%XX`), so such an id is appended
/// verbatim and `BASE + id` is the IRI a user expects. Anything else is
/// percent-encoded as UTF-8, because an IRI with a space (or `<`, `"`, `{`…) silently
/// yields no triples in most RDF parsers. Kept: ASCII letters and digits,
/// `-._~`, the path characters `:@/` and `!$&'()*+,;=`, an existing `%XX` escape, and
/// non-ASCII letters, marks, numbers, punctuation and symbols in the IRI `ucschar`
/// ranges (so `李明` stays readable). Encoded: spaces of every kind, controls, format
/// and private-use characters, `>` (edge ids' `->`), `#`, `?`, `<`, `"`, `{`, `}`,
/// `|`, `\`, `^`, `` ` ``, `[`, `]`, and a `%` that does not start an escape.
public struct IRIEncoder: Sendable {
    /// The default base for node IRIs.
    public static let defaultBase = "https://newsgraph.example/id/"

    /// The base every IRI starts with (ends with `/`, `#` or `:`).
    public let base: String

    /// Checks `base` is an absolute IRI without spaces or forbidden characters; adds a `/` when it ends otherwise.
    public init(base: String = IRIEncoder.defaultBase) throws {
        let scalars = Array(base.unicodeScalars)
        func isLetter(_ u: Unicode.Scalar) -> Bool { (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }
        func isSchemeChar(_ u: Unicode.Scalar) -> Bool {
            isLetter(u) || (u.value >= 0x30 && u.value <= 0x39) || u == "+" || u == "-" || u == "."
        }
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, isLetter(scalars[0]),
            scalars[..<colon].allSatisfy(isSchemeChar), colon + 1 < scalars.count
        else {
            throw NewsGraphError.usage("--base must be an absolute IRI such as \(IRIEncoder.defaultBase), got '\(base)'")
        }
        for u in scalars where u.value <= 0x20 || "<>\"{}|\\^`".unicodeScalars.contains(u) || u.properties.isWhitespace {
            throw NewsGraphError.usage("--base must not contain spaces or \(String(u).debugDescription): '\(base)'")
        }
        let last = scalars.last!
        self.base = (last == "/" || last == "#" || last == ":") ? base : base + "/"
    }

    /// The IRI of `id` under the base, optionally inside a sub-path such as `edge/`.
    public func iri(_ id: String, under prefix: String = "") -> String {
        base + prefix + IRIEncoder.encode(id)
    }

    /// `s` with every character that is not safe in an IRI path segment percent-encoded.
    public static func encode(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for (i, u) in scalars.enumerated() {
            if isSafe(u) || (u == "%" && i + 2 < scalars.count && isHex(scalars[i + 1]) && isHex(scalars[i + 2])) {
                out.unicodeScalars.append(u)
            } else {
                for b in String(u).utf8 { out += "%" + XMLText.hex2(b) }
            }
        }
        return out
    }

    static func isHex(_ u: Unicode.Scalar) -> Bool { u.properties.isASCIIHexDigit }

    static func isSafe(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 {
            if (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { return true }
            return "-._~:@/!$&'()*+,;=".unicodeScalars.contains(u)
        }
        // ucschar (RFC 3987), minus the non-characters at the end of each plane.
        let inUcs =
            (v >= 0xA0 && v <= 0xD7FF) || (v >= 0xF900 && v <= 0xFDCF) || (v >= 0xFDF0 && v <= 0xFFEF)
            || (v >= 0x10000 && v <= 0xEFFFD && (v & 0xFFFE) != 0xFFFE)
        guard inUcs else { return false }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
