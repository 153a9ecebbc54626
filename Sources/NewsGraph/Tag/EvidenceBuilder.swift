/// Builds evidence for clean ranges of one article: raw span, sentence and rule.
///
/// Each sentence's text is made once and shared by all the evidence in it. A
/// "sentence" longer than `maxSentenceBytes` (text without any 。！？；, e.g. a
/// table flattened by the PDF extraction) is cut to a window around the
/// mention, marked with `…`, so evidence stays readable and output stays small.
/// All its evidence shares one `EvidenceOrigin` (the article's file and id) and one `EvidenceRule` per rule.
final class EvidenceBuilder {
    let doc: TagDocument
    let article: Article
    let origin: EvidenceOrigin
    private var sentences: [Int: String] = [:]
    private var rules = EvidenceRuleTable()

    static let maxSentenceBytes = 900
    static let windowBytes = 150

    init(doc: TagDocument, article: Article) {
        self.doc = doc
        self.article = article
        self.origin = EvidenceOrigin(file: article.file, article: article.id)
    }

    func evidence(_ r: Range<Int>, rule: String) -> Evidence {
        let raw: Span
        if article.offsets.count > 0, !r.isEmpty {
            raw = article.offsets.rawSpan(cleanUTF8: r)
        } else {
            raw = article.rawSpan
        }
        return Evidence(origin: origin, span: raw, sentence: sentence(around: r), rule: rules.rule(rule))
    }

    private func sentence(around r: Range<Int>) -> String {
        let s = doc.sentence(containing: r.lowerBound)
        if s.count <= Self.maxSentenceBytes {
            if let cached = sentences[s.lowerBound] { return cached }
            let text = doc.text(s)
            sentences[s.lowerBound] = text
            return text
        }
        var lo = max(s.lowerBound, r.lowerBound - Self.windowBytes)
        var hi = min(s.upperBound, r.upperBound + Self.windowBytes)
        while lo > s.lowerBound && (doc.bytes[lo] & 0xC0) == 0x80 { lo -= 1 }
        while hi < s.upperBound && (doc.bytes[hi] & 0xC0) == 0x80 { hi += 1 }
        return (lo > s.lowerBound ? "…" : "") + doc.text(lo..<hi) + (hi < s.upperBound ? "…" : "")
    }
}
