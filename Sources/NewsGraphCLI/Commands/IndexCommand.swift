import NewsGraph

/// `newsgraph index`: (re)build a graph file's query index.
enum IndexCommand: Command {
    static let name = "index"
    static let summary = "(re)build a graph file's query index, for fast queries"
    static let help = """
        newsgraph index: (re)build the query index of a graph file.

        Usage: newsgraph index [--graph FILE]

        Writes FILE.index (atomically) beside the graph: where each node, edge, piece of
        evidence and sentence lies in FILE, the adjacency, and the names queries match by.
        With it, `attendees`, `titles` and `events` read only the part of the graph their
        answer needs, in well under a second on large graphs; the answers are the same.
        `build`, `add` and `merge` write the index themselves; run this after copying or
        replacing a graph file by other means. The index is used only while FILE keeps the
        size, modification time and checksum it was built from; otherwise, or when it is
        damaged, queries read the whole graph (and say so on stderr). Deleting it is safe.
        Format and trust rules: schema/query-index.md.

        Options:
          --graph FILE   the graph file (default: ./\(QueryOutput.defaultGraph))

        Exit status: 0 written, 1 the graph is unreadable or damaged (no index written), 2 usage.
        """
    static let valueOptions: Set<String> = ["--graph"]

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard args.positionals.isEmpty else { throw NewsGraphError.usage("unexpected argument '\(args.positionals[0])'") }
        let path = args.value("--graph") ?? QueryOutput.defaultGraph
        let counts = try QueryIndex.write(forGraph: path)
        console.error(summary(path, counts))
        return 0
    }

    /// The line printed after writing an index.
    static func summary(_ path: String, _ c: QueryIndexCounts) -> String {
        "indexed \(path) → \(QueryIndex.path(forGraph: path)): \(c.nodes) nodes, \(c.edges) edges, "
            + "\(c.evidence) evidence entries, \(c.sentences) sentences"
    }

    /// Writes the index of a graph file a command just wrote; a failure is reported, not fatal
    /// (queries then read the whole graph). Returns false when it failed.
    @discardableResult
    static func refresh(_ path: String, _ console: Console) -> Bool {
        do {
            try QueryIndex.write(forGraph: path)
            return true
        } catch {
            console.error("newsgraph: warning: the query index of \(path) was not written: \(error)")
            return false
        }
    }
}
