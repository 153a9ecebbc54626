/// The name of the rule that made a piece of evidence, held once and shared by the evidence it made.
///
/// There are a few dozen rule names and tens of millions of evidence copies in
/// a large graph: a reference instead of a `String` keeps `Evidence` at 40
/// bytes. Immutable, so copies share it across threads. Whoever makes much
/// evidence shares these: the tagger per article, `FactsInterner` across
/// articles, the graph file reader per file.
final class EvidenceRule: Sendable {
    /// The rule's name, e.g. `office-chain`.
    let name: String
    /// `name.hashValue`, computed once (equal names have equal hash values within a process).
    let nameHash: Int

    init(_ name: String) {
        self.name = name
        self.nameHash = name.hashValue
    }

    /// The rule of an article's own node.
    static let article = EvidenceRule("article")
    /// The rule of a byline.
    static let byline = EvidenceRule("byline")
}
