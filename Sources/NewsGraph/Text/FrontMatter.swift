/// The optional metadata header at the top of a page file:
///
///     ---
///     date: 2024-12-10
///     city: 吕梁市
///     province: 山西省
///     paper: 吕梁日报
///     ---
///
/// Keys are `date` (EDTF `YYYY-MM-DD`/`YYYY-MM`/`YYYY`, or `2024年12月10日`),
/// `city`, `province`, `paper`; other keys are ignored. The header's bytes stay
/// in the file: articles start after it and keep raw offsets.
public struct FrontMatter: Sendable, Equatable {
    public var metadata: IssueMetadata
    /// The paper's name, when given.
    public var paper: String?
    /// Decoded position where the page body starts.
    public var bodyStart: Int

    /// Reads a header at the start of `decoded`; nil when the text does not open with `---`.
    public static func parse(_ decoded: DecodedText, file: String) throws -> FrontMatter? {
        // Lines are read only as far as the header goes: a page without one costs its first line.
        var scanner = PageLine.Scanner(decoded)
        var lines: [PageLine] = []
        while let line = scanner.next() {
            lines.append(line)
            if !line.isBlank { break }
        }
        guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].isWhole,
            lines[first].key == "---"
        else { return nil }
        // The header's lines, and the one after its closing `---` (where the body starts).
        while lines.count <= first + 42, let line = scanner.next() { lines.append(line) }
        var meta = IssueMetadata()
        var paper: String?
        var k = first + 1
        while k < lines.count && k <= first + 40 {
            let line = lines[k]
            if line.isBlank {
                k += 1
                continue
            }
            let text = decoded.string(line.range)
            if text.trimmingSpaces() == "---" {
                let end = k + 1 < lines.count ? lines[k + 1].range.lowerBound : decoded.utf8.count
                return FrontMatter(metadata: meta, paper: paper, bodyStart: max(end, line.range.upperBound))
            }
            guard let colon = text.unicodeScalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                throw NewsGraphError.malformed(file: file, line: k + 1, reason: "front matter line is not `key: value`")
            }
            let key = String(text.unicodeScalars[..<colon]).trimmingSpaces().lowercased()
            let value = String(text.unicodeScalars[text.unicodeScalars.index(after: colon)...]).trimmingSpaces()
            switch key {
            case "date":
                guard let d = DateExtractor.parseDate(value) else {
                    throw NewsGraphError.malformed(file: file, line: k + 1, reason: "front matter date `\(value)` is not a date")
                }
                meta.date = d
            case "city": meta.city = value.isEmpty ? nil : value
            case "province": meta.province = value.isEmpty ? nil : value
            case "paper": paper = value.isEmpty ? nil : value
            default: break
            }
            k += 1
        }
        throw NewsGraphError.malformed(file: file, line: first + 1, reason: "front matter `---` is never closed")
    }
}
