import Foundation
import Testing

@testable import NewsGraph

@Suite struct JSONLDWriterTests {
    func document(_ g: KnowledgeGraph, base: String = IRIEncoder.defaultBase) throws -> [String: Any] {
        let bytes = try ExportTestSupport.render { try JSONLDWriter(base: base).write(g, to: $0) }
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    func resources(_ doc: [String: Any]) -> [[String: Any]] { doc["@graph"] as? [[String: Any]] ?? [] }

    func ids(_ value: Any?) -> [String] {
        (value as? [[String: Any]] ?? (value as? [String: Any]).map { [$0] } ?? []).compactMap { $0["@id"] as? String }
    }

    /// Every `@id` anywhere in a JSON value.
    func allIds(_ value: Any) -> [String] {
        if let d = value as? [String: Any] {
            let own = (d["@id"] as? String).map { [$0] } ?? []
            return own + d.filter { $0.key != "@context" }.values.flatMap(allIds)
        }
        if let a = value as? [Any] { return a.flatMap(allIds) }
        return []
    }

    @Test func shipsTheContextFileAndInlinesTheSameContext() throws {
        let url = ExportTestSupport.repoRoot.appendingPathComponent("schema/context.jsonld")
        let shipped = try #require(FileManager.default.contents(atPath: url.path))
        #expect(
            String(decoding: shipped, as: UTF8.self) == JSONLDContext.document,
            "schema/context.jsonld and JSONLDContext.document differ: edit both together")
        let file = try #require(try JSONSerialization.jsonObject(with: shipped) as? [String: Any])
        let doc = try document(ExportTestGraphs.small())
        let inlined = try #require(doc["@context"] as? NSDictionary)
        #expect(inlined.isEqual(to: try #require(file["@context"] as? [String: Any])))
        #expect(inlined["@vocab"] as? String == "http://schema.org/")
    }

    @Test func givesEveryResourceAnAbsoluteIRIWithoutSpacesUnderTheBase() throws {
        for base in [IRIEncoder.defaultBase, "https://example.org/kg"] {
            let doc = try document(ExportTestGraphs.hostile(), base: base)
            let all = allIds(doc["@graph"] as Any)
            #expect(all.count > 40)
            for iri in all {
                #expect(iri.hasPrefix(base.hasSuffix("/") ? base : base + "/"), "\(iri)")
                #expect(
                    !iri.unicodeScalars.contains {
                        $0.properties.isWhitespace || $0.value < 0x20 || "<>\"{}|\\^`".unicodeScalars.contains($0)
                    },
                    "\(iri.debugDescription)")
            }
            #expect(Set(resources(doc).compactMap { $0["@id"] as? String }).count == resources(doc).count)
        }
    }

    @Test func refusesABaseThatIsNotAnAbsoluteIRI() {
        for bad in ["newsgraph/id/", "https://example.org/my graph/", "", "1http://x/", "https://x/<y>/"] {
            #expect(throws: NewsGraphError.self, "\(bad)") { try JSONLDWriter(base: bad) }
        }
    }

    @Test func writesOfficesAsOrganizationRolesWithTheirOwnIRIAndDatesHeld() throws {
        let doc = try document(ExportTestGraphs.small())
        let all = resources(doc)
        let role = try #require(all.first { $0["nodeId"] as? String == "holds:person:王宏@杭州市->position:杭州市旅游协会会长" })
        #expect(role["@type"] as? [String] == ["Relation", "OrganizationRole"])
        #expect(role["roleName"] as? String == "杭州市旅游协会会长")
        #expect(ids(role["memberOf"]) == ["https://newsgraph.example/id/organization:杭州市旅游协会"])
        let wang = try #require(all.first { $0["nodeId"] as? String == "person:王宏@杭州市" })
        #expect(wang["@type"] as? String == "Person")
        #expect(ids(wang["memberOf"]).contains(try #require(role["@id"] as? String)))
        // Observed held in 2024 and on 2024-12-03; a sighting with no year cannot bound the role.
        let mayor = try #require(all.first { $0["nodeId"] as? String == "holds:person:贾永祥@汾阳市->position:汾阳市市长" })
        #expect((mayor["startDate"] as? [String: Any])?["@value"] as? String == "2024-12-03")
        #expect((mayor["startDate"] as? [String: Any])?["@type"] as? String == "xsd:date")
        #expect((mayor["endDate"] as? [String: Any])?["@value"] as? String == "2024")
        #expect((mayor["observation"] as? [Any])?.count == 4)
        // A former office has no dates held, only the date it was called former.
        let former = try #require(all.first { $0["nodeId"] as? String == "holds:person:王宏@杭州市->position:杭州市人民政府副市长" })
        #expect(former["startDate"] == nil)
        #expect(former["former"] as? Bool == true)
        #expect(((former["formerDate"] as? [[String: Any]])?.first)?["@value"] as? String == "2024-12-06")
    }

    @Test func listsEventAttendeesInSchemaOrgTermsWithPartialDatesTyped() throws {
        let all = resources(try document(ExportTestGraphs.small()))
        let event = try #require(all.first { $0["nodeId"] as? String == "event:推进会@XXXX-12-09" })
        #expect(event["@type"] as? String == "Event")
        #expect(ids(event["attendee"]) == ["https://newsgraph.example/id/person:贾永祥@汾阳市"])
        #expect(ids(event["location"]) == ["https://newsgraph.example/id/place:山西省/吕梁市/汾阳市"])
        let start = try #require(event["startDate"] as? [String: Any])
        #expect(start["@value"] as? String == "--12-09")
        #expect(start["@type"] as? String == "xsd:gMonthDay")
    }

    @Test func keepsEveryPieceOfEvidence() throws {
        let g = ExportTestGraphs.small()
        let all = resources(try document(g))
        for n in g.nodes {
            let r = try #require(all.first { $0["nodeId"] as? String == n.id })
            let ev = try #require(r["evidence"] as? [[String: Any]])
            #expect(ev.count == n.evidence.count)
            for (x, e) in zip(ev, n.evidence) {
                #expect(x["file"] as? String == e.file)
                #expect(x["article"] as? String == e.article)
                #expect(x["start"] as? Int == e.start)
                #expect(x["end"] as? Int == e.end)
                #expect(x["sentence"] as? String == e.sentence)
                #expect(x["rule"] as? String == e.rule)
            }
        }
        for e in g.edges {
            let r = try #require(all.first { $0["nodeId"] as? String == e.id })
            #expect((r["evidence"] as? [Any])?.count == e.evidence.count)
            #expect(r["weight"] as? Int == e.articleCount)
        }
    }

    @Test func hostileNamesSurviveExactly() throws {
        let g = ExportTestGraphs.hostile()
        let all = resources(try document(g))
        for n in g.nodes {
            let r = try #require(all.first { $0["nodeId"] as? String == n.id }, "\(n.id.debugDescription)")
            #expect(r["name"] as? String == n.label)
        }
        #expect(all.count == g.nodes.count + g.edges.count)
    }
}

@Suite struct IRIEncoderTests {
    @Test func appendsIdsThatAreAlreadyIRISafeVerbatim() throws {
        let iris = try IRIEncoder()
        for id in [
            "article:seeds%2F000_4ec87d5af41e9406.txt%231", "person:孟飞@山西省/吕梁市/汾阳市",
            "organization:山西汾阳市酒厂股份有限公司", "person:王洋@page:seeds%2F001.txt", "event:推进会@2024-12-09~x(1)",
        ] {
            #expect(iris.iri(id) == "https://newsgraph.example/id/" + id)
        }
    }

    @Test func encodesWhatNoIRIMayHold() {
        #expect(IRIEncoder.encode("holds:person:a->position:b") == "holds:person:a-%3Eposition:b")
        #expect(IRIEncoder.encode("a b\u{3000}c\u{A0}d") == "a%20b%E3%80%80c%C2%A0d")
        #expect(IRIEncoder.encode("50% off") == "50%25%20off")
        #expect(IRIEncoder.encode("x%2Fy%zz") == "x%2Fy%25zz")
        #expect(IRIEncoder.encode("<a>\"{b}|\\^`[c]#?") == "%3Ca%3E%22%7Bb%7D%7C%5C%5E%60%5Bc%5D%23%3F")
        #expect(IRIEncoder.encode("tab\there\u{1}\u{200B}") == "tab%09here%01%E2%80%8B")
    }
}
