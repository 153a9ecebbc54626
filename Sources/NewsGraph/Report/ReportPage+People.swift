/// People: a career timeline per official, with each office's titles, organisation,
/// sightings and evidence; then the people without an office.
extension ReportPage {
    func peopleSection(_ emit: (String) -> Void) {
        // Best-documented careers first: most articles, then most sightings, then name.
        let officials = index.nodes(of: .person)
            .map { person -> (Node, Int, Int) in
                let sightings = index.edges(from: person.id, .holds).flatMap(ReportIndex.sightings)
                return (person, Set(sightings.map(\.evidence.article)).count, sightings.count)
            }
            .filter { $0.2 > 0 }
            .sorted {
                if $0.1 != $1.1 { return $0.1 > $1.1 }
                if $0.2 != $1.2 { return $0.2 > $1.2 }
                return (ReportIndex.name($0.0), $0.0.id) < (ReportIndex.name($1.0), $1.0.id)
            }
            .map(\.0)
        var s = "<section id=\"people\"><h2>人物 People <small>\(officials.count) 位有职务的人物 officials</small></h2>"
        s += legend()
        if officials.isEmpty {
            s += "<p class=\"muted\">没有带职务的人物 no person with an office</p>"
        } else {
            s +=
                "<p class=\"names\">" + officials.map { link($0.id, ReportIndex.name($0)) }.joined(separator: " ")
                + "</p>"
        }
        emit(s)
        for person in officials { emit(personCard(person)) }
        emit("</section>\n")
    }

    private func personCard(_ person: Node) -> String {
        let name = ReportIndex.name(person)
        let anchor = index.anchor(person.id)
        let holds = ReportIndex.byFirstSighting(index.edges(from: person.id, .holds)) { $0.id }
        var lanes: [TimelineLane] = []
        var rows = ""
        var search = [name]
        var dates: [PartialDate?] = []
        for (edge, sightings) in holds {
            let position = index.node(edge.target)
            let resolved = resolvedTitle(edge, position)
            let org = position.map(organization) ?? ""
            search += [resolved, org] + sightings.compactMap(\.title)
            var marks: [TimelineMark] = []
            var items: [String] = []
            for obs in sightings {
                let id = nextEvidenceID()
                dates.append(obs.date)
                let written = obs.title ?? ""
                let note =
                    "\(obs.date?.edtf ?? "无日期") · \(written.isEmpty ? resolved : written)\(obs.former ? " · 原 former" : "")"
                items.append(evidenceItem(obs.evidence, id: id, marking: [name, written], note: note))
                marks.append(
                    TimelineMark(
                        date: obs.date, former: obs.former, href: "#" + id,
                        tooltip:
                            "\(name) · \(resolved) · \(obs.date?.edtf ?? "无日期 no date") · 原文「\(written)」\(obs.former ? " · 原 former" : "")"
                    ))
            }
            lanes.append(TimelineLane(label: resolved, href: position.map { "#" + index.anchor($0.id) }, marks: marks))
            let title = position.map { link($0.id, resolved) } ?? HTMLText.escape(resolved)
            rows += "<tr><td>\(title)</td><td>\(HTMLText.escape(org))</td>"
            rows += "<td>\(HTMLText.escape(Self.writtenForms(sightings)))</td>"
            rows += Self.seenCells(sightings) + "<td>\(edge.articleCount)</td></tr>"
            rows += "<tr class=\"evrow\"><td colspan=\"7\">\(Self.evidenceDetails(items))</td></tr>"
        }
        var s = "<article class=\"card person\" id=\"\(anchor)\">"
        s += "<h3>\(HTMLText.escape(name)) <code class=\"nid\">\(HTMLText.escape(person.id))</code></h3>"
        s += timeline(lanes, caption: "\(name) 的职务时间线 career timeline")
        s += "<table class=\"holds\"><thead><tr><th>职务 Office</th><th>组织 Organisation</th><th>原文 As written</th>"
        s += "<th>首见 First seen</th><th>末见 Last seen</th><th>原任 Former</th><th>文章 Articles</th></tr></thead><tbody>"
        s += rows + "</tbody></table>"
        let attended = index.edges(from: person.id, .attended)
        if !attended.isEmpty {
            s += "<p class=\"events\">参加活动 Events: "
            s += attended.compactMap { edge -> (PartialDate?, String)? in
                guard let event = index.node(edge.target) else { return nil }
                dates.append(Self.eventDate(event))
                search.append(event.label)
                let roles = Self.roleNames(edge.properties["role"] ?? "")
                return (
                    Self.eventDate(event),
                    "\(link(event.id, event.label)) \(Self.dateText(Self.eventDate(event)))\(roles.isEmpty ? "" : "（\(HTMLText.escape(roles))）")"
                )
            }
            .sorted { ($0.0 ?? PartialDate(year: Int.max), $0.1) < ($1.0 ?? PartialDate(year: Int.max), $1.1) }
            .map(\.1).joined(separator: "；")
            s += "</p>"
        }
        s += "</article>\n"
        addFilter(id: anchor, kind: "person", text: search, dates: dates)
        return s
    }

    /// People without an office: residents, winners, reporters.
    func otherPeopleSection(_ emit: (String) -> Void) {
        let others = index.nodes(of: .person).filter { index.edges(from: $0.id, .holds).isEmpty }
        emit("<section id=\"others\"><h2>其他人物 Other people <small>\(others.count)</small></h2>")
        if others.isEmpty { emit("<p class=\"muted\">无 none</p>") }
        for person in others {
            let name = ReportIndex.name(person)
            let anchor = index.anchor(person.id)
            let events = index.edges(from: person.id, .attended).compactMap { index.node($0.target) }
            var s =
                "<article class=\"card other\" id=\"\(anchor)\"><h3>\(HTMLText.escape(name)) <code class=\"nid\">\(HTMLText.escape(person.id))</code>"
            s += " <small>\(person.articleCount) 篇 articles</small></h3>"
            if !events.isEmpty {
                s +=
                    "<p class=\"events\">参加活动 Events: " + events.map { link($0.id, $0.label) }.joined(separator: "；")
                    + "</p>"
            }
            s += evidenceDetails(person.evidence, marking: [name]) + "</article>\n"
            addFilter(
                id: anchor, kind: "other", text: [name] + events.map(\.label),
                dates: person.dates.isEmpty ? [nil] : person.dates)
            emit(s)
        }
        emit("</section>\n")
    }

    /// The resolved title of a holds edge: its own, else its position's.
    func resolvedTitle(_ edge: Edge, _ position: Node?) -> String {
        if let t = edge.properties["resolvedTitle"], !t.isEmpty { return t }
        return position.map(ReportIndex.title) ?? edge.target
    }

    /// A position's organisation: its property, else the organisation it is part of.
    func organization(_ position: Node) -> String {
        if let o = position.properties["organization"], !o.isEmpty { return o }
        return index.edges(from: position.id, .partOf).compactMap { index.node($0.target)?.label }.first ?? ""
    }

    /// The distinct titles as written, `、`-separated.
    static func writtenForms(_ sightings: [Observation]) -> String {
        Array(Set(sightings.compactMap(\.title).filter { !$0.isEmpty })).sorted().joined(separator: "、")
    }

    /// First seen, last seen and former cells.
    static func seenCells(_ sightings: [Observation]) -> String {
        let dates = sightings.compactMap(\.date).sorted()
        let formers = sightings.filter(\.former).count
        let former = formers == 0 ? "" : formers == sightings.count ? "原 former" : "部分为原 partly former"
        return "<td>\(dateText(dates.first))</td><td>\(dateText(dates.last))</td><td>\(former)</td>"
    }

    /// Chinese names of attendance roles (`attended,spoke` → `出席、讲话`).
    static func roleNames(_ raw: String) -> String {
        raw.split(separator: ",").map { role -> String in
            switch role {
            case "attended": return "出席"
            case "presided": return "主持"
            case "spoke": return "讲话"
            case "addressed": return "致辞"
            case "onStage": return "上台"
            case "signed": return "签约"
            case "participated": return "参与"
            default: return String(role)
            }
        }.joined(separator: "、")
    }
}
