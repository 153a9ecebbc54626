import Foundation
import NewsGraph

/// `newsgraph evaluate`: score the tagger against a gold file.
enum EvaluateCommand: Command {
    static let name = "evaluate"
    static let summary = "score the tagger against a gold file"
    static let help = """
        newsgraph evaluate: score the tagger against gold files (precision, recall, F1 per kind).

        Usage: newsgraph evaluate --gold FILE_OR_DIR [--json] [--verbose] [--lexicon DIR] [PAGES...]

        Reads each gold file (or every *.json in a folder; format in schema/gold-format.md),
        reads and tags the page it names, and compares by value, per page, the persons,
        person–office pairs (as written and resolved), organisations, places, events and
        attendance. The gold's city and province are the issue metadata of its page.

        The page of a gold file is found among PAGES by its basename; without PAGES it is
        seeds/<file> under the current folder, or <file> beside the gold file. With PAGES,
        only the golds of those pages are scored.

        Options:
          --gold FILE_OR_DIR   gold file, or a folder of them (required)
          --json               machine-readable result on stdout
          --verbose            list each kind's false positives and false negatives
          --lexicon DIR        extra lexicons for the tagger (add or override)

        Exit: 0 scored, 1 a gold or page could not be read (the others are still scored), 2 usage.

        Examples:
          newsgraph evaluate --gold Tests/NewsGraphTests/Fixtures/gold
          newsgraph evaluate --gold Tests/NewsGraphTests/Fixtures/gold/003_7448785c58bfff12.json --verbose
          newsgraph evaluate --gold gold/ --json archive/page1.txt archive/page2.txt
        """
    static let flagOptions: Set<String> = ["--json", "--verbose"]
    static let valueOptions: Set<String> = ["--gold", "--lexicon"]

    /// A page that could not be scored, for the JSON output.
    private struct Failure: Encodable {
        var file: String
        var error: String
    }

    /// The `--json` document: the summary's fields plus the failures.
    private struct Report: Encodable {
        var pages: [PageEvaluation]
        var kinds: [KindEvaluation]
        var overall: Score
        var trapHits: [String]
        var failures: [Failure]
    }

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard let goldPath = args.value("--gold") else { throw NewsGraphError.usage("--gold FILE_OR_DIR is required") }
        let golds = try selectGolds(GoldStandard.loadAll(path: goldPath), pages: args.positionals)
        let tagger = try Tagger.standard(extraLexicons: args.value("--lexicon").map { URL(fileURLWithPath: $0) })

        var scored: [(gold: GoldStandard, articles: [TaggedArticle])] = []
        var failures: [Failure] = []
        for (index, goldFile) in golds.enumerated() {
            console.progress("evaluate \(index + 1)/\(golds.count) \(goldFile.gold.file)")
            for problem in goldFile.gold.problems() {
                console.error("\(goldFile.path): warning: \(problem)")
            }
            do {
                let page = try pagePath(for: goldFile, pages: args.positionals)
                let metadata = IssueMetadata(city: goldFile.gold.city, province: goldFile.gold.province)
                let articles = try PageReader(options: ReadOptions(metadata: metadata)).read(file: page)
                scored.append((gold: goldFile.gold, articles: articles.map(tagger.tag)))
            } catch let error as NewsGraphError {
                console.error(error.description)
                failures.append(Failure(file: goldFile.gold.file, error: error.description))
            }
        }
        console.endProgress()

        let summary = Evaluator().evaluate(scored)
        if args.has("--json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let report = Report(
                pages: summary.pages, kinds: summary.kinds, overall: summary.overall, trapHits: summary.trapHits,
                failures: failures)
            console.print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            for page in summary.pages {
                console.print(page.file)
                printTable(page.kinds, overall: page.overall, trapHits: page.trapHits, console)
                if args.has("--verbose") { printErrors(page.kinds, console) }
                console.print("")
            }
            if summary.pages.count > 1 {
                console.print("All pages (\(summary.pages.count))")
                printTable(summary.kinds, overall: summary.overall, trapHits: summary.trapHits, console)
            }
        }
        return failures.isEmpty ? 0 : 1
    }

    /// The golds to score: all of them, or with PAGES only those whose page is given.
    private static func selectGolds(_ golds: [GoldFile], pages: [String]) throws -> [GoldFile] {
        guard !pages.isEmpty else { return golds }
        let wanted = Set(pages.map { URL(fileURLWithPath: $0).lastPathComponent })
        let chosen = golds.filter { wanted.contains($0.gold.file) }
        let known = Set(golds.map(\.gold.file))
        for page in pages where !known.contains(URL(fileURLWithPath: page).lastPathComponent) {
            throw NewsGraphError.usage("no gold file describes page \(page)")
        }
        return chosen
    }

    /// Where the gold's page is: among PAGES by basename, else `seeds/<file>`, else beside the gold file.
    private static func pagePath(for goldFile: GoldFile, pages: [String]) throws -> String {
        let file = goldFile.gold.file
        if let given = pages.first(where: { URL(fileURLWithPath: $0).lastPathComponent == file }) { return given }
        let candidates = [
            "seeds/" + file,
            URL(fileURLWithPath: goldFile.path).deletingLastPathComponent().appendingPathComponent(file).path,
        ]
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) { return found }
        throw NewsGraphError.unreadable(
            file: goldFile.path, reason: "page \(file) not found (looked for \(candidates.joined(separator: ", ")))")
    }

    private static func printTable(_ kinds: [KindEvaluation], overall: Score, trapHits: [String], _ console: Console) {
        func row(_ label: String, _ s: Score) -> String {
            label.padding(toLength: 18, withPad: " ", startingAt: 0)
                + [s.truePositives, s.falsePositives, s.falseNegatives].map { pad(String($0), 5) }.joined()
                + [s.precision, s.recall, s.f1].map { pad(String(format: "%.3f", $0), 8) }.joined()
        }
        console.print(
            "  " + "kind".padding(toLength: 18, withPad: " ", startingAt: 0)
                + ["tp", "fp", "fn"].map { pad($0, 5) }.joined() + ["P", "R", "F1"].map { pad($0, 8) }.joined())
        for k in kinds { console.print("  " + row(k.kind.rawValue, k.score)) }
        console.print("  " + row("overall (micro)", overall))
        console.print("  trap hits: " + (trapHits.isEmpty ? "none" : trapHits.joined(separator: ", ")))
    }

    private static func printErrors(_ kinds: [KindEvaluation], _ console: Console) {
        for k in kinds {
            for fn in k.falseNegatives { console.print("  missed    \(k.kind.rawValue): \(fn)") }
            for fp in k.falsePositives { console.print("  spurious  \(k.kind.rawValue): \(fp)") }
        }
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
