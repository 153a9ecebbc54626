import Foundation
import NewsGraph

/// `newsgraph homonyms`: people who share a name but were kept apart, and why.
enum HomonymsCommand: Command {
    static let name = "homonyms"
    static let summary = "list people who share a name but were kept apart, and why"
    static let help = """
        newsgraph homonyms: list the people who share a name but were kept apart, with the reason.

        Usage: newsgraph homonyms [NAME] [--graph FILE] [--json]

        Two mentions of one name are one person when their offices share a jurisdiction (or
        organisation), or when one has no office and was read in the place of the other's
        office (see schema/graph-model.md, "Resolution"). Everything else is kept apart and
        listed here, so a reader can judge: each candidate with its places, offices and number
        of articles, and for each pair the reason it was not merged.

        Options:
          --graph FILE   graph file (default: newsgraph.graph.json)
          --json         machine-readable output on stdout
          NAME           only this name

        Examples:
          newsgraph homonyms
          newsgraph homonyms 王静 --json
        """
    static let flagOptions: Set<String> = ["--json"]
    static let valueOptions: Set<String> = ["--graph"]

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let graph = try GraphStore.load(args.value("--graph") ?? BuildCommand.defaultGraph)
        var found = HomonymFinder.find(in: graph)
        if let name = args.positionals.first { found = found.filter { $0.name == name } }
        if args.has("--json") {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.print(String(decoding: try enc.encode(found), as: UTF8.self))
            return 0
        }
        if found.isEmpty {
            console.print("no homonyms: every name is one person")
            return 0
        }
        for h in found {
            console.print("\(h.name): \(h.candidates.count) people")
            for c in h.candidates {
                let offices = c.offices.isEmpty ? "no office" : c.offices.joined(separator: "、")
                console.print("  \(c.id)  \(offices)  (\(c.articleCount) article\(c.articleCount == 1 ? "" : "s"))")
            }
            for r in h.reasons { console.print("  apart: \(r)") }
            console.print("")
        }
        return 0
    }
}
