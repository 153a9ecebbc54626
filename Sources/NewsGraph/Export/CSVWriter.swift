/// Writes a graph as CSV for Gephi's spreadsheet importer and for Neo4j's bulk importer.
///
/// Four files, all RFC 4180 (comma, CRLF, `"` quoting, UTF-8 without BOM):
/// - `nodes.csv`: `Id,Label,type,…` and `edges.csv`: `Source,Target,Type,Id,Label,Weight,relation,…`
///   as Gephi's "Import spreadsheet" expects (`Type` is the edge direction, `Directed`;
///   the relation is in `relation`);
/// - `neo4j-nodes.csv`: `id:ID,:LABEL,name,…` and `neo4j-edges.csv`:
///   `:START_ID,:END_ID,:TYPE,…` for `neo4j-admin database import` (relationship
///   types in upper snake case, `HOLDS`, `PART_OF`).
///
/// Text cells that a spreadsheet would run as a formula get a leading `'` (see
/// `CSVText.text`). Evidence is not in the CSV files; it is in the native graph and
/// the JSON-LD export.
public struct CSVWriter: Sendable {
    public init() {}

    /// File names the writer produces, in writing order.
    public static let fileNames = ["nodes.csv", "edges.csv", "neo4j-nodes.csv", "neo4j-edges.csv"]

    /// Writes the four files into `directory` (created if missing), each atomically.
    public func write(_ graph: KnowledgeGraph, toDirectory directory: String) throws -> [String] {
        try write(graph, ExportIndex(graph, file: "graph"), toDirectory: directory)
    }

    /// Writes the four files of `source`, whose `index` is built, into `directory` (created if missing), each atomically.
    func write(_ source: some ExportSource, _ index: ExportIndex, toDirectory directory: String) throws -> [String] {
        try ExportPaths.makeDirectory(directory)
        var written: [String] = []
        for name in Self.fileNames {
            let path = ExportPaths.join(directory, name)
            try StreamingFileWriter.write(to: path) { out in
                switch name {
                case "nodes.csv": try writeGephiNodes(source, index, to: out)
                case "edges.csv": try writeGephiEdges(source, index, to: out)
                case "neo4j-nodes.csv": try writeNeo4jNodes(source, index, to: out)
                default: try writeNeo4jEdges(source, index, to: out)
                }
            }
            written.append(path)
        }
        return written
    }

    /// Gephi node table: `Id,Label,type,dates,articleCount,degree` and one column per property key.
    public func writeGephiNodes(_ graph: KnowledgeGraph, to out: ExportOutput) throws {
        try writeGephiNodes(graph, ExportIndex(graph, file: "graph"), to: out)
    }

    /// Gephi edge table: `Source,Target,Type,Id,Label,Weight,relation,dates,articleCount,observationCount` and property columns.
    public func writeGephiEdges(_ graph: KnowledgeGraph, to out: ExportOutput) throws {
        try writeGephiEdges(graph, ExportIndex(graph, file: "graph"), to: out)
    }

    /// Neo4j node file: `id:ID,:LABEL,name,dates,articleCount:int,degree:int` and property columns.
    public func writeNeo4jNodes(_ graph: KnowledgeGraph, to out: ExportOutput) throws {
        try writeNeo4jNodes(graph, ExportIndex(graph, file: "graph"), to: out)
    }

    /// Neo4j relationship file: `:START_ID,:END_ID,:TYPE,id,label,weight:double,dates,articleCount:int,observationCount:int` and property columns.
    public func writeNeo4jEdges(_ graph: KnowledgeGraph, to out: ExportOutput) throws {
        try writeNeo4jEdges(graph, ExportIndex(graph, file: "graph"), to: out)
    }

    /// The Neo4j relationship type of an edge type: `partOf` → `PART_OF`.
    public static func neo4jType(_ t: EdgeType) -> String {
        var s = ""
        for u in t.rawValue.unicodeScalars {
            if u.properties.isUppercase { s += "_" }
            s += String(u).uppercased()
        }
        return s
    }

    // MARK: tables

    private func propertyColumns(_ keys: [String], reserved: Set<String>) -> [(key: String, header: String)] {
        keys.map { k in (k, reserved.contains(k.lowercased()) ? "property." + k : k) }
    }

    private func writeGephiNodes(_ source: some ExportSource, _ index: ExportIndex, to out: ExportOutput) throws {
        let props = propertyColumns(index.nodePropertyKeys, reserved: ["id", "label", "type", "dates", "articlecount", "degree"])
        try out.write(
            CSVText.row(["Id", "Label", "type", "dates", "articleCount", "degree"] + props.map { CSVText.text($0.header) }))
        var i = 0
        try source.forEachNode { n, articleCount, _ in
            let degree = index.degree[i]
            i += 1
            var cells = [
                CSVText.text(n.id), CSVText.text(n.label), n.type.rawValue, CSVText.text(ExportLabels.dates(n.dates)),
                String(articleCount), String(degree),
            ]
            for p in props { cells.append(CSVText.text(n.properties[p.key] ?? "")) }
            try out.write(CSVText.row(cells))
        }
    }

    private func writeGephiEdges(_ source: some ExportSource, _ index: ExportIndex, to out: ExportOutput) throws {
        let fixed = [
            "Source", "Target", "Type", "Id", "Label", "Weight", "relation", "dates", "articleCount", "observationCount",
        ]
        let props = propertyColumns(index.edgePropertyKeys, reserved: Set(fixed.map { $0.lowercased() }))
        try out.write(CSVText.row(fixed + props.map { CSVText.text($0.header) }))
        try source.forEachEdge { e, articleCount, _ in
            var cells = [
                CSVText.text(e.source), CSVText.text(e.target), "Directed", CSVText.text(e.id),
                CSVText.text(ExportLabels.edgeLabel(e)), ExportLabels.decimal(Double(articleCount)),
                e.type.rawValue, CSVText.text(ExportLabels.dates(e.dates)), String(articleCount),
                String(e.observations.count),
            ]
            for p in props { cells.append(CSVText.text(e.properties[p.key] ?? "")) }
            try out.write(CSVText.row(cells))
        }
    }

    private func writeNeo4jNodes(_ source: some ExportSource, _ index: ExportIndex, to out: ExportOutput) throws {
        let props = propertyColumns(index.nodePropertyKeys, reserved: ["id", "name", "dates", "articlecount", "degree"])
        try out.write(
            CSVText.row(
                ["id:ID", ":LABEL", "name", "dates", "articleCount:int", "degree:int"] + props.map { CSVText.text($0.header) }))
        var i = 0
        try source.forEachNode { n, articleCount, _ in
            let degree = index.degree[i]
            i += 1
            var cells = [
                CSVText.text(n.id), n.type.rawValue, CSVText.text(n.label), CSVText.text(ExportLabels.dates(n.dates)),
                String(articleCount), String(degree),
            ]
            for p in props { cells.append(CSVText.text(n.properties[p.key] ?? "")) }
            try out.write(CSVText.row(cells))
        }
    }

    private func writeNeo4jEdges(_ source: some ExportSource, _ index: ExportIndex, to out: ExportOutput) throws {
        let fixed = [
            ":START_ID", ":END_ID", ":TYPE", "id", "label", "weight:double", "dates", "articleCount:int", "observationCount:int",
        ]
        let props = propertyColumns(
            index.edgePropertyKeys, reserved: ["id", "label", "weight", "dates", "articlecount", "observationcount"])
        try out.write(CSVText.row(fixed + props.map { CSVText.text($0.header) }))
        try source.forEachEdge { e, articleCount, _ in
            var cells = [
                CSVText.text(e.source), CSVText.text(e.target), Self.neo4jType(e.type), CSVText.text(e.id),
                CSVText.text(ExportLabels.edgeLabel(e)), ExportLabels.decimal(Double(articleCount)),
                CSVText.text(ExportLabels.dates(e.dates)), String(articleCount), String(e.observations.count),
            ]
            for p in props { cells.append(CSVText.text(e.properties[p.key] ?? "")) }
            try out.write(CSVText.row(cells))
        }
    }
}
