/// Text helpers shared by the XML writers (GraphML, GEXF).
enum XMLText {
    /// True for scalars XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up.
    ///
    /// One control character aborts Gephi's whole import, so the writers drop
    /// every scalar outside this set. (A Swift string cannot hold a lone surrogate.)
    @inline(__always)
    static func isAllowed(_ v: UInt32) -> Bool {
        if v >= 0x20 { return v != 0xFFFE && v != 0xFFFF }
        return v == 0x09 || v == 0x0A || v == 0x0D
    }

    /// `s` with characters XML 1.0 forbids removed.
    static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !isAllowed($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where isAllowed(u.value) { out.append(u) }
        return String(out)
    }

    /// Escapes `s` for element content or a double- or single-quoted attribute value.
    ///
    /// `& < > " '` become entities; tab, LF and CR become character references so that
    /// attribute-value normalisation cannot turn them into spaces and CR survives in
    /// text. Forbidden characters are removed. `]]>` cannot appear since `>` is escaped.
    static func escape(_ s: String) -> String {
        let needsWork = s.utf8.contains { b in
            b < 0x20 || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
                || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == 0xEF
        }
        guard needsWork else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&apos;"
            case 0x09: out += "&#9;"
            case 0x0A: out += "&#10;"
            case 0x0D: out += "&#13;"
            default:
                if isAllowed(u.value) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// `s` cleaned and reduced to an `xsd:token` (no tab/LF/CR, no leading, trailing or double spaces).
    ///
    /// GEXF declares node and edge `label` attributes as `xsd:token`; the full text is
    /// kept in a string attribute beside it.
    static func token(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars where isAllowed(u.value) {
            if u.value == 0x20 || u.value == 0x09 || u.value == 0x0A || u.value == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(u)
        }
        return String(out)
    }

    /// An injective encoding of `id` as an XML `NMTOKEN` (GraphML's id type).
    ///
    /// ASCII letters and digits, `-`, `.`, `:` and CJK ideographs U+4E00–U+9FA5 (name
    /// characters in every edition of XML 1.0) are kept; every other scalar, `_`
    /// included, becomes `_` plus two upper-case hex digits per UTF-8 byte, so
    /// `person:李明@汾阳市` is written `person:李明_40汾阳市`.
    static func nmtoken(_ id: String) -> String {
        var out = ""
        out.reserveCapacity(id.utf8.count)
        for u in id.unicodeScalars {
            let v = u.value
            let keep =
                (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                || v == 0x2D || v == 0x2E || v == 0x3A || (v >= 0x4E00 && v <= 0x9FA5)
            if keep {
                out.unicodeScalars.append(u)
            } else {
                for b in String(u).utf8 { out += "_" + hex2(b) }
            }
        }
        return out.isEmpty ? "_" : out
    }

    static func hex2(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(digits[Int(b >> 4)])
        s.append(digits[Int(b & 0xF)])
        return String(s)
    }
}
