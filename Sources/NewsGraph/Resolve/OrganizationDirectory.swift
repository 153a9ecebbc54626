/// What the facts say about each organisation: its jurisdiction and its parent body.
///
/// The tagger already gives canonical names (`市委组织部` in an 汾阳 article is
/// `汾阳市委组织部`), so organisations are keyed on them. Their jurisdiction
/// comes from office claims (`organization` with `jurisdiction`) and from a
/// mention's `jurisdiction` attribute; their parent from a mention's `parent`
/// attribute, else from the party-and-state naming rule below.
struct OrganizationDirectory {
    private var jurisdictions: [String: Votes<String>] = [:]
    private var parents: [String: Votes<String>] = [:]
    private(set) var names: Set<String> = []

    /// Bodies that have departments named by appending to their name (汾阳市委 + 组织部).
    private static let bodySuffixes = ["委", "政府", "人大常委会", "政协", "纪委", "监委"]
    /// Endings of a department of such a body.
    private static let departmentSuffixes = ["部", "局", "办公室", "办", "委员会", "中心", "厅", "处", "科", "室", "党校"]

    init<Facts: Sequence<ArticleFacts>>(facts: Facts) {
        for a in facts {
            for m in a.mentions where m.kind == .organization && !m.canonical.isEmpty {
                names.insert(m.canonical)
                if let j = m.attributes["jurisdiction"], !j.isEmpty {
                    jurisdictions[m.canonical, default: Votes()].add(j)
                }
                if let p = m.attributes["parent"], !p.isEmpty, p != m.canonical {
                    parents[m.canonical, default: Votes()].add(p)
                    names.insert(p)
                }
            }
            for c in a.offices {
                guard let o = c.organization, !o.isEmpty else { continue }
                names.insert(o)
                if let j = c.jurisdiction, !j.isEmpty { jurisdictions[o, default: Votes()].add(j) }
            }
            for e in a.events {
                if let o = e.organizer, !o.isEmpty { names.insert(o) }
            }
        }
    }

    /// The jurisdiction (a place name) most often stated for `org`.
    func jurisdiction(of org: String) -> String? { jurisdictions[org]?.winner }

    /// The parent body of `org`: stated, else the longest known party or state body whose
    /// name `org` extends with a department ending (汾阳市委组织部 → 汾阳市委).
    func parent(of org: String) -> String? {
        if let p = parents[org]?.winner { return p }
        guard Self.departmentSuffixes.contains(where: { org.hasSuffix($0) }) else { return nil }
        // Try prefixes longest first: names are short, so this is cheap and order-free.
        let scalars = Array(org.unicodeScalars)
        var len = scalars.count - 1
        while len >= 2 {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[0..<len])
            let candidate = String(v)
            if names.contains(candidate), Self.bodySuffixes.contains(where: { candidate.hasSuffix($0) }) {
                return candidate
            }
            len -= 1
        }
        return nil
    }
}
