/// Writes a graph as GraphML for Gephi, networkx, igraph and yEd.
///
/// What the tools need, and why the file looks as it does:
/// - every `<key>` is typed and declared `for="node"` or `for="edge"` (Gephi ignores
///   its special keys declared `for="all"`); `attr.name` is what tools show;
/// - `edgedefault="directed"` is explicit; all nodes come before all edges;
/// - ids are GraphML `NMTOKEN`s, so native ids are encoded (see `XMLText.nmtoken`)
///   and also kept verbatim in the `nid` (nodes) and `eid` (edges) data fields;
/// - Gephi's `r`/`g`/`b` (int) and `size` (float) give a coloured first open;
/// - characters XML 1.0 forbids are removed, `& < > " '` escaped.
///
/// Output is streamed node by node into an `ExportOutput` and is deterministic:
/// nodes and edges in graph order (sorted by id), keys in a fixed order.
public struct GraphMLWriter: Sendable {
    public init() {}

    /// Data keys written for every node, before the graph's own property keys.
    static let nodeFixedKeys: [(name: String, type: String)] = [
        ("label", "string"), ("type", "string"), ("nid", "string"), ("dates", "string"),
        ("articleCount", "int"), ("degree", "int"),
        ("r", "int"), ("g", "int"), ("b", "int"), ("size", "float"),
    ]
    /// Data keys written for every edge, before the graph's own property keys.
    static let edgeFixedKeys: [(name: String, type: String)] = [
        ("label", "string"), ("type", "string"), ("eid", "string"), ("weight", "double"),
        ("dates", "string"), ("articleCount", "int"), ("observationCount", "int"),
    ]

    /// Streams `graph` as GraphML into `output` (not flushed).
    public func write(_ graph: KnowledgeGraph, to output: ExportOutput) throws {
        try write(graph, ExportIndex(graph, file: "graph"), to: output)
    }

    /// Streams `source`, whose `index` is built, as GraphML into `output` (not flushed).
    func write(_ source: some ExportSource, _ index: ExportIndex, to output: ExportOutput) throws {
        let nodeProps = Self.propertyNames(index.nodePropertyKeys, reserved: Self.nodeFixedKeys.map(\.name) + ["id"])
        let edgeProps = Self.propertyNames(index.edgePropertyKeys, reserved: Self.edgeFixedKeys.map(\.name) + ["id"])

        try output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        try output.write(
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for k in Self.nodeFixedKeys { try key(output, "n_" + k.name, "node", k.name, k.type) }
        for p in nodeProps { try key(output, "n_p_" + p.name, "node", p.name, "string") }
        for k in Self.edgeFixedKeys { try key(output, "e_" + k.name, "edge", k.name, k.type) }
        for p in edgeProps { try key(output, "e_p_" + p.name, "edge", p.name, "string") }
        try output.write("  <graph id=\"G\" edgedefault=\"directed\">\n")

        var i = 0
        try source.forEachNode { n, articleCount, _ in
            let degree = Int(index.degree[i])
            i += 1
            let style = NodeStyle(type: n.type, degree: degree)
            try output.write("    <node id=\"\(XMLText.nmtoken(n.id))\">\n")
            try data(output, "n_label", n.label)
            try data(output, "n_type", n.type.rawValue)
            try data(output, "n_nid", n.id)
            if !n.dates.isEmpty { try data(output, "n_dates", ExportLabels.dates(n.dates)) }
            try data(output, "n_articleCount", String(articleCount))
            try data(output, "n_degree", String(degree))
            try data(output, "n_r", String(style.red))
            try data(output, "n_g", String(style.green))
            try data(output, "n_b", String(style.blue))
            try data(output, "n_size", ExportLabels.decimal(style.size))
            for p in nodeProps {
                if let v = n.properties[p.key] { try data(output, "n_p_" + p.name, v) }
            }
            try output.write("    </node>\n")
        }
        try source.forEachEdge { e, articleCount, _ in
            try output.write(
                "    <edge id=\"\(XMLText.nmtoken(e.id))\" source=\"\(XMLText.nmtoken(e.source))\" "
                    + "target=\"\(XMLText.nmtoken(e.target))\">\n")
            try data(output, "e_label", ExportLabels.edgeLabel(e))
            try data(output, "e_type", e.type.rawValue)
            try data(output, "e_eid", e.id)
            try data(output, "e_weight", ExportLabels.decimal(Double(articleCount)))
            if !e.dates.isEmpty { try data(output, "e_dates", ExportLabels.dates(e.dates)) }
            try data(output, "e_articleCount", String(articleCount))
            try data(output, "e_observationCount", String(e.observations.count))
            for p in edgeProps {
                if let v = e.properties[p.key] { try data(output, "e_p_" + p.name, v) }
            }
            try output.write("    </edge>\n")
        }
        try output.write("  </graph>\n</graphml>\n")
    }

    /// Attribute names for the graph's property keys: NMTOKEN-safe, prefixed `property.` if a fixed key has the name.
    static func propertyNames(_ keys: [String], reserved: [String]) -> [(key: String, name: String)] {
        let taken = Set(reserved)
        return keys.map { k in
            let n = XMLText.nmtoken(k)
            return (k, taken.contains(n) ? "property." + n : n)
        }
    }

    private func key(_ out: ExportOutput, _ id: String, _ domain: String, _ name: String, _ type: String) throws {
        try out.write("  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n")
    }

    private func data(_ out: ExportOutput, _ key: String, _ value: String) throws {
        try out.write("      <data key=\"\(key)\">\(XMLText.escape(value))</data>\n")
    }
}
