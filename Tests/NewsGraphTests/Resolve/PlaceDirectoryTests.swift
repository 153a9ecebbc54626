import Testing

@testable import NewsGraph

@Suite struct PlaceDirectoryTests {
    @Test func anAmbiguousNameIsSettledByTheArticlesCityOrLeftUnplaced() throws {
        // Two 朝阳区 (the gazetteer gives both parents); each paper's city picks its own.
        var beijing = ArticleFixture(file: "p/bj.txt", city: "北京市", "⟦朝阳区⟧举办活动。")
        beijing.place("朝阳区", parent: "北京市,长春市", level: "county")
        var changchun = ArticleFixture(file: "p/cc.txt", city: "长春市", province: "吉林省", "⟦朝阳区⟧举办活动。在⟦长春市⟧。")
        changchun.place("朝阳区", parent: "北京市,长春市", level: "county")
        changchun.place("长春市", parent: "吉林省", level: "prefecture")
        var nowhere = ArticleFixture(file: "p/x.txt", "⟦朝阳区⟧又举办活动。")
        nowhere.place("朝阳区", parent: "北京市,长春市", level: "county")
        let g = try GraphBuilder().build([beijing.tagged, changchun.tagged, nowhere.tagged]).graph
        let ids = g.nodes.filter { $0.type == .place && $0.label == "朝阳区" }.map(\.id)
        #expect(ids == ["place:北京市/朝阳区", "place:吉林省/长春市/朝阳区", "place:朝阳区"])
    }

    @Test func aShortFormIsTheSameNodeAsItsFullName() throws {
        var a = ArticleFixture(file: "p/a.txt", "活动走进⟦宁波⟧。")
        a.place("宁波")
        var b = ArticleFixture(file: "p/b.txt", "⟦宁波市⟧举办活动。")
        b.place("宁波市", parent: "浙江省", level: "prefecture")
        let g = try GraphBuilder().build([a.tagged, b.tagged]).graph
        let ningbo = try #require(g.nodes.first { $0.id == "place:浙江省/宁波市" })
        #expect(ningbo.articleCount == 2)
        #expect(!g.nodes.contains { $0.id == "place:宁波" })
    }

    @Test func aParentCycleInBadDataDoesNotHang() throws {
        var a = ArticleFixture(file: "p/a.txt", "⟦甲市⟧和⟦乙市⟧。")
        a.place("甲市", parent: "乙市")
        a.place("乙市", parent: "甲市")
        let g = try GraphBuilder().build([a.tagged]).graph
        #expect(g.nodes.filter { $0.type == .place }.count >= 2)
    }

    @Test func gazetteerPathsPlaceAJurisdictionNamedOnlyInsideAnOffice() throws {
        // 介休市 appears only inside 介休市委副书记: no place mention, yet the gazetteer knows its ancestors.
        var a = ArticleFixture(file: "p/a.txt", city: "介休市", province: "山西省", "⟦介休市委副书记⟧⟦邵明轩⟧出席。")
        a.person("邵明轩")
        a.office(
            "介休市委副书记", person: "邵明轩", title: "介休市委副书记", resolved: "介休市委副书记", organization: "介休市委", jurisdiction: "介休市",
            role: "副书记")
        let gazetteer: @Sendable (String, [String]) -> [String] = { name, _ in
            ["介休市": ["介休市", "晋中市", "山西省"], "山西省": ["山西省"]][name] ?? []
        }
        let facts = Pipeline(tagger: try Tagger.standard(), lineage: gazetteer).facts(a.tagged)
        #expect(facts.placePaths == ["介休市": "山西省/晋中市/介休市"])
        let g = GraphBuilder().build(try ArticleFactSet([facts])).graph
        #expect(g.nodes.contains { $0.id == "person:邵明轩@山西省/晋中市/介休市" })
        #expect(g.edges.contains { $0.id == "locatedIn:place:山西省/晋中市->place:山西省" })
        #expect(g.edges.contains { $0.id == "locatedIn:org:介休市委->place:山西省/晋中市/介休市" })
    }
}
