/// Builds the graph's stable, content-derived, IRI-safe identifiers.
///
/// An id is `TYPE:` followed by components joined by separators that the
/// id's type documents (`/` for a place's path, `@` for a disambiguator).
/// Each component is percent-escaped so that it can never contain a
/// separator, a space, a control character or a character that has a
/// meaning in an IRI (`#`, `?`, `%`, …): the JSON-LD exporter appends ids to a
/// base IRI verbatim. CJK characters are kept as they are (they are valid in IRIs).
public enum NodeID {
    /// `person:NAME@DISAMBIGUATOR`.
    public static func person(name: String, disambiguator: String) -> String {
        "person:" + escape(name) + "@" + disambiguator
    }

    /// `place:PATH`, the path from the province down, each level escaped, joined by `/`.
    public static func place(path: [String]) -> String {
        "place:" + path.map(escape).joined(separator: "/")
    }

    /// `org:NAME`.
    public static func organization(_ name: String) -> String { "org:" + escape(name) }

    /// `position:OWNER/ROLE`: the office `ROLE` at an organisation or jurisdiction.
    public static func position(owner: String, role: String) -> String {
        "position:" + escape(owner) + "/" + escape(role)
    }

    /// Events: `event:DATE@PLACE-PATH:NAME`, with `~ARTICLE` when the event stays local to one
    /// article (built by `EventResolver`).

    /// `article:ARTICLE-ID`.
    public static func article(_ id: String) -> String { "article:" + escape(id) }

    /// `TYPE:SOURCE->TARGET`.
    public static func edge(_ type: EdgeType, source: String, target: String) -> String {
        type.rawValue + ":" + source + "->" + target
    }

    /// Percent-escapes the UTF-8 bytes of every scalar that is unsafe in an id component.
    public static func escape(_ component: String) -> String {
        var out = String.UnicodeScalarView()
        var changed = false
        for scalar in component.unicodeScalars {
            if needsEscape(scalar) {
                changed = true
                for byte in String(scalar).utf8 {
                    out.append("%")
                    out.append(hexDigit(byte >> 4))
                    out.append(hexDigit(byte & 0xF))
                }
            } else {
                out.append(scalar)
            }
        }
        return changed ? String(out) : component
    }

    /// True for scalars that must not appear raw in an id component.
    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v <= 0x20 || (0x7F...0x9F).contains(v) { return true }
        if v < 0x80 {
            // IRI-reserved or unsafe ASCII, plus our own separators.
            return "\"#%<>?[\\]^`{|}/@:~".unicodeScalars.contains(s)
        }
        // Unicode spaces, format controls, line separators, BOM, private use, non-characters.
        if v == 0xA0 || (0x2000...0x200F).contains(v) || (0x2028...0x202F).contains(v) || v == 0x205F
            || v == 0x3000 || v == 0xFEFF || (0xE000...0xF8FF).contains(v) || (0xFFF0...0xFFFF).contains(v)
            || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
        {
            return true
        }
        return false
    }

    private static func hexDigit(_ n: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(n < 10 ? 0x30 + n : 0x41 + n - 10)
    }
}
