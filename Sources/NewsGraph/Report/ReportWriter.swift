/// Writes the audit report: one self-contained HTML page built from a knowledge graph.
///
/// The page has an overview, a career timeline (inline SVG) per official, the holders
/// of each office on one axis, the events with their attendees and the offices they
/// held at the time, the audit findings, and the people without an office. Every mark,
/// attendee and finding opens the sentence it came from, with the mention highlighted,
/// the file and the byte range. The page loads nothing (a strict content security
/// policy forbids it), filters with a small inline script, and reads fine without it.
/// All text is escaped; the output depends only on the input.
public struct ReportWriter: Sendable {
    /// The page title.
    public var title: String

    public init(title: String = "NewsGraph 审计报告 · Audit report") {
        self.title = title
    }

    /// Streams the page for `graph` and its audit `findings` into `sink`, section by section.
    public func write<Sink: TextOutputStream>(_ graph: KnowledgeGraph, findings: [ReportFinding], to sink: inout Sink) {
        ReportPage(graph: graph, findings: findings, title: title).render { sink.write($0) }
    }

    /// The page as one string.
    public func render(_ graph: KnowledgeGraph, findings: [ReportFinding]) -> String {
        var out = ""
        write(graph, findings: findings, to: &out)
        return out
    }
}
