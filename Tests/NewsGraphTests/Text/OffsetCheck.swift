import Foundation

@testable import NewsGraph

/// Checks the text stage's promise: each clean scalar maps to raw bytes that hold the same
/// scalar, or a documented replacement (schema/input-formats.md).
enum OffsetCheck {
    /// Problems found in `article` against the raw file `raw`; `decode` turns raw bytes into text.
    static func problems(_ article: Article, raw: [UInt8], decode: ([UInt8]) -> String?) -> [String] {
        var out: [String] = []
        var clean = 0
        var lastStart = -1
        for u in article.text.unicodeScalars {
            let n = String(u).utf8.count
            defer { clean += n }
            let span = article.offsets.rawSpan(cleanUTF8: clean..<clean + n)
            guard span.start >= article.rawSpan.start - 1, span.end <= raw.count else {
                out.append("\(u) at \(clean): span \(span) outside the article/file")
                continue
            }
            if span.start < lastStart { out.append("\(u) at \(clean): span \(span) goes backwards") }
            lastStart = span.start
            let text = decode(Array(raw[span.start..<span.end])) ?? "\u{FFFD}"
            let rs = Array(text.unicodeScalars)
            if u == "\n" || u == " " {
                // Inserted paragraph break or word space: replaces whitespace (or nothing).
                if !rs.allSatisfy({ ScalarClass.isSpace($0.value) || $0 == "\n" || $0 == "\r" }) {
                    out.append("separator at \(clean) maps to non-space \(text.debugDescription)")
                }
                continue
            }
            guard rs.count == 1 else {
                out.append("\(u) at \(clean) maps to \(rs.count) scalars \(text.debugDescription)")
                continue
            }
            if rs[0] != u && ScalarClass.fold(rs[0].value) != u.value {
                out.append("\(u) at \(clean) maps to \(text.debugDescription), not a documented replacement")
            }
        }
        return out
    }

    static func utf8(_ b: [UInt8]) -> String? { String(bytes: b, encoding: .utf8) }
    static func gb(_ b: [UInt8]) -> String? { String(data: Data(b), encoding: TextFixtures.gb18030) }
}
