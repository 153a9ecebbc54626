import Foundation
import Testing

@testable import NewsGraph

@Suite struct GraphMLWriterTests {
    func parsed(_ g: KnowledgeGraph) throws -> XMLTree {
        try XMLTree.parse(try ExportTestSupport.render { try GraphMLWriter().write(g, to: $0) })
    }

    func data(_ element: XMLTree, _ key: String) -> String? {
        element.children.first { $0.name == "data" && $0.attributes["key"] == key }?.text
    }

    @Test func declaresEveryKeyTypedAndForNodesOrEdgesNeverForAll() throws {
        let root = try parsed(ExportTestGraphs.small())
        let keys = root.all("key")
        #expect(keys.count > 10)
        for k in keys {
            #expect(["node", "edge"].contains(k.attributes["for"] ?? ""), "key \(k.attributes["id"] ?? "?")")
            #expect(["string", "int", "double", "float"].contains(k.attributes["attr.type"] ?? ""))
        }
        let edgeKeys = Set(keys.filter { $0.attributes["for"] == "edge" }.compactMap { $0.attributes["attr.name"] })
        #expect(edgeKeys.isSuperset(of: ["label", "type", "weight", "eid"]))
        let nodeKeys = Set(keys.filter { $0.attributes["for"] == "node" }.compactMap { $0.attributes["attr.name"] })
        #expect(nodeKeys.isSuperset(of: ["label", "type", "r", "g", "b", "size", "title", "role", "level"]))
    }

    @Test func writesDirectedGraphWithAllNodesBeforeAllEdges() throws {
        let root = try parsed(ExportTestGraphs.small())
        let graph = try #require(root.child("graph"))
        #expect(graph.attributes["edgedefault"] == "directed")
        let names = graph.children.map(\.name)
        let lastNode = try #require(names.lastIndex(of: "node"))
        let firstEdge = try #require(names.firstIndex(of: "edge"))
        #expect(lastNode < firstEdge)
        #expect(names.filter { $0 == "node" }.count == ExportTestGraphs.small().nodes.count)
        #expect(names.filter { $0 == "edge" }.count == ExportTestGraphs.small().edges.count)
    }

    @Test func keepsNativeIdsAndEdgeIdsInDataFieldsAndWeightsByArticles() throws {
        let g = ExportTestGraphs.small()
        let root = try parsed(g)
        let edges = root.all("edge")
        #expect(Set(edges.compactMap { $0.attributes["id"] }).count == g.edges.count)
        let mayor = try #require(edges.first { data($0, "e_eid") == "holds:person:贾永祥@汾阳市->position:汾阳市市长" })
        #expect(data(mayor, "e_weight") == "3.0")
        #expect(data(mayor, "e_type") == "holds")
        #expect(data(mayor, "e_label") == "汾阳市市长")
        #expect(data(mayor, "e_observationCount") == "4")
        let person = try #require(root.all("node").first { data($0, "n_nid") == "person:贾永祥@汾阳市" })
        #expect(person.attributes["id"] == "person:贾永祥_40汾阳市")
        #expect(data(person, "n_label") == "贾永祥")
        #expect(data(person, "n_type") == "Person")
        #expect(mayor.attributes["source"] == person.attributes["id"])
    }

    @Test func renamesAPropertyCalledIdSoIgraphKeepsItsVertexIds() throws {
        let root = try parsed(ExportTestGraphs.small())
        let names = root.all("key").filter { $0.attributes["for"] == "node" }.compactMap { $0.attributes["attr.name"] }
        #expect(!names.contains("id"))
        #expect(names.contains("property.id"))
        let article = try #require(root.all("node").first { data($0, "n_nid") == "article:seeds/page.txt#1" })
        #expect(data(article, "n_p_property.id") == "seeds/page.txt#1")
    }

    @Test func colorsNodesByTypeAndSizesThemByDegree() throws {
        let root = try parsed(ExportTestGraphs.small())
        let nodes = root.all("node")
        let jia = try #require(nodes.first { data($0, "n_nid") == "person:贾永祥@汾阳市" })
        let wang = try #require(nodes.first { data($0, "n_nid") == "person:王宏@杭州市" })
        let place = try #require(nodes.first { data($0, "n_nid") == "place:山西省/吕梁市" })
        #expect([data(jia, "n_r"), data(jia, "n_g"), data(jia, "n_b")] == ["31", "119", "180"])
        #expect(data(place, "n_r") != data(jia, "n_r"))
        let sizeJia = try #require(Double(data(jia, "n_size") ?? ""))
        let sizeWang = try #require(Double(data(wang, "n_size") ?? ""))
        #expect(data(jia, "n_degree") == "4")
        #expect(sizeJia > sizeWang)
    }

    @Test func hostileNamesSurviveAReparseWithOnlyForbiddenCharactersRemoved() throws {
        let g = ExportTestGraphs.hostile()
        let root = try parsed(g)
        let nodes = root.all("node")
        #expect(nodes.count == g.nodes.count)
        for n in g.nodes {
            let x = try #require(nodes.first { data($0, "n_nid") == XMLText.clean(n.id) }, "\(n.id.debugDescription)")
            #expect(data(x, "n_label") == XMLText.clean(n.label))
        }
        // Ids are NMTOKENs: name characters only, and still distinct.
        let ids = nodes.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == g.nodes.count)
        for id in ids {
            #expect(
                id.unicodeScalars.allSatisfy { u in
                    u.properties.isAlphabetic || ("0"..."9").contains(u) || "-.:_".unicodeScalars.contains(u)
                }, "\(id)")
        }
        for e in root.all("edge") {
            #expect(ids.contains(e.attributes["source"] ?? ""))
            #expect(ids.contains(e.attributes["target"] ?? ""))
        }
    }

    @Test func refusesAnEdgeToAMissingNode() {
        var g = ExportTestGraphs.small()
        g.edges.append(Edge(id: "holds:person:x->position:none", type: .holds, source: "person:贾永祥@汾阳市", target: "position:none"))
        #expect(throws: NewsGraphError.self) { try ExportTestSupport.render { try GraphMLWriter().write(g, to: $0) } }
    }
}
