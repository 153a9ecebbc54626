import Foundation
import Testing

@testable import NewsGraph

@Suite struct GEXFWriterTests {
    func parsed(_ g: KnowledgeGraph) throws -> XMLTree {
        try XMLTree.parse(try ExportTestSupport.render { try GEXFWriter().write(g, to: $0) })
    }

    func value(_ element: XMLTree, _ attribute: String) -> String? {
        element.all("attvalue").first { $0.attributes["for"] == attribute }?.attributes["value"]
    }

    func spells(_ element: XMLTree) -> [[String?]] {
        element.all("spell").map { [$0.attributes["start"], $0.attributes["end"]] }
    }

    /// One person holding one office, seen on many dates, some partial, one as a former office.
    func career() -> KnowledgeGraph {
        let e = ExportTestGraphs.ev(1, 0, 6, "贾永祥任汾阳市市长。", "office-chain")
        let dates = ["2024-12-15", "2023-05-04", "2024-12", "2025-01-03", "XXXX-12-09", "2024-02-30", "2024-12-20"]
        var obs = dates.map { Observation(date: PartialDate(edtf: $0), title: "市长", evidence: e) }
        obs.append(Observation(date: PartialDate(edtf: "2025-03-01"), title: "原市长", former: true, evidence: e))
        obs.append(Observation(date: nil, title: "市长", evidence: e))
        return KnowledgeGraph(
            nodes: [
                Node(id: "person:贾永祥", type: .person, label: "贾永祥"),
                Node(id: "position:汾阳市市长", type: .position, label: "汾阳市市长"),
            ],
            edges: [
                Edge(
                    id: "holds:person:贾永祥->position:汾阳市市长", type: .holds, source: "person:贾永祥",
                    target: "position:汾阳市市长", properties: ["resolvedTitle": "汾阳市市长"],
                    evidence: [e], observations: obs.sorted())
            ])
    }

    @Test func declaresGEXF13WithVizNamespaceAndADynamicDateTimeline() throws {
        let bytes = try ExportTestSupport.render { try GEXFWriter().write(ExportTestGraphs.small(), to: $0) }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(
            text.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"
            ))
        let root = try XMLTree.parse(bytes)
        let graph = try #require(root.child("graph"))
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        #expect(graph.attributes["defaultedgetype"] == "directed")
        let classes = root.all("attributes").compactMap { $0.attributes["class"] }
        #expect(classes == ["node", "edge"])
        for a in root.all("attribute") { #expect(a.attributes["type"] != nil) }
        #expect(root.all("viz:color").count == ExportTestGraphs.small().nodes.count)
        #expect(root.all("viz:size").count == ExportTestGraphs.small().nodes.count)
    }

    @Test func mergesOverlappingSpellsIntoOneClosedSpellPerOffice() throws {
        let root = try parsed(career())
        let edges = root.all("edge")
        #expect(edges.count == 1)
        let edge = try #require(edges.first)
        // 2024-12, 2024-12-15 and 2024-12-20 overlap: one month-long spell.
        #expect(spells(edge) == [["2023-05-04", "2023-05-04"], ["2024-12-01", "2024-12-31"], ["2025-01-03", "2025-01-03"]])
        #expect(value(edge, "spellPrecision") == "day;month;day")
        // No year, or no such day: not on the timeline, but not lost either.
        #expect(value(edge, "undatedObservations") == "2024-02-30;XXXX-12-09")
        // 原市长 on 2025-03-01 says the office was held before, not on, that day.
        #expect(value(edge, "formerObservations") == "2025-03-01")
        let graph = try #require(root.child("graph"))
        #expect(graph.attributes["start"] == "2023-05-04")
        #expect(graph.attributes["end"] == "2025-01-03")
    }

    @Test func turnsAYearOnlyDateIntoTheWholeYear() throws {
        let root = try parsed(ExportTestGraphs.small())
        let mayor = try #require(root.all("edge").first { $0.attributes["id"] == "holds:person:贾永祥@汾阳市->position:汾阳市市长" })
        #expect(spells(mayor) == [["2024-01-01", "2024-12-31"]])
        #expect(value(mayor, "spellPrecision") == "year")
        #expect(value(mayor, "undatedObservations") == "XXXX-12-09")
        #expect(mayor.attributes["weight"] == "3.0")
        #expect(mayor.attributes["kind"] == "holds")
    }

    @Test func closesEverySpellAndGivesSpellsOnlyToDatedOfficesAttendanceAndEvents() throws {
        let g = ExportTestGraphs.small()
        let root = try parsed(g)
        for s in root.all("spell") {
            let start = try #require(s.attributes["start"])
            let end = try #require(s.attributes["end"])
            #expect(start <= end)
            #expect(start.count == 10 && end.count == 10)
        }
        for e in root.all("edge") where !e.all("spell").isEmpty {
            #expect(["holds", "attended"].contains(e.attributes["kind"] ?? ""))
        }
        // An office seen only as former stays static; an event without a year too.
        let former = try #require(root.all("edge").first { $0.attributes["id"] == "holds:person:王宏@杭州市->position:杭州市人民政府副市长" })
        #expect(former.all("spell").isEmpty)
        #expect(value(former, "formerObservations") == "2024-12-06")
        let undatedEvent = try #require(root.all("node").first { $0.attributes["id"] == "event:推进会@XXXX-12-09" })
        #expect(undatedEvent.all("spell").isEmpty)
        #expect(value(undatedEvent, "undatedObservations") == "XXXX-12-09")
        let datedEvent = try #require(root.all("node").first { $0.attributes["id"] == "event:约谈会@2024-12-03" })
        #expect(spells(datedEvent) == [["2024-12-03", "2024-12-03"]])
    }

    @Test func hostileNamesSurviveAReparse() throws {
        let g = ExportTestGraphs.hostile()
        let root = try parsed(g)
        let nodes = root.all("node")
        #expect(nodes.count == g.nodes.count)
        for n in g.nodes {
            let x = try #require(nodes.first { $0.attributes["id"] == XMLText.clean(n.id) }, "\(n.id.debugDescription)")
            #expect(x.attributes["label"] == XMLText.token(n.label))
            #expect((value(x, "fullLabel") ?? x.attributes["label"]) == XMLText.clean(n.label))
        }
        for e in g.edges {
            let x = try #require(root.all("edge").first { $0.attributes["id"] == XMLText.clean(e.id) })
            #expect(x.attributes["source"] == XMLText.clean(e.source))
            #expect(value(x, "role") == XMLText.clean(e.properties["role"]!))
        }
    }
}
