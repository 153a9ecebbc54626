/// Merges graph documents built from disjoint sets of articles (shards).
///
/// The merge is the union of the documents' per-article facts followed by
/// the same resolution as a fresh build, so the result is byte-identical to
/// building from all the articles at once, in any order of the inputs.
public struct GraphMerger: Sendable {
    public var builder: GraphBuilder

    public init(builder: GraphBuilder = GraphBuilder()) { self.builder = builder }

    /// The merged document. `names` (the inputs' paths, parallel to `documents`) are used in errors.
    public func merge(_ documents: [GraphDocument], names: [String]? = nil) throws -> GraphDocument {
        var all: [ArticleFacts] = []
        for (i, d) in documents.enumerated() {
            guard let facts = d.facts else { throw GraphDocument.noFacts(names?[i] ?? "graph \(i + 1)") }
            all += facts.articles
        }
        let set: ArticleFactSet
        do { set = try ArticleFactSet(all) } catch let NewsGraphError.malformed(_, _, reason) {
            throw NewsGraphError.malformed(file: (names ?? []).joined(separator: ", "), line: nil, reason: reason)
        }
        return builder.build(set)
    }
}
