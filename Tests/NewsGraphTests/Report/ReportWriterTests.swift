import Foundation
import Testing

@testable import NewsGraph

/// The HTML report on a hand-built graph: sections, timelines, partial dates, evidence, escaping.
@Suite struct ReportWriterTests {
    static let html = ReportWriter().render(ReportFixture.standard().graph, findings: ReportFixture.findings())

    /// The `<article>` whose id is the node's anchor.
    static func card(_ nodeID: String, in html: String = html) -> String? {
        let anchor = ReportIndex(ReportFixture.standard().graph).anchor(nodeID)
        guard
            let start = html.range(of: "<article class=\"card person\" id=\"\(anchor)\"")
                ?? html.range(of: "<article class=\"card office\" id=\"\(anchor)\"")
                ?? html.range(of: "<article class=\"card event\" id=\"\(anchor)\"")
                ?? html.range(of: "<article class=\"card other\" id=\"\(anchor)\""),
            let end = html.range(of: "</article>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The section with the given id, up to its closing tag.
    static func section(_ id: String, in html: String = html) -> String? {
        guard let start = html.range(of: "<section id=\"\(id)\""),
            let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func everyOfficialHasOneCareerTimelineWithALanePerOffice() throws {
        let people = try #require(Self.section("people"))
        #expect(Self.count("<article class=\"card person\"", in: people) == 4)
        #expect(Self.count("<svg class=\"timeline\"", in: people) == 4)
        let chen = try #require(Self.card("person:陈志远@临河市"))
        #expect(Self.count("<svg class=\"timeline\"", in: chen) == 1)
        #expect(Self.count("class=\"lane\"", in: chen) == 2)
        #expect(chen.contains("临河市副市长") && chen.contains("临河市委书记"))
        #expect(chen.contains("中共临河市委员会"))
        // 欧阳明 holds no office: no timeline, listed among the other people.
        let others = try #require(Self.section("others"))
        #expect(others.contains("欧阳明"))
        #expect(!people.contains("欧阳明</code>"))
    }

    @Test func partialDatesAreDrawnOnTheirOwnZoneAndExplained() throws {
        let wang = try #require(Self.card("person:王建国@临河市"))
        // 2024-03-05 a filled dot; XXXX-12-09 a hollow dot on the shaded year-unknown zone.
        #expect(wang.contains("<circle class=\"mk\""))
        #expect(wang.contains("<circle class=\"mk yl\""))
        #expect(wang.contains("class=\"z-yearless\""))
        #expect(wang.contains("年份不详 year unknown"))
        // 2024-06 (no day) is a band, not a dot.
        let zhao = try #require(Self.card("person:赵丽华@临河市"))
        #expect(zhao.contains("<rect class=\"mk band\""))
        // No date at all: a diamond in the undated column; the former office is marked as such.
        let chen = try #require(Self.card("person:陈志远@临河市"))
        #expect(chen.contains("<path class=\"mk yl\""))
        #expect(chen.contains("<circle class=\"mk yl former\""))
        #expect(chen.contains("原 former"))
        let legend = try #require(Self.section("people"))
        #expect(legend.contains("年份不详") && legend.contains("无日期") && legend.contains("原（前任）"))
    }

    @Test func anOfficeShowsAllItsHoldersOnOneAxis() throws {
        let mayor = try #require(Self.card("position:临河市市长"))
        #expect(Self.count("<svg class=\"timeline\"", in: mayor) == 1)
        #expect(Self.count("class=\"lane\"", in: mayor) == 2)
        #expect(mayor.contains("王建国") && mayor.contains("赵丽华"))
        #expect(mayor.contains("2 位 holders"))
    }

    @Test func everyMarkLinksToItsSentenceWithTheMentionHighlighted() throws {
        let wang = try #require(Self.card("person:王建国@临河市"))
        let hrefs = wang.components(separatedBy: "<a href=\"#ev-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(hrefs.count == 2)
        for n in hrefs {
            let item = try #require(wang.range(of: "<li class=\"ev\" id=\"ev-\(n)\">"))
            let rest = wang[item.upperBound...]
            let li = String(rest[..<rest.range(of: "</li>")!.lowerBound])
            #expect(li.contains("<mark>王建国</mark>") || li.contains("<mark>市长</mark>"))
            #expect(li.contains("字节 bytes"))
        }
        #expect(wang.contains("<code>b.txt</code> · 文章 article #1 · 字节 bytes 40–55"))
    }

    @Test func attendeesShowTheirRolesAndTheOfficesHeldThatDay() throws {
        let event = try #require(Self.card("event:招商推介会@2024-03-05"))
        #expect(event.contains("2024-03-05") && event.contains("临河市"))
        let wangRow = try #require(event.range(of: "王建国</a></td>"))
        let row = String(event[wangRow.upperBound...].prefix { $0 != "\n" }.prefix(400))
        #expect(row.contains("出席、讲话"))
        #expect(row.contains("临河市市长"))
        #expect(event.contains("主持"))
        // 欧阳明 held no office: a dash, not an invented title.
        #expect(event.contains("欧阳明</a></td><td>出席</td><td><span class=\"muted\">—</span>"))
    }

    @Test func auditFindingsLinkToTheirPeopleAndOffices() throws {
        let audit = try #require(Self.section("audit"))
        let index = ReportIndex(ReportFixture.standard().graph)
        #expect(audit.contains("同一职务多人 conflict"))
        #expect(audit.contains("href=\"#\(index.anchor("person:王建国@临河市"))\""))
        #expect(audit.contains("href=\"#\(index.anchor("person:赵丽华@临河市"))\""))
        #expect(audit.contains("href=\"#\(index.anchor("position:临河市市长"))\""))
        // The sentence marks the name and the title as written, though the finding names the resolved title.
        #expect(audit.contains("<mark>市长</mark><mark>赵丽华</mark>"))
        // The anchors exist on the page.
        #expect(Self.html.contains("id=\"\(index.anchor("position:临河市市长"))\""))
    }

    @Test func evidenceWithoutASentenceSaysSo() {
        var graph = ReportFixture.standard().graph
        let i = graph.nodes.firstIndex { $0.label == "欧阳明" }!
        graph.nodes[i].evidence = [
            Evidence(file: "d.txt", article: "d.txt#2", span: Span(start: 5, end: 14), sentence: "", rule: "byline")
        ]
        let html = ReportWriter().render(graph, findings: [])
        #expect(html.contains("no sentence: a byline or metadata"))
        #expect(!html.contains("<q class=\"sent\"></q>"))
    }

    @Test func anEmptyAuditStillHasItsSection() {
        let html = ReportWriter().render(ReportFixture.standard().graph, findings: [])
        #expect(html.contains("<section id=\"audit\">"))
        #expect(html.contains("No findings"))
    }

    @Test func hostileNamesAndSentencesAreEscapedEverywhere() throws {
        let html = Self.html
        #expect(!html.contains(ReportFixture.hostileName))
        #expect(!html.contains("<img"))
        #expect(!html.contains("onerror=alert(2)>"))
        // Only the page's own two script elements open and close.
        #expect(Self.count("<script", in: html) == 2)
        #expect(Self.count("</script>", in: html) == 2)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&amp;&lt;/script&gt;主任"))
        // Highlighting escapes inside the mark too.
        #expect(html.contains("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>"))
        #expect(!html.contains("<mark><script"))
    }

    @Test func theFilterDataIsJSONThatCannotCloseItsScript() throws {
        let open = "<script type=\"application/json\" id=\"ng-index\">"
        let start = try #require(Self.html.range(of: open))
        let end = try #require(Self.html.range(of: "</script>", range: start.upperBound..<Self.html.endIndex))
        let json = String(Self.html[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains("\\u003cscript\\u003e"))
        struct Entry: Decodable {
            var id: String
            var k: String
            var t: String
            var r: [[String]]
            var u: Bool
        }
        let entries = try JSONDecoder().decode([Entry].self, from: Data(json.utf8))
        // The escaped JSON decodes back to the original text.
        #expect(entries.contains { $0.t.contains(ReportFixture.hostileName) })
        let wang = try #require(entries.first { $0.t.hasPrefix("王建国") })
        #expect(wang.k == "person")
        #expect(wang.r.contains(["2024-03-05", "2024-03-05"]))
        #expect(wang.u)
        // Every entry names an element of the page.
        for e in entries { #expect(Self.html.contains("id=\"\(e.id)\"")) }
    }

    @Test func thePageLoadsNothingAndDeclaresAStrictPolicy() {
        let html = Self.html
        #expect(
            html.contains(
                "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\""))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("@import") && !html.contains("url("))
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("\"Noto Sans CJK SC\""))
        #expect(html.contains("line-break:strict"))
        #expect(html.contains("@media print"))
        // The filter form is hidden until the script shows it, so the page reads well without JS.
        #expect(html.contains("<form id=\"ng-filter\" class=\"filter\" hidden"))
    }

    @Test func theOverviewCountsArticlesTypesAndDates() throws {
        let overview = try #require(Self.section("overview"))
        #expect(overview.contains("<dt>文章 Articles</dt><dd>4</dd>"))
        #expect(overview.contains("2024-03-05</time> – <time class=\"full\">2024-06</time>"))
        #expect(overview.contains("年份不详 year unknown"))
        #expect(overview.contains("<span>人物 Person <b>5</b></span>"))
        // The busiest event lists its three attendees.
        #expect(overview.contains("招商推介会</a> <time class=\"full\">2024-03-05</time> · 3 人 attendees"))
    }

    @Test func streamingWritesTheSamePageInSeveralChunks() {
        struct Chunks: TextOutputStream {
            var parts: [String] = []
            mutating func write(_ string: String) { parts.append(string) }
        }
        var sink = Chunks()
        ReportWriter().write(ReportFixture.standard().graph, findings: ReportFixture.findings(), to: &sink)
        #expect(sink.parts.count > 10)
        #expect(sink.parts.joined() == Self.html)
    }
}
