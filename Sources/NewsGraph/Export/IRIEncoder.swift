/// Builds absolute IRIs for graph ids: the base followed by the id, percent-encoded where needed.
///
/// An IRI with a space (or `<`, `"`, `{`…) silently yields no triples in most RDF
/// parsers, so everything that is not plainly safe is percent-encoded as UTF-8:
/// kept are ASCII letters, digits, `-._~:@`, and non-ASCII letters, marks,
/// numbers, punctuation and symbols in the IRI `ucschar` ranges (so `李明` stays
/// readable); spaces of every kind, controls, format characters, `/`, `%`, `#`,
/// `?` and the other delimiters are encoded.
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
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            if isSafe(u) {
                out.unicodeScalars.append(u)
            } else {
                for b in String(u).utf8 { out += "%" + XMLText.hex2(b) }
            }
        }
        return out
    }

    static func isSafe(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                || v == 0x2D || v == 0x2E || v == 0x5F || v == 0x7E || v == 0x3A || v == 0x40
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
