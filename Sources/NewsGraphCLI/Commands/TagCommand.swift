import Foundation
import NewsGraph

/// `newsgraph tag`: print mentions and relations per article.
enum TagCommand: Command {
    static let name = "tag"
    static let summary = "print mentions and relations per article"
    static let help = """
        newsgraph tag: print mentions and relations per article.

        Usage: newsgraph tag FILE... [--json] [--city C] [--province P] [--date D] [--lexicon DIR]

        For each article: its sentences with the tags inline
        ([湖州市委书记]office [张三丰]person …), then the offices held, the events
        announced and who attended them in which role, each with the rule that
        found it and the raw byte range it came from.

        Options:
          --json          one JSON document (articles with mentions, offices, events,
                          attendances, dates; sorted keys) instead of text
          --city C        the paper's city (resolves 市, 我市, 全市), e.g. 吕梁市
          --province P    the paper's province (resolves 省), e.g. 山西省
          --date D        the issue date in EDTF (2024-12-09), completes dates without a year
          --lexicon DIR   a lexicon folder whose entries add to or override the bundled ones
                          (format: schema/lexicon-format.md)

        Examples:
          newsgraph tag seeds/000_4ec87d5af41e9406.txt --city 汾阳市
          newsgraph tag page.txt --json | jq '.articles[].offices'
        """
    static let flagOptions: Set<String> = ["--json"]
    static let valueOptions: Set<String> = ["--city", "--province", "--date", "--lexicon"]

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let files = try args.requirePositionals(1, "FILE")
        var metadata = IssueMetadata(city: args.value("--city"), province: args.value("--province"))
        if let d = args.value("--date") {
            guard let date = PartialDate(edtf: d) else { throw NewsGraphError.usage("--date must be EDTF, e.g. 2024-12-09") }
            metadata.date = date
        }
        let tagger = try Tagger.standard(extraLexicons: args.value("--lexicon").map { URL(fileURLWithPath: $0) })
        let reader = PageReader(options: ReadOptions(metadata: metadata))
        var failed = false
        var all: [TaggedArticle] = []
        for file in files {
            do {
                let tagged = tagger.tag(page: try reader.read(file: file))
                if args.has("--json") {
                    all.append(contentsOf: tagged)
                } else {
                    for t in tagged { console.write(TagPrinter.text(t)) }
                }
            } catch let e as NewsGraphError {
                console.error(e.description)
                failed = true
            }
        }
        if args.has("--json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let data = try encoder.encode(TagPrinter.Output(articles: all.map(TagPrinter.ArticleOutput.init)))
            console.print(String(decoding: data, as: UTF8.self))
        }
        return failed ? 1 : 0
    }
}

/// Renders tagged articles for `newsgraph tag`: readable text with inline tags, or JSON.
enum TagPrinter {
    struct Output: Encodable {
        var articles: [ArticleOutput]
    }

    struct ArticleOutput: Encodable {
        var id: String
        var file: String
        var headline: String?
        var mentions: [Mention]
        var offices: [OfficeClaim]
        var events: [EventMention]
        var attendances: [Attendance]
        var dates: [PartialDate]

        init(_ t: TaggedArticle) {
            id = t.article.id
            file = t.article.file
            headline = t.article.headline
            mentions = t.mentions
            offices = t.offices
            events = t.events
            attendances = t.attendances
            dates = t.dates
        }
    }

    /// The article's tagged sentences, then its offices, events and attendance.
    static func text(_ t: TaggedArticle) -> String {
        var s = "== \(t.article.id)"
        if let h = t.article.headline { s += "  \(h)" }
        s += "\n"
        let bytes = Array(t.article.text.utf8)
        // Outer mentions first where they nest (a village inside an office link is shown by the office).
        let tagged = t.mentions.filter { !$0.cleanRange.isEmpty && $0.kind != .date }
            .sorted { ($0.cleanStart, -$0.cleanEnd) < ($1.cleanStart, -$1.cleanEnd) }
        // Linear in the article: a sentence is found once for all the mentions it holds (they come in
        // order), and each sentence looks only at the mentions starting in it.
        var sentences: [Range<Int>] = []
        for m in tagged where !(sentences.last?.contains(m.cleanStart) ?? false) {
            let r = sentenceRange(bytes, around: m.cleanStart)
            if sentences.last != r { sentences.append(r) }
        }
        var first = 0
        for r in sentences {
            var line = ""
            var at = r.lowerBound
            while first < tagged.count && tagged[first].cleanStart < r.lowerBound { first += 1 }
            for m in tagged[first...] {
                if m.cleanStart >= r.upperBound { break }
                guard m.cleanEnd <= r.upperBound, m.cleanStart >= at else { continue }
                line += String(decoding: bytes[at..<m.cleanStart], as: UTF8.self)
                line += "[" + m.text + "]" + m.kind.rawValue
                if m.canonical != m.text { line += "(\(m.canonical))" }
                at = m.cleanEnd
            }
            line += String(decoding: bytes[at..<r.upperBound], as: UTF8.self)
            s += "  " + line.trimmingCharacters(in: .newlines) + "\n"
        }
        for p in t.mentions(of: .person) where p.cleanRange.isEmpty {
            s += "  byline: \(p.text) [\(p.evidence.rule) \(p.evidence.span)]\n"
        }
        if !t.offices.isEmpty { s += "  offices:\n" }
        for o in t.offices {
            var line = "    \(o.person)\t\(o.resolvedTitle)"
            if o.former { line += " (former)" }
            line += "\torg=\(o.organization ?? "-")\tdate=\(o.date?.edtf ?? "-")"
            s += line + "\t[\(o.evidence.rule) \(o.evidence.span)]\n"
        }
        if !t.events.isEmpty { s += "  events:\n" }
        for e in t.events {
            s +=
                "    \(e.key)\t\(e.name)\t\(e.date?.edtf ?? "-")\(e.place.map { "\t@\($0)" } ?? "")\t[\(e.evidence.rule) \(e.evidence.span)]\n"
        }
        if !t.attendances.isEmpty { s += "  attendance:\n" }
        for a in t.attendances {
            s += "    \(a.person)\t\(a.event)\t\(a.role.rawValue)\t[\(a.evidence.rule) \(a.evidence.span)]\n"
        }
        return s + "\n"
    }

    /// The sentence around a clean byte (split at 。！？；and line breaks, like the tagger).
    private static func sentenceRange(_ b: [UInt8], around i: Int) -> Range<Int> {
        let enders: [[UInt8]] = ["。", "！", "？", "；", "\n"].map { Array($0.utf8) }
        func endsAt(_ j: Int) -> Int? {
            for e in enders where j >= e.count && Array(b[(j - e.count)..<j]) == e { return e.count }
            return nil
        }
        var lo = i
        while lo > 0 && endsAt(lo) == nil { lo -= 1 }
        var hi = min(i + 1, b.count)
        while hi < b.count && endsAt(hi) == nil { hi += 1 }
        return lo..<hi
    }
}
