import Foundation

@testable import NewsGraph

/// A short composed article whose text stands in for a raw file, so evidence offsets are real.
struct FixtureArticle {
    var file: String
    var index: Int
    var text: String
    var date: PartialDate?

    var id: String { "\(file)#\(index)" }

    /// Evidence for the `occurrence`-th (0-based) appearance of `phrase`: its UTF-8 byte
    /// range in `text` and the sentence holding it (cut at 。！？ and line ends).
    func evidence(_ phrase: String, occurrence: Int = 0, rule: String = "fixture") -> Evidence {
        let bytes = Array(text.utf8)
        let needle = Array(phrase.utf8)
        var found = -1
        var seen = 0
        var i = 0
        while i + needle.count <= bytes.count {
            if Array(bytes[i..<(i + needle.count)]) == needle {
                if seen == occurrence {
                    found = i
                    break
                }
                seen += 1
            }
            i += 1
        }
        precondition(found >= 0, "phrase \(phrase) not in \(id)")
        let enders: [[UInt8]] = ["。", "！", "？", "\n"].map { Array($0.utf8) }
        func isEnder(at k: Int) -> Int? {
            for e in enders where k + e.count <= bytes.count && Array(bytes[k..<(k + e.count)]) == e { return e.count }
            return nil
        }
        var start = 0
        var k = 0
        while k < found {
            if let n = isEnder(at: k) {
                start = k + n
                k += n
            } else {
                k += 1
            }
        }
        var end = found + needle.count
        while end < bytes.count {
            if let n = isEnder(at: end) {
                end += bytes[end] == 0x0A ? 0 : n
                break
            }
            end += 1
        }
        let sentence = String(decoding: bytes[start..<end], as: UTF8.self)
        return Evidence(
            file: file, article: id, span: Span(start: found, end: found + needle.count),
            sentence: sentence.trimmingCharacters(in: .whitespaces), rule: rule)
    }
}
