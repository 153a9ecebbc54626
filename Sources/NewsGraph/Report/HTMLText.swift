import Foundation

/// Escaping for text that goes into the report: HTML text, attributes and JSON inside `<script>`.
///
/// Everything the report shows comes from newspaper text, so every string is hostile
/// until escaped: names, titles and sentences may hold `<`, `&`, quotes or `</script>`.
enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'` so the text is safe in element content and in
    /// quoted attribute values; NUL and other C0 controls except tab and newline become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n": out.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append("\u{FFFD}")
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// JSON for a `<script type="application/json">` block: sorted keys, and `<`, `>`, `&`,
    /// U+2028 and U+2029 written as `\uXXXX` so no string can close the script element.
    static func scriptJSON<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings, arrays and dictionaries cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        var out = String.UnicodeScalarView()
        // These characters only occur inside JSON strings, where `\uXXXX` means the same.
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": out.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": out.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": out.append(contentsOf: "\\u0026".unicodeScalars)
            case "\u{2028}": out.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": out.append(contentsOf: "\\u2029".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Shortens `text` to at most `width` display columns (CJK and other wide characters
    /// count two), ending in `…` when cut; used for labels inside fixed-width SVG.
    static func truncate(_ text: String, width: Int) -> String {
        let total = text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
        guard total > width else { return text }
        var used = 0
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let w = isWide(scalar) ? 2 : 1
            // Keep one column for the ellipsis.
            if used + w > width - 1 { break }
            used += w
            out.append(scalar)
        }
        out.append("…")
        return String(out)
    }

    /// True for East Asian wide and full-width scalars (the ranges that matter for Chinese text).
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
