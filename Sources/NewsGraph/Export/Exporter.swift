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
        try write(graph, file: baseName, formats: formats, directory: directory, baseName: baseName, base: base)
    }

    /// Writes the graph in the file `graphFile` as each of `formats` into `directory`, named after
    /// `baseName` (as `write(_:formats:directory:baseName:base:)` names them), reading the file as a
    /// stream: memory stays bounded by per-node tables whatever the size of the graph
    /// (see `GraphFileExportSource`). Returns the paths written, in order.
    @discardableResult
    public static func write(
        graphFile: String, formats: [ExportFormat], directory: String, baseName: String,
        base: String = IRIEncoder.defaultBase
    ) throws -> [String] {
        try write(
            GraphFileExportSource(path: graphFile), file: graphFile, formats: formats, directory: directory,
            baseName: baseName, base: base)
    }

    /// Writes the exports of the graph file `graphPath` beside it, reading it as a stream (see
    /// `write(graphFile:formats:directory:baseName:base:)` and `exportLocation(besideGraph:)`).
    @discardableResult
    public static func write(
        besideGraphFile graphPath: String, formats: [ExportFormat], base: String = IRIEncoder.defaultBase
    ) throws -> [String] {
        let (directory, baseName) = exportLocation(besideGraph: graphPath)
        return try write(graphFile: graphPath, formats: formats, directory: directory, baseName: baseName, base: base)
    }

    /// Writes one format of the graph file `graphFile` to `path` atomically, reading the file as a
    /// stream; `path` is a folder for CSV (its four files), a file otherwise. Returns the paths written.
    @discardableResult
    public static func write(
        graphFile: String, format: ExportFormat, to path: String, base: String = IRIEncoder.defaultBase
    ) throws -> [String] {
        let source = try GraphFileExportSource(path: graphFile)
        let index = try self.index(source, file: graphFile, formats: [format])
        if format == .csv { return try CSVWriter().write(source, index, toDirectory: path) }
        let jsonld = format == .jsonld ? try JSONLDWriter(base: base) : nil
        try StreamingFileWriter.write(to: path) { try write(source, index, format: format, jsonld: jsonld, to: $0) }
        return [path]
    }

    /// Streams one single-file format (`graphml`, `gexf`, `jsonld`) of the graph file `graphFile`
    /// into `output` (not flushed): for standard output.
    public static func write(
        graphFile: String, format: ExportFormat, to output: ExportOutput, base: String = IRIEncoder.defaultBase
    ) throws {
        guard format != .csv else {
            throw NewsGraphError.usage("csv writes a folder of files; use Exporter.write(graphFile:format:to:) with a folder")
        }
        let jsonld = format == .jsonld ? try JSONLDWriter(base: base) : nil
        let source = try GraphFileExportSource(path: graphFile)
        try write(source, try index(source, file: graphFile, formats: [format]), format: format, jsonld: jsonld, to: output)
    }

    /// The one algorithm behind every entry point: one pass to build (and check) the index all
    /// `formats` need, then one writer per format, each file written atomically.
    private static func write(
        _ source: some ExportSource, file: String, formats: [ExportFormat], directory: String, baseName: String,
        base: String
    ) throws -> [String] {
        let jsonld = formats.contains(.jsonld) ? try JSONLDWriter(base: base) : nil
        let index = try self.index(source, file: file, formats: formats)
        try ExportPaths.makeDirectory(directory)
        var written: [String] = []
        for format in Set(formats).sorted() {
            if format == .csv {
                written += try CSVWriter().write(source, index, toDirectory: ExportPaths.join(directory, baseName + "-csv"))
            } else {
                let path = ExportPaths.join(directory, baseName + "." + format.fileExtension)
                try StreamingFileWriter.write(to: path) { try write(source, index, format: format, jsonld: jsonld, to: $0) }
                written.append(path)
            }
        }
        return written
    }

    /// The index of `source` with what `formats` need: links for JSON-LD, the timeline for GEXF.
    private static func index(_ source: some ExportSource, file: String, formats: [ExportFormat]) throws -> ExportIndex {
        try ExportIndex(source, file: file, links: formats.contains(.jsonld), timeline: formats.contains(.gexf))
    }

    /// Streams one single-file format of `source` into `output`.
    private static func write(
        _ source: some ExportSource, _ index: ExportIndex, format: ExportFormat, jsonld: JSONLDWriter?,
        to output: ExportOutput
    ) throws {
        switch format {
        case .graphml: try GraphMLWriter().write(source, index, to: output)
        case .gexf: try GEXFWriter().write(source, index, to: output)
        case .jsonld: try (jsonld ?? JSONLDWriter()).write(source, index, to: output)
        case .csv: throw NewsGraphError.usage("csv writes a folder of files; use Exporter.write or CSVWriter")
        }
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
