/// Writes a graph as GEXF 1.3, Gephi's native format, with colours, sizes and a timeline.
///
/// The graph is `mode="dynamic"` with `timeformat="date"`: offices held (`holds`) and
/// events attended (`attended`), and event nodes, carry `<spells>` built from their
/// observation dates (see `DateSpell`), so Gephi's timeline plays careers and
/// attendance. Each person–position pair is one edge carrying all its spells (Gephi
/// merges parallel edges), overlapping spells are merged, every spell has a start
/// and an end. Sightings of a former office (`原副市长`) say the office was held
/// *before* that date, so they make no spell and are listed in `formerObservations`;
/// dates without a year are listed in `undatedObservations`. An element with no
/// spell at all stays static (always visible). Labels are `xsd:token`s (whitespace
/// collapsed); when that changes a label the exact text is kept in `fullLabel`.
public struct GEXFWriter: Sendable {
    public init() {}

    /// Attribute ids Gephi or GEXF use for built-in columns; graph property keys with these names get a `property.` prefix.
    static let reservedNames: Set<String> = ["id", "label", "weight", "kind", "timeset", "interval", "start", "end"]

    /// Node attributes written before the graph's own property keys.
    static let nodeFixedAttributes: [(id: String, type: String)] = [
        ("type", "string"), ("fullLabel", "string"), ("dates", "string"), ("articleCount", "integer"),
        ("degree", "integer"), ("spellPrecision", "string"), ("undatedObservations", "string"),
    ]
    /// Edge attributes written before the graph's own property keys.
    static let edgeFixedAttributes: [(id: String, type: String)] = [
        ("relation", "string"), ("fullLabel", "string"), ("dates", "string"), ("articleCount", "integer"),
        ("observationCount", "integer"), ("spellPrecision", "string"), ("undatedObservations", "string"),
        ("formerObservations", "string"),
    ]

    /// Streams `graph` as GEXF 1.3 into `output` (not flushed).
    public func write(_ graph: KnowledgeGraph, to output: ExportOutput) throws {
        try write(graph, ExportIndex(graph, file: "graph", timeline: true), to: output)
    }

    /// Streams `source`, whose `index` is built with its `timeline`, as GEXF 1.3 into `output` (not flushed).
    func write(_ source: some ExportSource, _ index: ExportIndex, to output: ExportOutput) throws {
        let nodeProps = propertyIds(index.nodePropertyKeys, fixed: Self.nodeFixedAttributes.map(\.id))
        let edgeProps = propertyIds(index.edgePropertyKeys, fixed: Self.edgeFixedAttributes.map(\.id))
        // Timeline bounds: learnt by the index's pass, so the graph element can state them up front.
        let (first, last) = (index.timelineStart, index.timelineEnd)

        try output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        try output.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n")
        try output.write("  <meta>\n    <creator>NewsGraph</creator>\n")
        try output.write(
            "    <description>People, offices, organisations, places and events from local news, with evidence</description>\n"
        )
        try output.write("  </meta>\n")
        var graphOpen = "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\""
        if let first, let last { graphOpen += " start=\"\(first.iso)\" end=\"\(last.iso)\"" }
        try output.write(graphOpen + ">\n")

        try output.write("    <attributes class=\"node\" mode=\"static\">\n")
        for a in Self.nodeFixedAttributes { try attribute(output, a.id, a.type) }
        for p in nodeProps { try attribute(output, p.id, "string") }
        try output.write("    </attributes>\n")
        try output.write("    <attributes class=\"edge\" mode=\"static\">\n")
        for a in Self.edgeFixedAttributes { try attribute(output, a.id, a.type) }
        for p in edgeProps { try attribute(output, p.id, "string") }
        try output.write("    </attributes>\n")

        try output.write("    <nodes count=\"\(index.nodeCount)\">\n")
        var i = 0
        try source.forEachNode { n, articleCount, _ in
            let degree = Int(index.degree[i])
            i += 1
            let style = NodeStyle(type: n.type, degree: degree)
            let label = XMLText.token(n.label)
            try output.write("      <node id=\"\(XMLText.escape(n.id))\" label=\"\(XMLText.escape(label))\">\n")
            let timeline = n.type == .event ? DateSpell.spells(for: n.dates) : (spells: [], undated: [])
            var values: [(String, String)] = [("type", n.type.rawValue)]
            if label != XMLText.clean(n.label) { values.append(("fullLabel", n.label)) }
            if !n.dates.isEmpty { values.append(("dates", ExportLabels.dates(n.dates))) }
            values.append(("articleCount", String(articleCount)))
            values.append(("degree", String(degree)))
            if !timeline.spells.isEmpty { values.append(("spellPrecision", Self.precisions(timeline.spells))) }
            if !timeline.undated.isEmpty { values.append(("undatedObservations", ExportLabels.dates(timeline.undated))) }
            for p in nodeProps { if let v = n.properties[p.key] { values.append((p.id, v)) } }
            try attvalues(output, values, indent: "        ")
            try spells(output, timeline.spells, indent: "        ")
            try output.write(
                "        <viz:color r=\"\(style.red)\" g=\"\(style.green)\" b=\"\(style.blue)\"/>\n"
                    + "        <viz:size value=\"\(ExportLabels.decimal(style.size))\"/>\n      </node>\n")
        }
        try output.write("    </nodes>\n")

        try output.write("    <edges count=\"\(index.edgeCount)\">\n")
        try source.forEachEdge { e, articleCount, _ in
            let fullLabel = ExportLabels.edgeLabel(e)
            let label = XMLText.token(fullLabel)
            try output.write(
                "      <edge id=\"\(XMLText.escape(e.id))\" source=\"\(XMLText.escape(e.source))\" "
                    + "target=\"\(XMLText.escape(e.target))\" kind=\"\(e.type.rawValue)\" "
                    + "label=\"\(XMLText.escape(label))\" "
                    + "weight=\"\(ExportLabels.decimal(Double(articleCount)))\">\n")
            let timeline = Self.timeline(of: e)
            var values: [(String, String)] = [("relation", e.type.rawValue)]
            if label != XMLText.clean(fullLabel) { values.append(("fullLabel", fullLabel)) }
            if !e.dates.isEmpty { values.append(("dates", ExportLabels.dates(e.dates))) }
            values.append(("articleCount", String(articleCount)))
            values.append(("observationCount", String(e.observations.count)))
            if !timeline.spells.isEmpty { values.append(("spellPrecision", Self.precisions(timeline.spells))) }
            if !timeline.undated.isEmpty { values.append(("undatedObservations", ExportLabels.dates(timeline.undated))) }
            if !timeline.former.isEmpty { values.append(("formerObservations", ExportLabels.dates(timeline.former))) }
            for p in edgeProps { if let v = e.properties[p.key] { values.append((p.id, v)) } }
            try attvalues(output, values, indent: "        ")
            try spells(output, timeline.spells, indent: "        ")
            try output.write("      </edge>\n")
        }
        try output.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// The spells of a `holds` or `attended` edge, the dates that gave none, and (holds) the former-office dates.
    static func timeline(of e: Edge) -> (spells: [DateSpell], undated: [PartialDate], former: [PartialDate]) {
        guard e.type == .holds || e.type == .attended else { return ([], [], []) }
        var current: [PartialDate] = []
        var former: [PartialDate] = []
        if e.observations.isEmpty {
            current = e.dates
        } else {
            for o in e.observations {
                guard let d = o.date else { continue }
                if e.type == .holds && o.former { former.append(d) } else { current.append(d) }
            }
        }
        let t = DateSpell.spells(for: current)
        return (t.spells, t.undated, Array(Set(former)).sorted())
    }

    /// One precision per spell, in spell order, joined by `;` (`day;year`).
    static func precisions(_ spells: [DateSpell]) -> String {
        spells.map(\.precision.rawValue).joined(separator: ";")
    }

    private func propertyIds(_ keys: [String], fixed: [String]) -> [(key: String, id: String)] {
        let taken = Set(fixed).union(Self.reservedNames)
        return keys.map { k in (k, taken.contains(k) ? "property." + k : k) }
    }

    private func attribute(_ out: ExportOutput, _ id: String, _ type: String) throws {
        let e = XMLText.escape(id)
        try out.write("      <attribute id=\"\(e)\" title=\"\(e)\" type=\"\(type)\"/>\n")
    }

    private func attvalues(_ out: ExportOutput, _ values: [(String, String)], indent: String) throws {
        try out.write(indent + "<attvalues>\n")
        for (k, v) in values {
            try out.write(indent + "  <attvalue for=\"\(XMLText.escape(k))\" value=\"\(XMLText.escape(v))\"/>\n")
        }
        try out.write(indent + "</attvalues>\n")
    }

    private func spells(_ out: ExportOutput, _ spells: [DateSpell], indent: String) throws {
        guard !spells.isEmpty else { return }
        try out.write(indent + "<spells>\n")
        for s in spells {
            try out.write(indent + "  <spell start=\"\(s.start.iso)\" end=\"\(s.end.iso)\"/>\n")
        }
        try out.write(indent + "</spells>\n")
    }
}
