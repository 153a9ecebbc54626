import Foundation

/// Reads a JSON Lines archive: one article per line, `{"id", "date", "city", "province", "title", "text"}`.
///
/// Only `text` is required. Raw offsets are byte offsets into the `.jsonl`
/// file: each character of `text` maps to the bytes of its JSON representation
/// inside the line (a verbatim character to its own bytes, an escape such as
/// `\n` or `\u4e2d` to the whole escape). An invalid line is reported as
/// `FILE:LINE` and the other lines go on. The file must be UTF-8 (RFC 8259).
public struct JSONLinesReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    public func read(bytes: [UInt8], file: String, onProblem: (NewsGraphError) -> Void) throws -> [Article] {
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        if let bad = TextDecoder.firstInvalidUTF8(bytes, from: start) {
            throw NewsGraphError.undecodable(file: file, encoding: "utf-8", byteOffset: bad)
        }
        var articles: [Article] = []
        var lineNo = 0
        var i = start
        while i < bytes.count {
            lineNo += 1
            var e = i
            while e < bytes.count && bytes[e] != 0x0A { e += 1 }
            defer { i = e + 1 }
            var lineEnd = e
            if lineEnd > i && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if bytes[i..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                if let a = try article(bytes, i..<lineEnd, file: file, line: lineNo, index: articles.count + 1) {
                    articles.append(a)
                }
            } catch let e as NewsGraphError {
                onProblem(e)
            }
        }
        return articles
    }

    private func article(_ bytes: [UInt8], _ range: Range<Int>, file: String, line: Int, index: Int) throws -> Article? {
        func bad(_ reason: String) -> NewsGraphError { .malformed(file: file, line: line, reason: reason) }
        let obj: Any
        do {
            obj = try JSONSerialization.jsonObject(with: Data(bytes[range]), options: [])
        } catch {
            throw bad("not valid JSON")
        }
        guard let dict = obj as? [String: Any] else { throw bad("a line must be a JSON object") }
        guard dict["text"] is String else { throw bad("missing string field `text`") }
        let literals = try JSONStringScanner.topLevelStrings(bytes, range) ?? { throw bad("not valid JSON") }()
        guard let textLiteral = literals["text"] else { throw bad("missing string field `text`") }
        let decoded =
            try JSONStringScanner.decode(bytes, literal: textLiteral)
            ?? { throw bad("invalid escape in `text`") }()
        var meta = IssueMetadata()
        if let d = dict["date"] as? String, !d.isEmpty {
            guard let pd = DateExtractor.parseDate(d) else { throw bad("`date` \(d) is not a date") }
            meta.date = pd
        }
        meta.city = (dict["city"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        meta.province = (dict["province"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        meta = PageReader.merge(meta, over: options.metadata)
        let id: String
        if let s = dict["id"] as? String, !s.isEmpty {
            id = s
        } else if let n = dict["id"] as? NSNumber {
            id = n.stringValue
        } else {
            id = "\(file)#\(line)"
        }
        let clean = TextNormalizer().normalize(decoded)
        guard !clean.text.isEmpty else { return nil }
        let title = (dict["title"] as? String).map {
            HeadlineText.clean(DecodedText(encoding: "utf-8", utf8: Array($0.utf8)), 0..<$0.utf8.count)
        }
        return Article(
            id: id, file: file, index: index, headline: title?.isEmpty == false ? title : nil, authors: [],
            text: clean.text, offsets: clean.offsets,
            rawSpan: Span(start: textLiteral.lowerBound + 1, end: textLiteral.upperBound - 1),
            metadata: meta, contentHash: ContentHash.fnv1a64(bytes, (textLiteral.lowerBound + 1)..<(textLiteral.upperBound - 1)))
    }
}
