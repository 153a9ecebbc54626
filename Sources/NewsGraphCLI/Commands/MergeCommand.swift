import NewsGraph

/// `newsgraph merge`: merge graph files built from disjoint sets of articles.
enum MergeCommand: Command {
    static let name = "merge"
    static let summary = "merge graph files built from disjoint sets of articles"
    static let help = """
        newsgraph merge: merge graph files (shards) into one.

        Usage: newsgraph merge GRAPH GRAPH... -o OUT

        The result is byte-identical to building from all the shards' articles at once, whatever
        the order of the inputs: this is how a large archive is built in shards on many machines.
        An article present in several shards with the same content is kept once; one article id
        with different contents in two shards is an error (the shards are not disjoint).
        OUT is written atomically, with its query index (OUT.index); an existing OUT that is not a NewsGraph graph is refused.

        Options:
          -o, --output OUT   the merged graph file (required)

        Exit: 0 ok, 1 an input is unreadable, corrupt or conflicting (nothing written), 2 usage.

        Examples:
          newsgraph merge shard-a.graph.json shard-b.graph.json -o all.graph.json
          newsgraph merge shards/*.graph.json -o archive.graph.json
        """
    static let flagOptions: Set<String> = []
    static let valueOptions: Set<String> = ["-o", "--output"]

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let inputs = try args.requirePositionals(1, "GRAPH files to merge")
        guard let out = args.value("-o") ?? args.value("--output") else { throw NewsGraphError.usage("-o OUT is required") }
        let documents = try inputs.map { try GraphStore.loadDocument($0) }
        let merged = try GraphMerger().merge(documents, names: inputs)
        let lock = try GraphLock(graphPath: out)
        defer { lock.unlock() }
        try GraphStore.save(merged, to: out)
        IndexCommand.refresh(out, console)
        console.error(
            "merged \(inputs.count) graphs into \(out): \(merged.articles.count) articles, \(merged.graph.nodes.count) nodes, \(merged.graph.edges.count) edges"
        )
        return 0
    }
}
