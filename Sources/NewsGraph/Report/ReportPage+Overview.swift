/// The overview: articles, date range, counts by type, busiest events, most-connected people.
extension ReportPage {
    func overview() -> String {
        let graph = index.graph
        let articleNodes = graph.nodes.filter { $0.type == .article }.count
        var evidenceArticles: Set<String> = []
        var files: Set<String> = []
        var allDates: [PartialDate] = []
        for n in graph.nodes {
            allDates += n.dates
            for e in n.evidence {
                evidenceArticles.insert(e.article)
                files.insert(e.file)
            }
        }
        for e in graph.edges {
            allDates += e.dates
            allDates += e.observations.compactMap(\.date)
        }
        let articles = max(articleNodes, evidenceArticles.count)
        var s = "<section id=\"overview\"><h2>概览 Overview</h2><dl class=\"stats\">"
        s += "<div><dt>文章 Articles</dt><dd>\(articles)</dd></div>"
        s += "<div><dt>文件 Files</dt><dd>\(files.count)</dd></div>"
        s += "<div><dt>日期范围 Date range</dt><dd>\(dateRange(allDates))</dd></div>"
        s += "<div><dt>审计发现 Findings</dt><dd><a href=\"#audit\">\(findings.count)</a></dd></div>"
        s += "</dl>"

        // Counts by type as two compact lines, so the overview leaves room for the timelines.
        s += "<p class=\"counts\"><span class=\"cl\">节点 Nodes</span>"
        for type in NodeType.allCases.sorted() {
            s += " <span>\(Self.typeName(type)) <b>\(graph.nodes.filter { $0.type == type }.count)</b></span>"
        }
        s += "</p><p class=\"counts\"><span class=\"cl\">关系 Edges</span>"
        for type in EdgeType.allCases.sorted() {
            s += " <span>\(HTMLText.escape(type.rawValue)) <b>\(graph.edges.filter { $0.type == type }.count)</b></span>"
        }
        s += "</p>"

        let events = index.nodes(of: .event).map { ($0, index.edges(to: $0.id, .attended).count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.label, $0.0.id) < ($1.0.label, $1.0.id) }
            .prefix(10)
        s += "<div class=\"cols\"><div><h3>参会最多的活动 Busiest events</h3>"
        s += events.isEmpty ? "<p class=\"muted\">无 none</p>" : "<ol class=\"top\">"
        for (event, n) in events {
            s += "<li>\(link(event.id, event.label)) \(Self.dateText(Self.eventDate(event))) · \(n) 人 attendees</li>"
        }
        if !events.isEmpty { s += "</ol>" }
        let people = index.nodes(of: .person).map { ($0, index.degree($0.id)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.label, $0.0.id) < ($1.0.label, $1.0.id) }
            .prefix(10)
        s += "</div><div><h3>关联最多的人物 Most-connected people</h3>"
        s += people.isEmpty ? "<p class=\"muted\">无 none</p>" : "<ol class=\"top\">"
        for (person, n) in people {
            s +=
                "<li>\(link(person.id, ReportIndex.name(person))) · \(n) 个关联 links · \(person.articleCount) 篇 articles</li>"
        }
        if !people.isEmpty { s += "</ol>" }
        s += "</div></div></section>\n"
        return s
    }

    /// `first – last` of the dates with a year, and separately those without one.
    func dateRange(_ dates: [PartialDate]) -> String {
        let full = dates.filter { $0.year != nil }.sorted()
        let partial = dates.filter { $0.year == nil }.sorted()
        var parts: [String] = []
        if let a = full.first, let b = full.last {
            parts.append(a == b ? Self.dateText(a) : "\(Self.dateText(a)) – \(Self.dateText(b))")
        }
        if let a = partial.first, let b = partial.last {
            let range = a == b ? Self.dateText(a) : "\(Self.dateText(a)) – \(Self.dateText(b))"
            parts.append("年份不详 year unknown: \(range)（\(Set(partial).count) 个日期 dates）")
        }
        return parts.isEmpty ? "—" : parts.joined(separator: "；")
    }

    /// The event's date: its `date` property, else its first observed date.
    static func eventDate(_ event: Node) -> PartialDate? {
        event.properties["date"].flatMap(PartialDate.init(edtf:)) ?? event.dates.first
    }

    static func typeName(_ type: NodeType) -> String {
        switch type {
        case .person: return "人物 Person"
        case .position: return "职务 Position"
        case .organization: return "组织 Organization"
        case .place: return "地点 Place"
        case .event: return "活动 Event"
        case .article: return "文章 Article"
        }
    }
}
