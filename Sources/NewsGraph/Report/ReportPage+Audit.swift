/// Audit findings grouped by kind, each linked to its people and offices and opening
/// its evidence.
extension ReportPage {
    func auditSection() -> String {
        var s = "<section id=\"audit\"><h2>审计发现 Audit findings <small>\(findings.count)</small></h2>"
        guard !findings.isEmpty else {
            return s + "<p class=\"muted\">没有发现 No findings.</p></section>\n"
        }
        var kinds: [String] = []
        for f in findings where !kinds.contains(f.kind) { kinds.append(f.kind) }
        // Positions by resolved title, so a finding's office names link to their sections.
        var positionsByTitle: [String: String] = [:]
        for p in index.nodes(of: .position).sorted(by: { $0.id < $1.id })
        where positionsByTitle[ReportIndex.title(p)] == nil {
            positionsByTitle[ReportIndex.title(p)] = p.id
        }
        var number = 0
        for kind in kinds {
            let group = findings.filter { $0.kind == kind }
            s +=
                "<h3 class=\"kind\">\(HTMLText.escape(Self.kindName(kind))) <small>\(group.count)</small></h3><ol class=\"findings\">"
            for f in group {
                number += 1
                let id = "f-\(number)"
                var refs: [String] = []
                let people = f.people.map { p in index.node(p.id) != nil ? link(p.id, p.name) : HTMLText.escape(p.name)
                }
                if !people.isEmpty { refs.append("人物 people: " + people.joined(separator: "、")) }
                let offices = f.offices.map { t in positionsByTitle[t].map { link($0, t) } ?? HTMLText.escape(t) }
                if !offices.isEmpty { refs.append("职务 offices: " + offices.joined(separator: "、")) }
                s += "<li class=\"finding k-\(Self.kindClass(kind))\" id=\"\(id)\">"
                s += "<p>\(Self.dateText(f.date)) \(HTMLText.escape(f.summary))</p>"
                if !refs.isEmpty { s += "<p class=\"refs\">" + refs.joined(separator: " · ") + "</p>" }
                s += evidenceDetails(f.evidence, marking: f.people.map(\.name) + f.offices + writtenTitles(f))
                s += "</li>"
                addFilter(
                    id: id, kind: "finding", text: [f.summary, kind] + f.people.map(\.name) + f.offices, dates: [f.date]
                )
            }
            s += "</ol>"
        }
        return s + "</section>\n"
    }

    /// The titles as written in the finding's own sentences, so they are marked too (the
    /// finding names resolved titles, which the sentence may not spell out).
    private func writtenTitles(_ f: ReportFinding) -> [String] {
        let evidence = Set(f.evidence)
        var titles: Set<String> = []
        for person in f.people {
            for edge in index.edges(from: person.id, .holds) {
                for obs in ReportIndex.sightings(edge) where evidence.contains(obs.evidence) {
                    if let t = obs.title { titles.insert(t) }
                }
            }
        }
        return titles.sorted()
    }

    /// Chinese and English name of a finding kind; unknown kinds show their code.
    static func kindName(_ kind: String) -> String {
        switch kind {
        case "title-change": return "职务变动 title change"
        case "former-office": return "原任职务 former office"
        case "former-contradicted": return "原职后又现任 former, then current"
        case "conflict": return "同一职务多人 conflict"
        case "disagreement": return "来源不一致 sources disagree"
        case "homonym": return "同名不同人 homonyms"
        default: return kind
        }
    }

    /// The kind as a CSS class fragment: letters, digits and `-` only.
    static func kindClass(_ kind: String) -> String {
        String(
            String.UnicodeScalarView(
                kind.unicodeScalars.filter {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
                }))
    }
}
