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

    /// Per article (by `slot(of:)`), each name's index in `people`.
    private var personOf: [[String: Int]] = []
    /// Article id → its slot in `personOf`.
    private var slots: [String: Int] = [:]
    private(set) var people: [Person] = []

    /// One name in one article, while the people are being resolved.
    private struct Member {
        var slot: Int
        var article: String
        var name: String
        /// Interned anchors, unique, in no particular order.
        var anchors: [Int32]
        var context: Int32
    }

    init<Facts: Sequence<ArticleFacts>>(facts: Facts, places: PlaceDirectory, organizations: OrganizationDirectory) {
        // Anchors are interned to small numbers: hashing a place path hashes (and normalises) every
        // component, and a large archive asks about the same few thousand anchors millions of times.
        var anchorTable: [PersonAnchor] = []
        var anchorIndex: [PersonAnchor: Int32] = [:]
        func intern(_ a: PersonAnchor) -> Int32 {
            if let i = anchorIndex[a] { return i }
            anchorTable.append(a)
            anchorIndex[a] = Int32(anchorTable.count - 1)
            return Int32(anchorTable.count - 1)
        }
        var members: [Member] = []
        var memberOf: [[String: Int]] = []
        var pathCache: [PlaceContext: [String: [String]]] = [:]
        for a in facts {
            let slot: Int
            if let s = slots[a.id] {
                slot = s
            } else {
                slot = memberOf.count
                slots[a.id] = slot
                memberOf.append([:])
            }
            let ctx = PlaceContext(a.metadata)
            // Taken out and put back, so that filling it never copies it.
            var paths = pathCache.removeValue(forKey: ctx) ?? [:]
            func path(_ name: String) -> [String] {
                if let p = paths[name] { return p }
                let p = places.path(of: name, context: ctx)
                paths[name] = p
                return p
            }
            let context = intern(Self.contextAnchor(a, path: path))
            func member(_ name: String) -> Int {
                if let i = memberOf[slot][name] { return i }
                members.append(Member(slot: slot, article: a.id, name: name, anchors: [], context: context))
                memberOf[slot][name] = members.count - 1
                return members.count - 1
            }
            for c in a.offices where !c.person.isEmpty {
                let i = member(c.person)
                if let anchor = Self.anchor(of: c, organizations: organizations, path: path) {
                    let id = intern(anchor)
                    if !members[i].anchors.contains(id) { members[i].anchors.append(id) }
                }
            }
            for m in a.mentions where m.kind == .person && !m.canonical.isEmpty { _ = member(m.canonical) }
            for t in a.attendances where !t.person.isEmpty { _ = member(t.person) }
            for au in a.authors where !au.name.isEmpty { _ = member(au.name) }
            pathCache[ctx] = paths
        }
        anchorIndex = [:]
        let disambiguators = anchorTable.map(\.disambiguator)
        func before(_ l: Int32, _ r: Int32) -> Bool {
            let a = anchorTable[Int(l)]
            let b = anchorTable[Int(r)]
            if a.kindRank != b.kindRank { return a.kindRank < b.kindRank }
            return StringOrder.less(disambiguators[Int(l)], disambiguators[Int(r)])
        }

        // Group members by name; names in sorted order so person numbering is order-free.
        var byName: [String: [Int]] = [:]
        for (i, m) in members.enumerated() { byName[m.name, default: []].append(i) }
        personOf = Array(repeating: [:], count: memberOf.count)
        memberOf = []
        for name in byName.keys.sorted(by: StringOrder.less) {
            let group = byName[name]!.sorted { StringOrder.less(members[$0].article, members[$1].article) }
            var uf = UnionFind(count: group.count)
            var ownerOfAnchor: [Int32: Int] = [:]
            for (gi, mi) in group.enumerated() where !members[mi].anchors.isEmpty {
                for anchor in members[mi].anchors {
                    if let other = ownerOfAnchor[anchor] { uf.union(gi, other) } else { ownerOfAnchor[anchor] = gi }
                }
            }
            // Office-less members join the office-holder anchored at their context; else the only
            // office-holder anchored inside or above it; else their context's group.
            let officeAnchors = ownerOfAnchor
            var relatedOwner: [Int32: Int] = [:]
            var relatedChecked = Set<Int32>()
            for (gi, mi) in group.enumerated() where members[mi].anchors.isEmpty {
                let ctx = members[mi].context
                if let other = officeAnchors[ctx] {
                    uf.union(gi, other)
                    continue
                }
                if relatedChecked.insert(ctx).inserted {
                    var roots = Set<Int>()
                    var any: Int?
                    for (anchor, owner) in officeAnchors where anchorTable[Int(anchor)].isRelated(to: anchorTable[Int(ctx)]) {
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
                var support: [Int32: Int] = [:]
                for gi in gis {
                    let m = members[group[gi]]
                    for anchor in m.anchors.isEmpty ? [m.context] : m.anchors { support[anchor, default: 0] += 1 }
                }
                let primary = support.keys.min { l, r in
                    let a = anchorTable[Int(l)]
                    let b = anchorTable[Int(r)]
                    if a.kindRank != b.kindRank { return a.kindRank < b.kindRank }
                    if support[l]! != support[r]! { return support[l]! > support[r]! }
                    if a.depth != b.depth { return a.depth > b.depth }
                    return StringOrder.less(disambiguators[Int(l)], disambiguators[Int(r)])
                }!
                let index = people.count
                people.append(
                    Person(
                        id: NodeID.person(name: name, disambiguator: disambiguators[Int(primary)]), name: name,
                        anchors: support.keys.sorted(by: before).map { anchorTable[Int($0)] },
                        primary: anchorTable[Int(primary)]))
                for gi in gis {
                    let m = members[group[gi]]
                    personOf[m.slot][m.name] = index
                }
            }
        }
    }

    /// The person id of `name` as read in article `article`.
    func id(article: String, name: String) -> String? {
        index(article: article, name: name).map { people[$0].id }
    }

    /// The index in `people` of `name` as read in article `article`.
    func index(article: String, name: String) -> Int? {
        slots[article].flatMap { index(slot: $0, name: name) }
    }

    /// The slot of article `article` (for `index(slot:name:)`, which saves hashing its id for every name).
    func slot(of article: String) -> Int? { slots[article] }

    /// The index in `people` of `name` as read in the article of `slot`.
    func index(slot: Int, name: String) -> Int? { personOf[slot][name] }

    /// The anchor an office gives: its jurisdiction, else its organisation's, else the organisation.
    /// `path` resolves a place name in the claim's article.
    static func anchor(
        of claim: OfficeClaim, organizations: OrganizationDirectory, path: (String) -> [String]
    ) -> PersonAnchor? {
        if let j = claim.jurisdiction, !j.isEmpty { return .place(path(j)) }
        guard let o = claim.organization, !o.isEmpty else { return nil }
        if let j = organizations.jurisdiction(of: o) { return .place(path(j)) }
        return .organization(o)
    }

    /// Where a person read without an office is anchored: the article's city, province, else its page.
    /// `path` resolves a place name in the article.
    static func contextAnchor(_ a: ArticleFacts, path: (String) -> [String]) -> PersonAnchor {
        if let c = a.metadata.city, !c.isEmpty { return .place(path(c)) }
        if let p = a.metadata.province, !p.isEmpty { return .place(path(p)) }
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
