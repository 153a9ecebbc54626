/// Offices: per position, its holders over time on one axis, so successions and
/// overlaps show; then a table of holders with evidence.
extension ReportPage {
    func officesSection(_ emit: (String) -> Void) {
        // Offices with most holders first (successions and conflicts), then most sightings, then title.
        let positions = index.nodes(of: .position)
            .map { p in
                let holds = index.edges(to: p.id, .holds)
                return (p, holds.count, holds.reduce(0) { $0 + ReportIndex.sightings($1).count })
            }
            .filter { $0.1 > 0 }
            .sorted {
                if $0.1 != $1.1 { return $0.1 > $1.1 }
                if $0.2 != $1.2 { return $0.2 > $1.2 }
                return (ReportIndex.title($0.0), $0.0.id) < (ReportIndex.title($1.0), $1.0.id)
            }
            .map(\.0)
        var s = "<section id=\"offices\"><h2>职务 Offices <small>\(positions.count)</small></h2>"
        if positions.isEmpty { s += "<p class=\"muted\">无 none</p>" }
        emit(s)
        for position in positions { emit(officeCard(position)) }
        emit("</section>\n")
    }

    private func officeCard(_ position: Node) -> String {
        let title = ReportIndex.title(position)
        let anchor = index.anchor(position.id)
        let holders = ReportIndex.byFirstSighting(index.edges(to: position.id, .holds)) { $0.source }
        var lanes: [TimelineLane] = []
        var rows = ""
        var search = [title, position.properties["role"] ?? "", organization(position)]
        var dates: [PartialDate?] = []
        for (edge, sightings) in holders {
            let person = index.node(edge.source)
            let name = person.map(ReportIndex.name) ?? edge.source
            search.append(name)
            var marks: [TimelineMark] = []
            var items: [String] = []
            for obs in sightings {
                let id = nextEvidenceID()
                dates.append(obs.date)
                let written = obs.title ?? ""
                let note = "\(obs.date?.edtf ?? "无日期") · \(name)\(obs.former ? " · 原 former" : "")"
                items.append(evidenceItem(obs.evidence, id: id, marking: [name, written], note: note))
                marks.append(
                    TimelineMark(
                        date: obs.date, former: obs.former, href: "#" + id,
                        tooltip:
                            "\(title) · \(name) · \(obs.date?.edtf ?? "无日期 no date") · 原文「\(written)」\(obs.former ? " · 原 former" : "")"
                    ))
            }
            lanes.append(TimelineLane(label: name, href: person.map { "#" + index.anchor($0.id) }, marks: marks))
            let who = person.map { link($0.id, name) } ?? HTMLText.escape(name)
            rows += "<tr><td>\(who)</td><td>\(HTMLText.escape(Self.writtenForms(sightings)))</td>"
            rows += Self.seenCells(sightings) + "<td>\(edge.articleCount)</td></tr>"
            rows += "<tr class=\"evrow\"><td colspan=\"6\">\(Self.evidenceDetails(items))</td></tr>"
        }
        var facts: [String] = []
        if let role = position.properties["role"], !role.isEmpty { facts.append("职位 role: " + HTMLText.escape(role)) }
        let org = organization(position)
        if !org.isEmpty { facts.append("组织 organisation: " + HTMLText.escape(org)) }
        if let j = position.properties["jurisdiction"], !j.isEmpty {
            facts.append("辖区 jurisdiction: " + HTMLText.escape(j))
        }
        facts.append("\(holders.count) 位 holders")
        var s = "<article class=\"card office\" id=\"\(anchor)\">"
        s += "<h3>\(HTMLText.escape(title)) <code class=\"nid\">\(HTMLText.escape(position.id))</code></h3>"
        s += "<p class=\"sub\">" + facts.joined(separator: " · ") + "</p>"
        s += timeline(lanes, caption: "\(title) 的任职者 holders over time")
        s += "<table class=\"holds\"><thead><tr><th>姓名 Holder</th><th>原文 As written</th><th>首见 First seen</th>"
        s +=
            "<th>末见 Last seen</th><th>原任 Former</th><th>文章 Articles</th></tr></thead><tbody>" + rows
            + "</tbody></table>"
        s += "</article>\n"
        addFilter(id: anchor, kind: "office", text: search, dates: dates)
        return s
    }
}
