/// What ties a person's mention to one real person: a place, an organisation, or (lacking both) a page.
///
/// Offices give the strongest anchors (the jurisdiction of 汾阳市委副书记 is
/// 汾阳市); a person read without an office is anchored to the article's city
/// (or province), and only when the article has neither, to its page.
enum PersonAnchor: Hashable, Comparable, Sendable {
    /// A place, by its path from the province down.
    case place([String])
    /// An organisation whose jurisdiction is unknown.
    case organization(String)
    /// The page (input file) of an article with no city or province.
    case page(String)

    /// Rank of the kind: places first, then organisations, then pages.
    var kindRank: Int {
        switch self {
        case .place: return 0
        case .organization: return 1
        case .page: return 2
        }
    }

    /// Depth in the hierarchy (more specific is deeper).
    var depth: Int {
        if case .place(let p) = self { return p.count }
        return 0
    }

    /// The disambiguator written after `@` in a person id: `山西省/吕梁市/汾阳市`, `org:NAME`, `page:FILE`.
    var disambiguator: String {
        switch self {
        case .place(let p): return p.map(NodeID.escape).joined(separator: "/")
        case .organization(let o): return "org:" + NodeID.escape(o)
        case .page(let f): return "page:" + NodeID.escape(f)
        }
    }

    /// A short human form: the place's own name, the organisation, or the file.
    var displayName: String {
        switch self {
        case .place(let p): return p.last ?? ""
        case .organization(let o): return o
        case .page(let f): return f
        }
    }

    /// True when one is a place inside the other (or the same place).
    func isRelated(to other: PersonAnchor) -> Bool {
        guard case .place(let a) = self, case .place(let b) = other else { return false }
        return a.starts(with: b) || b.starts(with: a)
    }

    static func < (lhs: PersonAnchor, rhs: PersonAnchor) -> Bool {
        if lhs.kindRank != rhs.kindRank { return lhs.kindRank < rhs.kindRank }
        return lhs.disambiguator < rhs.disambiguator
    }
}
