import Foundation
import NewsGraph

/// `newsgraph export`: write GraphML, GEXF, JSON-LD or CSV.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "write GraphML, GEXF, JSON-LD or CSV"
    static let defaultGraph = "newsgraph.graph.json"
    static let help = """
        newsgraph export: write the graph for Gephi, networkx/igraph, RDF stores or databases.

        Usage: newsgraph export FORMAT [--graph FILE] [-o OUT] [--base IRI]

        Formats:
          graphml   GraphML (Gephi, networkx, igraph, yEd); -o FILE, else stdout
          gexf      GEXF 1.3 with a timeline of offices and attendance (Gephi); -o FILE, else stdout
          jsonld    JSON-LD with schema.org terms and evidence (rdflib, RDF stores); -o FILE, else stdout
          csv       nodes.csv, edges.csv (Gephi), neo4j-nodes.csv, neo4j-edges.csv (neo4j-admin import); -o DIR required

        Options:
          --graph FILE   the graph to export (default \(defaultGraph))
          -o OUT         output file (folder for csv); written atomically
          --base IRI     base of JSON-LD node IRIs (default \(IRIEncoder.defaultBase))

        Examples:
          newsgraph export gexf --graph g.json -o g.gexf
          newsgraph export csv --graph g.json -o csv/
          newsgraph export jsonld --graph g.json --base https://example.org/id/ > g.jsonld

        Formats and their choices are described in schema/exports.md.
        """
    static let valueOptions: Set<String> = ["--graph", "-o", "--output", "--base"]

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let positionals = try args.requirePositionals(1, "FORMAT (graphml, gexf, jsonld or csv)")
        guard positionals.count == 1 else {
            throw NewsGraphError.usage("export takes one FORMAT, got \(positionals.joined(separator: " "))")
        }
        let formats = try ExportFormat.parseList([positionals[0]])
        guard formats.count == 1, let format = formats.first else {
            throw NewsGraphError.usage("export writes one FORMAT at a time (graphml, gexf, jsonld or csv)")
        }
        let graphPath = args.value("--graph") ?? defaultGraph
        let out = args.value("-o") ?? args.value("--output")
        let base = args.value("--base") ?? IRIEncoder.defaultBase
        // Check the base before reading a possibly large graph.
        _ = try IRIEncoder(base: base)
        // The graph file is read as a stream (checked first, then written): it is never loaded whole.
        switch format {
        case .csv:
            guard let dir = out else { throw NewsGraphError.usage("csv writes several files: give a folder with -o DIR") }
            let files = try Exporter.write(graphFile: graphPath, format: .csv, to: dir)
            console.error("wrote \(files.joined(separator: ", "))")
        default:
            if let out {
                try Exporter.write(graphFile: graphPath, format: format, to: out, base: base)
                console.error("wrote \(out)")
            } else {
                let output = ExportOutput(handle: FileHandle.standardOutput, path: "<stdout>")
                try Exporter.write(graphFile: graphPath, format: format, to: output, base: base)
                try output.flush()
            }
        }
        return 0
    }
}
