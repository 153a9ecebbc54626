/// Decides which person mentions across articles are one person.
///
/// The rule (documented in schema/graph-model.md, "Resolution"):
/// 1. Within one article, one name is one person.
/// 2. An article-person's anchors are the jurisdictions of its offices (an
///    office without a jurisdiction contributes its organisation's
///    jurisdiction, else the organisation itself).
/// 3. Article-persons of the same name whose anchor sets intersect are one
///    person (transitively).
/// 4. An article-person with no office is anchored to its article's city,
///    else province, else page. It joins the person of that name anchored
///    exactly there; else the one person of that name anchored at a place
///    inside or above it (when exactly one); else it forms a person with the
///    others of that name and context.
/// 5. Anything else stays apart; `HomonymFinder` lists same-name people.
struct PersonResolver {
    /// One name read in one article.
    struct Key: Hashable {
        var article: String
        var name: String
    }

    /// One resolved person.
    struct Person {
        var id: String
        var name: String
        /// All anchors, sorted; the first used for the id is `primary`.
        var anchors: [PersonAnchor]
        var primary: PersonAnchor
    }

    private(set) var personOf: [Key: Int] = [:]
    private(set) var people: [Person] = []

    init(facts: [ArticleFacts], places: PlaceDirectory, organizations: OrganizationDirectory) {
        struct Member {
            var key: Key
            var anchors: Set<PersonAnchor>
            var context: PersonAnchor
        }
        var members: [Member] = []
        var indexOf: [Key: Int] = [:]
        func member(_ key: Key, context: PersonAnchor) -> Int {
            if let i = indexOf[key] { return i }
            members.append(Member(key: key, anchors: [], context: context))
            indexOf[key] = members.count - 1
            return members.count - 1
        }
        for a in facts {
            let ctx = PlaceContext(a.metadata)
            let context = Self.contextAnchor(a, places: places, context: ctx)
            for c in a.offices where !c.person.isEmpty {
                let i = member(Key(article: a.id, name: c.person), context: context)
                if let anchor = Self.anchor(of: c, places: places, organizations: organizations, context: ctx) {
                    members[i].anchors.insert(anchor)
                }
            }
            for m in a.mentions where m.kind == .person && !m.canonical.isEmpty {
                _ = member(Key(article: a.id, name: m.canonical), context: context)
            }
            for t in a.attendances where !t.person.isEmpty {
                _ = member(Key(article: a.id, name: t.person), context: context)
            }
            for au in a.authors where !au.name.isEmpty {
                _ = member(Key(article: a.id, name: au.name), context: context)
            }
        }

        // Group members by name; names in sorted order so person numbering is order-free.
        var byName: [String: [Int]] = [:]
        for (i, m) in members.enumerated() { byName[m.key.name, default: []].append(i) }
        for name in byName.keys.sorted() {
            let group = byName[name]!.sorted { members[$0].key.article < members[$1].key.article }
            var uf = UnionFind(count: group.count)
            var ownerOfAnchor: [PersonAnchor: Int] = [:]
            for (gi, mi) in group.enumerated() where !members[mi].anchors.isEmpty {
                for anchor in members[mi].anchors {
                    if let other = ownerOfAnchor[anchor] { uf.union(gi, other) } else { ownerOfAnchor[anchor] = gi }
                }
            }
            // Office-less members join the office-holder anchored at their context; else the only
            // office-holder anchored inside or above it; else their context's group.
            let officeAnchors = ownerOfAnchor
            var relatedOwner: [PersonAnchor: Int] = [:]
            var relatedChecked = Set<PersonAnchor>()
            for (gi, mi) in group.enumerated() where members[mi].anchors.isEmpty {
                let ctx = members[mi].context
                if let other = officeAnchors[ctx] {
                    uf.union(gi, other)
                    continue
                }
                if relatedChecked.insert(ctx).inserted {
                    var roots = Set<Int>()
                    var any: Int?
                    for (anchor, owner) in officeAnchors where anchor.isRelated(to: ctx) {
                        roots.insert(uf.find(owner))
                        any = owner
                    }
                    if roots.count == 1, let any { relatedOwner[ctx] = any }
                }
                if let owner = relatedOwner[ctx] {
                    uf.union(gi, owner)
                } else if let other = ownerOfAnchor[ctx] {
                    uf.union(gi, other)
                } else {
                    ownerOfAnchor[ctx] = gi
                }
            }
            var clusters: [Int: [Int]] = [:]
            for gi in group.indices { clusters[uf.find(gi), default: []].append(gi) }
            for root in clusters.keys.sorted() {
                let gis = clusters[root]!
                var support: [PersonAnchor: Int] = [:]
                for gi in gis {
                    let m = members[group[gi]]
                    let anchors = m.anchors.isEmpty ? [m.context] : m.anchors
                    for anchor in anchors { support[anchor, default: 0] += 1 }
                }
                let primary = support.keys.min { l, r in
                    if l.kindRank != r.kindRank { return l.kindRank < r.kindRank }
                    if support[l]! != support[r]! { return support[l]! > support[r]! }
                    if l.depth != r.depth { return l.depth > r.depth }
                    return l.disambiguator < r.disambiguator
                }!
                let index = people.count
                people.append(
                    Person(
                        id: NodeID.person(name: name, disambiguator: primary.disambiguator), name: name,
                        anchors: support.keys.sorted(), primary: primary))
                for gi in gis { personOf[members[group[gi]].key] = index }
            }
        }
    }

    /// The person id of `name` as read in article `article`.
    func id(article: String, name: String) -> String? {
        personOf[Key(article: article, name: name)].map { people[$0].id }
    }

    /// The index in `people` of `name` as read in article `article`.
    func index(article: String, name: String) -> Int? { personOf[Key(article: article, name: name)] }

    /// The anchor an office gives: its jurisdiction, else its organisation's, else the organisation.
    static func anchor(
        of claim: OfficeClaim, places: PlaceDirectory, organizations: OrganizationDirectory, context: PlaceContext
    ) -> PersonAnchor? {
        if let j = claim.jurisdiction, !j.isEmpty { return .place(places.path(of: j, context: context)) }
        guard let o = claim.organization, !o.isEmpty else { return nil }
        if let j = organizations.jurisdiction(of: o) { return .place(places.path(of: j, context: context)) }
        return .organization(o)
    }

    /// Where a person read without an office is anchored: the article's city, province, else its page.
    static func contextAnchor(_ a: ArticleFacts, places: PlaceDirectory, context: PlaceContext) -> PersonAnchor {
        if let c = a.metadata.city, !c.isEmpty { return .place(places.path(of: c, context: context)) }
        if let p = a.metadata.province, !p.isEmpty { return .place(places.path(of: p, context: context)) }
        return .page(a.file)
    }
}

/// Disjoint sets over `0..<count`, with path halving; the root of a set is its smallest member.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`, keeping the smaller root (so roots do not depend on call order).
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a)
        let rb = find(b)
        if ra < rb { parent[rb] = ra } else if rb < ra { parent[ra] = rb }
    }
}
