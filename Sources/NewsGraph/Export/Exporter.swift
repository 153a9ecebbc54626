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

    /// Writes one single-file format (`graphml`, `gexf`, `jsonld`) to `path` atomically.
    public static func writeFile(_ graph: KnowledgeGraph, format: ExportFormat, to path: String, base: String = IRIEncoder.defaultBase) throws {
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
