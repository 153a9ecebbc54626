/// The facts of a `PackedFactSet`, each article unpacked when it is read (nothing is cached).
struct UnpackedFacts: RandomAccessCollection, Sendable {
    let articles: PackedFactSet.Articles
    let strings: [String]
    let rules: [EvidenceRule]

    var startIndex: Int { 0 }
    var endIndex: Int { articles.count }

    subscript(i: Int) -> ArticleFacts { PackedFactSet.unpack(articles[i], strings, rules) }
}
