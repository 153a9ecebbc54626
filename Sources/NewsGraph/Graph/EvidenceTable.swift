/// The native file's table of evidence: every piece once, sorted, each sentence once.
///
/// One sentence typically backs several mentions, and each mention backs a
/// node, an edge, an observation and an article's `mentions` edge. Nodes,
/// edges and facts cite evidence by its index here, and evidence cites its
/// sentence by index in `sentences`; decoding shares each sentence's storage
/// among all its users.
struct EvidenceTable {
    /// One piece of evidence as stored: the sentence by index.
    struct Entry: Codable {
        var file: String
        var article: String
        var start: Int
        var end: Int
        var sentence: Int
        var rule: String
    }

    /// All evidence, sorted and unique.
    private(set) var evidence: [Evidence] = []
    private var index: [Evidence: Int] = [:]

    /// A table of `all` (any order, duplicates allowed).
    init<S: Sequence>(_ all: S) where S.Element == Evidence {
        evidence = Array(Set(all)).sorted()
        index.reserveCapacity(evidence.count)
        for (i, e) in evidence.enumerated() { index[e] = i }
    }

    /// A table read from a file; throws when an entry cites a sentence that is not there.
    init(entries: [Entry], sentences: [String], file: String) throws {
        evidence.reserveCapacity(entries.count)
        for e in entries {
            guard sentences.indices.contains(e.sentence), e.start <= e.end else {
                throw NewsGraphError.corruptGraph(file: file, reason: "an evidence entry of \(e.article) is damaged")
            }
            evidence.append(
                Evidence(
                    file: e.file, article: e.article, span: Span(start: e.start, end: e.end), sentence: sentences[e.sentence],
                    rule: e.rule))
        }
    }

    /// The index of `e`, which must be in the table.
    func ref(_ e: Evidence) -> Int { index[e]! }

    /// The evidence at `i`; throws for an index outside the table.
    func evidence(_ i: Int, file: String, owner: String) throws -> Evidence {
        guard evidence.indices.contains(i) else {
            throw NewsGraphError.corruptGraph(file: file, reason: "\(owner) cites evidence #\(i), which does not exist")
        }
        return evidence[i]
    }

    /// The entries and the sentence list to write.
    func encoded() -> (entries: [Entry], sentences: [String]) {
        let sentences = Array(Set(evidence.map(\.sentence))).sorted()
        var sentenceIndex: [String: Int] = [:]
        sentenceIndex.reserveCapacity(sentences.count)
        for (i, s) in sentences.enumerated() { sentenceIndex[s] = i }
        let entries = evidence.map {
            Entry(
                file: $0.file, article: $0.article, start: $0.start, end: $0.end, sentence: sentenceIndex[$0.sentence]!,
                rule: $0.rule)
        }
        return (entries, sentences)
    }
}
