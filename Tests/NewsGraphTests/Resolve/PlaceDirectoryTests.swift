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
}
