import Foundation
import NewsGraph

/// `newsgraph audit`: title changes, former offices, conflicts, homonyms.
enum AuditCommand: Command {
    static let name = "audit"
    static let summary = "title changes, former offices, conflicts, homonyms"
    static let help = """
        newsgraph audit: title changes, former offices, conflicts, homonyms.

        Usage: newsgraph audit [--since D] [--until D] [--graph FILE] [--json]

        Findings, each with the sentences behind it:
          title-change         an office seen, later a different one, the first no longer seen
          former-office        an office written as former (原…)
          former-contradicted  a former office seen as current at a later date
          conflict             two people in one single-holder office on the same date: the
                               office lexicon's `single=1` roles (书记, 市长, 县长, 主席, 院长,
                               检察长, 常务副市长 …; not 副市长, 常委, 委员, 调研员)
          disagreement         one person, one date, articles that disagree (市长 vs 副市长,
                               or former in one and current in another)
          homonym              several people with one name kept apart

        Options:
          --since D      only sightings on or after D (2024-01-01, 2024-06, 12-01)
          --until D      only sightings on or before D
          --lexicon DIR  extra lexicons (as for build): office entries flagged single=1 add
                         single-holder offices
        \(QueryOutput.commonHelp)

        Examples:
          newsgraph audit
          newsgraph audit --since 2024-01 --until 2024-12 --json

        Exit status: 0 (findings are an answer, not a failure), 1 on failure, 2 on usage.
        """
    static let flagOptions = QueryOutput.flags
    static let valueOptions = QueryOutput.values.union(["--since", "--until", "--lexicon"])

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard args.positionals.isEmpty else { throw NewsGraphError.usage("unexpected argument '\(args.positionals[0])'") }
        let since = try QueryOutput.date(args, "--since")?.date
        let until = try QueryOutput.date(args, "--until")?.date
        let rule = try SingleHolderRule.bundled(extraLexicons: args.value("--lexicon").map { URL(fileURLWithPath: $0) })
        let findings = Auditor(graph: try QueryOutput.loadGraph(args), singleHolder: rule).audit(since: since, until: until)
        var counts: [String: Int] = [:]
        for f in findings { counts[f.kind.rawValue, default: 0] += 1 }
        if args.has("--json") {
            console.write(try JSONOutput.render(Answer(counts: counts, findings: findings)))
            return 0
        }
        guard !findings.isEmpty else {
            console.print("No findings.")
            return 0
        }
        var blocks: [String] = []
        for f in findings {
            var lines = ["[\(f.kind.rawValue)] \(QueryOutput.cell(f.date))  \(f.summary)"]
            for e in f.evidence { lines.append("    \(QueryOutput.source(e))  \(e.sentence)") }
            blocks.append(lines.joined(separator: "\n"))
        }
        console.print(blocks.joined(separator: "\n\n"))
        let tally = AuditFinding.Kind.allCases.compactMap { k in counts[k.rawValue].map { "\($0) \(k.rawValue)" } }
        console.print("\n\(findings.count) finding\(findings.count == 1 ? "" : "s"): " + tally.joined(separator: ", "))
        return 0
    }

    /// The `--json` shape: `{"counts": {kind: n}, "findings": [...]}`.
    struct Answer: Encodable {
        var counts: [String: Int]
        var findings: [AuditFinding]
    }
}
