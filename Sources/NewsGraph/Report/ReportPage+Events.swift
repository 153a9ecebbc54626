/// Events: date, place, organiser, and each attendee with roles, the offices they were
/// seen holding at that date, and the sentence that says they were there.
extension ReportPage {
    func eventsSection(_ emit: (String) -> Void) {
        let events = index.nodes(of: .event).sorted {
            let a = Self.eventDate($0) ?? PartialDate(year: Int.max)
            let b = Self.eventDate($1) ?? PartialDate(year: Int.max)
            return a != b ? a < b : ($0.label, $0.id) < ($1.label, $1.id)
        }
        emit(
            "<section id=\"events\"><h2>活动 Events <small>\(events.count)</small></h2>"
                + (events.isEmpty ? "<p class=\"muted\">无 none</p>" : ""))
        for event in events { emit(eventCard(event)) }
        emit("</section>\n")
    }

    private func eventCard(_ event: Node) -> String {
        let anchor = index.anchor(event.id)
        let date = Self.eventDate(event)
        let place =
            event.properties["place"].flatMap { $0.isEmpty ? nil : $0 }
            ?? index.edges(from: event.id, .heldIn).compactMap { index.node($0.target)?.label }.first
        let organisers = index.edges(from: event.id, .organizedBy).compactMap { index.node($0.target)?.label }
        var facts = ["日期 date: " + Self.dateText(date)]
        if let place { facts.append("地点 place: " + HTMLText.escape(place)) }
        if let noun = event.properties["noun"], !noun.isEmpty { facts.append("类型 kind: " + HTMLText.escape(noun)) }
        if !organisers.isEmpty { facts.append("主办 organiser: " + HTMLText.escape(organisers.joined(separator: "、"))) }
        var search = [event.label, place ?? "", event.properties["noun"] ?? ""] + organisers

        let attendance = index.edges(to: event.id, .attended).compactMap { edge -> (Edge, Node)? in
            index.node(edge.source).map { (edge, $0) }
        }.sorted { (ReportIndex.name($0.1), $0.1.id) < (ReportIndex.name($1.1), $1.1.id) }
        var rows = ""
        for (edge, person) in attendance {
            let name = ReportIndex.name(person)
            search.append(name)
            let sightings = ReportIndex.sightings(edge)
            let roles = Self.roleNames(
                edge.properties["role"] ?? Array(Set(sightings.compactMap(\.role))).sorted().joined(separator: ","))
            let offices = officesAt(person, date: date, articles: Set(sightings.map(\.evidence.article)))
            let items = sightings.map { obs in
                evidenceItem(
                    obs.evidence, id: nextEvidenceID(), marking: [name, event.label],
                    note: Self.roleNames(obs.role ?? ""))
            }
            rows += "<tr><td>\(link(person.id, name))</td><td>\(HTMLText.escape(roles))</td><td>\(offices)</td></tr>"
            rows += "<tr class=\"evrow\"><td colspan=\"3\">\(Self.evidenceDetails(items))</td></tr>"
        }
        var s = "<article class=\"card event\" id=\"\(anchor)\">"
        s += "<h3 title=\"\(HTMLText.escape(event.id))\">\(HTMLText.escape(event.label))</h3>"
        s += "<p class=\"sub\">" + facts.joined(separator: " · ") + "</p>"
        if attendance.isEmpty {
            s += "<p class=\"muted\">未记录参会者 no attendee recorded</p>"
        } else {
            s +=
                "<table class=\"attendees\"><thead><tr><th>参会者 Attendee</th><th>角色 Role</th><th>当时职务 Offices at that date</th></tr></thead><tbody>"
            s += rows + "</tbody></table>"
        }
        s += "<div class=\"event-ev\"><span class=\"muted\">活动出处 where the event is announced</span>"
        s += evidenceDetails(event.evidence, marking: [event.label, event.properties["noun"] ?? ""]) + "</div>"
        s += "</article>\n"
        addFilter(id: anchor, kind: "event", text: search, dates: [date])
        return s
    }

    /// The offices `person` was seen holding on `date`, or in the articles that report the
    /// attendance; linked, with `原` for former sightings.
    private func officesAt(_ person: Node, date: PartialDate?, articles: Set<String>) -> String {
        var seen: Set<String> = []
        var parts: [(String, String)] = []
        for edge in index.edges(from: person.id, .holds) {
            let position = index.node(edge.target)
            let resolved = resolvedTitle(edge, position)
            for obs in ReportIndex.sightings(edge) {
                let sameDate = date != nil && obs.date == date
                guard sameDate || articles.contains(obs.evidence.article) else { continue }
                let key = resolved + (obs.former ? "\u{1}" : "")
                guard seen.insert(key).inserted else { continue }
                let text =
                    (obs.former ? "原 " : "") + (position.map { link($0.id, resolved) } ?? HTMLText.escape(resolved))
                parts.append((key, text))
            }
        }
        return parts.isEmpty
            ? "<span class=\"muted\">—</span>" : parts.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: "；")
    }
}
