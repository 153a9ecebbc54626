import Testing

@testable import NewsGraph

@Suite struct GraphBuilderTests {
    let graph: KnowledgeGraph

    init() throws {
        graph = try GraphBuilder().build(GraphCorpus.all.map(\.tagged)).graph
    }

    func node(_ id: String) -> Node? { graph.nodes.first { $0.id == id } }
    func nodes(_ type: NodeType, named name: String) -> [Node] {
        graph.nodes.filter { $0.type == type && $0.properties["name"] == name }
    }
    func edges(_ type: EdgeType, from source: String) -> [Edge] {
        graph.edges.filter { $0.type == type && $0.source == source }
    }

    @Test func theSameOfficialInTwoArticlesIsOneNodeWithEvidenceFromBoth() throws {
        let id = "person:韩东明@山西省/晋中市/平遥县"
        let person = try #require(node(id))
        #expect(person.type == .person)
        let articles = Set(person.evidence.map(\.article))
        #expect(articles.isSuperset(of: ["pages/jz-1.txt#1", "pages/jz-2.txt#2"]))
        let holds = edges(.holds, from: id)
        #expect(holds.map(\.target) == ["position:平遥县委/副书记"])
        #expect(holds.first?.articleCount == 2)
        #expect(holds.first?.properties["resolvedTitle"] == "平遥县委副书记")
    }

    @Test func aNameWithoutOfficeInThePapersCityJoinsTheOnlyOfficialOfThatNameInside() throws {
        // 晋中市 holds 平遥县; the only 韩东明 with an office there is the 平遥 one.
        let person = try #require(node("person:韩东明@山西省/晋中市/平遥县"))
        #expect(person.evidence.contains { $0.article == "pages/jz-3.txt#1" })
        #expect(node("person:韩东明@山西省/晋中市") == nil)
    }

    @Test func homonymsInUnrelatedJurisdictionsStayApart() {
        // 大同市's own parent is stated in no article of this corpus, so its path starts there.
        let people = nodes(.person, named: "韩东明").map(\.id).sorted()
        #expect(
            people == [
                "person:韩东明@page:pages%2Fmisc.txt",
                "person:韩东明@大同市/云冈区",
                "person:韩东明@山西省/晋中市/平遥县",
            ])
        let datong = edges(.holds, from: "person:韩东明@大同市/云冈区").map(\.target)
        #expect(datong == ["position:云冈区人民政府/区长"])
    }

    @Test func placesFormTheirHierarchyUpToTheProvince() throws {
        let county = try #require(node("place:山西省/晋中市/平遥县"))
        #expect(county.properties["level"] == "county")
        let up = edges(.locatedIn, from: county.id).map(\.target)
        #expect(up == ["place:山西省/晋中市"])
        #expect(edges(.locatedIn, from: "place:山西省/晋中市").map(\.target) == ["place:山西省"])
        // The short form 晋中 is the same node as 晋中市, named in jz-3.
        let city = try #require(node("place:山西省/晋中市"))
        #expect(city.evidence.contains { $0.article == "pages/jz-3.txt#1" })
        #expect(graph.nodes.filter { $0.type == .place && $0.label.hasPrefix("晋中") }.count == 1)
    }

    @Test func eventsThatShareDatePlaceAndNameMergeAcrossArticles() throws {
        let id = "event:2024-11-18@山西省/晋中市/平遥县:平遥县文旅产业推进会"
        let event = try #require(node(id))
        #expect(Set(event.evidence.map(\.article)) == ["pages/jz-1.txt#1", "pages/jz-2.txt#2"])
        #expect(edges(.heldIn, from: id).map(\.target) == ["place:山西省/晋中市/平遥县"])
        let attended = try #require(graph.edges.first { $0.type == .attended && $0.target == id })
        #expect(attended.properties["role"] == "attended,spoke")
        #expect(attended.observations.count == 3)
    }

    @Test func anOfficeCarriesItsJurisdictionAndBelongsToItsOrganisation() throws {
        let position = try #require(node("position:晋中市委组织部/部长"))
        #expect(position.label == "晋中市委组织部 · 部长")
        #expect(position.properties["title"] == "晋中市委组织部部长")
        #expect(position.properties["jurisdiction"] == "晋中市")
        #expect(edges(.partOf, from: position.id).map(\.target) == ["org:晋中市委组织部"])
        // The department is part of the committee, and the committee is located in its city.
        #expect(edges(.partOf, from: "org:晋中市委组织部").map(\.target) == ["org:晋中市委"])
        #expect(edges(.locatedIn, from: "org:晋中市委").map(\.target) == ["place:山西省/晋中市"])
        let holds = edges(.holds, from: "person:闫丽萍@山西省/晋中市").map(\.target)
        #expect(holds == ["position:晋中市委/常委", "position:晋中市委组织部/部长"])
    }

    @Test func everyNodeAndEdgeCarriesSortedUniqueEvidence() {
        for n in graph.nodes {
            #expect(!n.evidence.isEmpty, "node \(n.id) has no evidence")
            #expect(n.evidence == Array(Set(n.evidence)).sorted())
            #expect(n.dates == Array(Set(n.dates)).sorted())
        }
        for e in graph.edges {
            #expect(!e.evidence.isEmpty, "edge \(e.id) has no evidence")
            #expect(e.evidence == Array(Set(e.evidence)).sorted())
        }
        #expect(graph.nodes.map(\.id) == graph.nodes.map(\.id).sorted())
        #expect(graph.edges.map(\.id) == graph.edges.map(\.id).sorted())
    }

    @Test func authorsAuthorTheirArticleAndArticlesMentionTheirEntities() throws {
        let reporter = try #require(nodes(.person, named: "罗晓燕").first)
        let authored = edges(.authored, from: reporter.id)
        #expect(authored.map(\.target) == ["article:pages%2Fjz-3.txt%231"])
        #expect(authored.first?.properties["role"] == "reporter")
        let mentioned = Set(edges(.mentions, from: "article:pages%2Fjz-1.txt%231").map(\.target))
        #expect(
            mentioned.isSuperset(of: [
                "person:韩东明@山西省/晋中市/平遥县", "place:山西省/晋中市/平遥县", "position:平遥县委/副书记",
                "event:2024-11-18@山西省/晋中市/平遥县:平遥县文旅产业推进会",
            ]))
    }

    @Test func idsAreSafeInIRIsEvenForHostileNames() throws {
        var a = ArticleFixture(file: "odd dir/p#1?.txt", city: "晋中市", "记者⟦王 <小>\"明\"⟧报道")
        a.person("王 <小>\"明\"")
        let g = try GraphBuilder().build([a.tagged]).graph
        // Edge ids are `TYPE:SOURCE->TARGET` (GraphModel); apart from that arrow they are as safe as node ids.
        for id in g.nodes.map(\.id) + g.edges.map({ $0.id.replacingOccurrences(of: "->", with: "") }) {
            for s in id.unicodeScalars {
                #expect(s.value > 0x20 && !"\"<>#?{}|\\^` ".unicodeScalars.contains(s), "unsafe \(s) in \(id)")
            }
        }
        #expect(g.nodes.contains { $0.id == "person:王%20%3C小%3E%22明%22@晋中市" })
    }
}
