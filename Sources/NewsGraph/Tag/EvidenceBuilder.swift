/// Builds evidence for clean ranges of one article: raw span, sentence and rule.
struct EvidenceBuilder {
    let doc: TagDocument
    let article: Article

    func evidence(_ r: Range<Int>, rule: String) -> Evidence {
        let raw: Span
        if article.offsets.count > 0, !r.isEmpty {
            raw = article.offsets.rawSpan(cleanUTF8: r)
        } else {
            raw = article.rawSpan
        }
        let sentence = doc.sentence(containing: r.lowerBound)
        return Evidence(file: article.file, article: article.id, span: raw, sentence: doc.text(sentence), rule: rule)
    }
}
