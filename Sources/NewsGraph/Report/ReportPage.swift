/// Renders one report page section by section, handing each finished chunk to `emit`.
///
/// A page is used once: it numbers evidence items as it goes (so every mark can link
/// to its own sentence) and collects the filter index that closes the page.
final class ReportPage {
    let index: ReportIndex
    let findings: [ReportFinding]
    let title: String
    private var evidenceCount = 0
    /// What the page's filter script searches, one entry per filterable section.
    var filterEntries: [ReportFilterEntry] = []

    init(graph: KnowledgeGraph, findings: [ReportFinding], title: String) {
        index = ReportIndex(graph)
        self.findings = findings
        self.title = title
    }

    /// A timeline on an axis fitted to its own marks: one career, or one office's holders.
    ///
    /// A page-wide axis would squeeze a few weeks of sightings into a sliver whenever
    /// another card spans years; the tick labels say which dates each axis covers.
    func timeline(_ lanes: [TimelineLane], caption: String) -> String {
        let axis = TimelineAxis(dates: lanes.flatMap { $0.marks.map(\.date) })
        return TimelineSVG(axis: axis).render(lanes, caption: caption)
    }

    /// Writes the whole page.
    func render(_ emit: (String) -> Void) {
        emit(head())
        emit(overview())
        peopleSection(emit)
        officesSection(emit)
        eventsSection(emit)
        emit(auditSection())
        otherPeopleSection(emit)
        emit(tail())
    }

    /// Adds a filter entry for a section about `dates`.
    func addFilter(id: String, kind: String, text: [String], dates: [PartialDate?]) {
        var ranges: [[String]] = []
        var unknown = false
        for d in dates {
            if let b = DateExtent(d).isoBounds { ranges.append(b) } else { unknown = true }
        }
        let uniqueRanges = Array(Set(ranges.map { $0.joined(separator: "/") })).sorted().map {
            $0.split(separator: "/").map(String.init)
        }
        filterEntries.append(
            ReportFilterEntry(id: id, k: kind, t: text.joined(separator: " ").lowercased(), r: uniqueRanges, u: unknown)
        )
    }

    /// Next evidence item id (`ev-1`, `ev-2`, … in page order).
    func nextEvidenceID() -> String {
        evidenceCount += 1
        return "ev-\(evidenceCount)"
    }

    /// One evidence item: the sentence with `needles` marked, then file, article, bytes and rule.
    func evidenceItem(_ ev: Evidence, id: String, marking needles: [String], note: String? = nil) -> String {
        var s = "<li class=\"ev\" id=\"\(id)\">"
        if let note { s += "<span class=\"ev-note\">\(HTMLText.escape(note))</span> " }
        if ev.sentence.isEmpty {
            s += "<span class=\"sent none\">（无句子：署名或元数据 no sentence: a byline or metadata）</span>"
        } else {
            s += "<q class=\"sent\">\(EvidenceHighlighter.html(ev.sentence, marking: needles))</q>"
        }
        // Articles are `FILE#N`: show the number beside the file rather than the file twice.
        let article =
            ev.article.hasPrefix(ev.file + "#")
            ? "文章 article " + String(ev.article.dropFirst(ev.file.count)) : ev.article
        s += "<span class=\"src\"><code>\(HTMLText.escape(ev.file))</code> · \(HTMLText.escape(article))"
        s += " · 字节 bytes \(ev.start)–\(ev.end) · 规则 \(HTMLText.escape(ev.rule))</span></li>"
        return s
    }

    /// A closed `<details>` holding prepared evidence items.
    static func evidenceDetails(_ items: [String]) -> String {
        guard !items.isEmpty else { return "<p class=\"muted\">无证据 no evidence</p>" }
        return "<details class=\"evd\"><summary>证据 \(items.count) 条 · evidence</summary><ol class=\"evl\">"
            + items.joined() + "</ol></details>"
    }

    /// Evidence items for plain evidence (no per-item note), deduplicated.
    func evidenceDetails(_ evidence: [Evidence], marking needles: [String]) -> String {
        Self.evidenceDetails(
            Array(Set(evidence)).sorted().map { evidenceItem($0, id: nextEvidenceID(), marking: needles) })
    }

    /// A date for people: EDTF, `—` when unknown.
    static func dateText(_ d: PartialDate?) -> String {
        guard let d else { return "—" }
        return "<time class=\"\(d.year == nil ? "partial" : "full")\">\(HTMLText.escape(d.edtf))</time>"
    }

    /// A link to a node's section, or plain text when the node has none.
    func link(_ id: String, _ text: String) -> String {
        "<a href=\"#\(index.anchor(id))\">\(HTMLText.escape(text))</a>"
    }
}
