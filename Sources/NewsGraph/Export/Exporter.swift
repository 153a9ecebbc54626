import Foundation

/// Writes a graph in several formats at once, each file atomically: what `newsgraph build --export` calls.
public enum Exporter {
    /// Writes `graph` as each of `formats` into `directory`, named after `baseName`.
    ///
    /// Single-file formats go to `DIR/BASE.graphml`, `DIR/BASE.gexf`, `DIR/BASE.jsonld`;
    /// CSV goes to the folder `DIR/BASE-csv/` (`nodes.csv`, `edges.csv`,
    /// `neo4j-nodes.csv`, `neo4j-edges.csv`). Returns the paths written, in order.
    /// JSON-LD IRIs start with `base`.
    @discardableResult
    public static func write(
        _ graph: KnowledgeGraph, formats: [ExportFormat], directory: String, baseName: String,
        base: String = IRIEncoder.defaultBase
    ) throws -> [String] {
        try GraphValidator.validate(graph, file: baseName)
        try ExportPaths.makeDirectory(directory)
        var written: [String] = []
        for format in Set(formats).sorted() {
            if format == .csv {
                written += try CSVWriter().write(graph, toDirectory: ExportPaths.join(directory, baseName + "-csv"))
            } else {
                let path = ExportPaths.join(directory, baseName + "." + format.fileExtension)
                try writeFile(graph, format: format, to: path, base: base)
                written.append(path)
            }
        }
        return written
    }

    /// Writes the exports beside a graph file: `DIR/X.graph.json` (or `DIR/X.json`) gives
    /// `DIR/X.graphml`, `DIR/X.gexf`, `DIR/X.jsonld` and `DIR/X-csv/`. Returns the paths written.
    @discardableResult
    public static func write(
        _ graph: KnowledgeGraph, formats: [ExportFormat], besideGraph graphPath: String,
        base: String = IRIEncoder.defaultBase
    ) throws -> [String] {
        try GraphValidator.validate(graph, file: graphPath)
        let (directory, baseName) = exportLocation(besideGraph: graphPath)
        return try write(graph, formats: formats, directory: directory, baseName: baseName, base: base)
    }

    /// The folder and base name of the exports beside `graphPath` (`.graph.json`, then `.json`, stripped).
    public static func exportLocation(besideGraph graphPath: String) -> (directory: String, baseName: String) {
        let url = URL(fileURLWithPath: graphPath)
        var name = url.lastPathComponent
        for suffix in [".graph.json", ".json"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name = String(name.dropLast(suffix.count))
            break
        }
        let dir = (graphPath as NSString).deletingLastPathComponent
        return (dir.isEmpty ? "." : dir, name)
    }

    /// Writes one single-file format (`graphml`, `gexf`, `jsonld`) to `path` atomically.
    public static func writeFile(
        _ graph: KnowledgeGraph, format: ExportFormat, to path: String, base: String = IRIEncoder.defaultBase
    ) throws {
        switch format {
        case .graphml:
            try StreamingFileWriter.write(to: path) { try GraphMLWriter().write(graph, to: $0) }
        case .gexf:
            try StreamingFileWriter.write(to: path) { try GEXFWriter().write(graph, to: $0) }
        case .jsonld:
            let writer = try JSONLDWriter(base: base)
            try StreamingFileWriter.write(to: path) { try writer.write(graph, to: $0) }
        case .csv:
            throw NewsGraphError.usage("csv writes a folder of files; use Exporter.write or CSVWriter")
        }
    }
}
