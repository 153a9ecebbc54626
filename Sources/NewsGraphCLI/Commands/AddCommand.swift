import Foundation
import NewsGraph

/// `newsgraph add`: add pages to an existing graph file.
enum AddCommand: Command {
    static let name = "add"
    static let summary = "add pages to an existing graph file"
    static let help = """
        newsgraph add: add pages to a graph file (created when absent).

        Usage: newsgraph add PATHS... [--graph FILE] [--city C] [--province P] [--date D]
                                     [--encoding E] [--lexicon DIR] [--jobs N]

        Reads and tags the pages like `build`, then rebuilds the graph from the articles already
        in FILE plus the new ones, so the result is the same as building from all of them.
        An article already in the graph (same content) changes nothing: when every article is
        already there, FILE is not rewritten. A page that was edited since replaces its old
        articles (those it no longer yields are removed). Concurrent adds to one FILE wait for each other (a lock on FILE.lock), so none
        loses the other's articles. The query index (FILE.index) is rewritten with FILE. A FILE that is not a NewsGraph graph is refused, never overwritten.

        Options: as for `newsgraph build` (without --export); --graph defaults to newsgraph.graph.json.

        Exit: 0 ok, 1 some file failed (the others were added) or the graph could not be written, 2 usage.

        Examples:
          newsgraph add archive/2024-12-10.txt --city 汾阳市
          newsgraph add new-pages/ --graph 2024.graph.json
        """
    static let flagOptions: Set<String> = []
    static let valueOptions: Set<String> = [
        "--graph", "--city", "--province", "--date", "--encoding", "--lexicon", "--jobs",
    ]

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let paths = try args.requirePositionals(1, "PATHS (pages or folders to add)")
        let graphPath = args.value("--graph") ?? BuildCommand.defaultGraph
        // Refuse a foreign or damaged graph before spending time on reading.
        try GraphStore.checkReplaceable(graphPath)
        let batch = try BuildCommand.readBatch(paths, args, console)
        let result = try GraphUpdater.add(batch.facts, to: graphPath)
        if result.wrote || !QueryIndex.isCurrent(forGraph: graphPath) {
            // Under the graph's lock, so the index is of the file a concurrent add leaves.
            let lock = try GraphLock(graphPath: graphPath)
            IndexCommand.refresh(graphPath, console)
            lock.unlock()
        }
        let added = result.outcomes.filter { $0 == .added }.count
        let replaced = result.outcomes.filter { $0 == .replaced }.count
        let unchanged = result.outcomes.filter { $0 == .unchanged }.count
        console.error(BuildCommand.summary(verb: "updated", graphPath: graphPath, batch: batch, graph: result.document.graph))
        console.error(
            "\(added) articles added, \(replaced) replaced, \(unchanged) already present, \(result.removed.count) removed"
                + (result.wrote ? "" : "; file unchanged"))
        return batch.failures.isEmpty ? 0 : 1
    }
}
