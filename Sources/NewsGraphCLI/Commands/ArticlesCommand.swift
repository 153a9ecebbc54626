import Foundation
import NewsGraph

/// `newsgraph articles`: print the segmented, repaired articles of pages.
enum ArticlesCommand: Command {
    static let name = "articles"
    static let summary = "print the segmented, repaired articles of pages"
    static let help = """
        newsgraph articles: print the segmented, repaired articles of pages — exactly what the tagger reads.

        Usage: newsgraph articles FILE... [--json] [--date D] [--city C] [--province P] [--encoding E]

        FILE         a page (.txt; UTF-8, UTF-16 with BOM or GB18030, optional front matter)
                     or a JSON Lines archive (.jsonl); see schema/input-formats.md
        --json       one JSON object per article (JSON Lines) instead of readable text
        --date D     issue date (2024-12-10 or 2024年12月10日); overrides front matter
        --city C     the paper's city (e.g. 吕梁市); overrides front matter
        --province P the paper's province (e.g. 山西省); overrides front matter
        --encoding E utf-8, utf-16 or gb18030 (default: detect)

        Each article: a header line (id, headline, authors with roles, date, raw byte range),
        then its clean text, one paragraph per line. A file that cannot be read gets one
        line on stderr; the other files go on and the exit code is 1.

        Examples:
          newsgraph articles seeds/*.txt
          newsgraph articles page.txt --date 2024-12-10 --city 吕梁市 --province 山西省 --json
        """
    static let flagOptions: Set<String> = ["--json"]
    static let valueOptions: Set<String> = ["--date", "--city", "--province", "--encoding"]

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let files = try args.requirePositionals(1, "FILE")
        var meta = IssueMetadata()
        if let d = args.value("--date") {
            guard let pd = DateExtractor.parseDate(d) else { throw NewsGraphError.usage("--date `\(d)` is not a date") }
            meta.date = pd
        }
        meta.city = args.value("--city")
        meta.province = args.value("--province")
        if let e = args.value("--encoding"), TextDecoder.Encoding(name: e) == nil {
            throw NewsGraphError.usage("unknown encoding `\(e)` (use utf-8, utf-16 or gb18030)")
        }
        let reader = PageReader(options: ReadOptions(encoding: args.value("--encoding"), metadata: meta))
        let json = args.has("--json")
        var failed = false
        for file in files {
            do {
                let articles = try reader.read(file: file) { problem in
                    failed = true
                    console.error(problem.description)
                }
                for a in articles { console.write(json ? jsonLine(a) : readable(a)) }
            } catch let e as NewsGraphError {
                failed = true
                console.error(e.description)
            }
        }
        return failed ? 1 : 0
    }

    /// The date shown for an article: the issue date, else the first date its text states.
    static func date(_ a: Article) -> (PartialDate?, [DatedMention]) {
        let mentions = DateExtractor(issueDate: a.metadata.date).dates(in: a.text)
        return (a.metadata.date ?? mentions.first(where: { $0.form == .absolute || $0.form == .monthDay })?.date, mentions)
    }

    static func readable(_ a: Article) -> String {
        var head = "== \(a.id)"
        head += " | " + (a.headline ?? "(no headline)")
        if let s = a.subtitle { head += " —— " + s }
        if !a.authors.isEmpty {
            head += " | " + a.authors.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", ")
        }
        head += " | date " + (date(a).0?.edtf ?? "unknown")
        head += " | bytes \(a.rawSpan.start)..<\(a.rawSpan.end)"
        return head + "\n" + a.text + "\n\n"
    }

    static func jsonLine(_ a: Article) -> String {
        let (d, mentions) = date(a)
        var obj: [String: Any] = [
            "id": a.id, "file": a.file, "index": a.index, "text": a.text,
            "rawStart": a.rawSpan.start, "rawEnd": a.rawSpan.end, "contentHash": a.contentHash,
            "authors": a.authors.map { ["name": $0.name, "role": $0.role.rawValue, "start": $0.span.start, "end": $0.span.end] },
            "dates": mentions.map {
                ["date": $0.date.edtf, "text": $0.text, "form": $0.form.rawValue, "yearSource": $0.yearSource.rawValue]
            },
        ]
        obj["headline"] = a.headline ?? NSNull()
        obj["subtitle"] = a.subtitle ?? NSNull()
        obj["date"] = d?.edtf ?? NSNull()
        obj["issueDate"] = a.metadata.date?.edtf ?? NSNull()
        obj["city"] = a.metadata.city ?? NSNull()
        obj["province"] = a.metadata.province ?? NSNull()
        let data = (try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
