import Testing

@testable import NewsGraph

/// The composed 桐乡 corpus (see `TongxiangFixture`) hand-tagged and built by the real
/// `GraphBuilder`: the queries and the audit must read the builder's ids, properties
/// and observations, not only the hand-built fixture's.
@Suite struct BuiltCorpusQueryTests {
    static let articles: [ArticleFixture] = {
        var a = ArticleFixture(
            file: "pages/tongxiang-0314.txt", index: 1, city: "桐乡市", province: "浙江省", date: "2023-03-14",
            "本报讯 ⟦3月14日⟧，⟦桐乡市⟧优化营商环境推进会召开。⟦桐乡市委书记邵文斌⟧出席会议并讲话。⟦桐乡市委副书记、市长韩若松⟧主持会议。⟦副市长周立新⟧通报了一季度工作情况。")
        a.place("桐乡市", parent: "嘉兴市", level: "county")
        a.office(
            "桐乡市委书记邵文斌", person: "邵文斌", title: "桐乡市委书记", resolved: "桐乡市委书记", organization: "桐乡市委", jurisdiction: "桐乡市", role: "书记"
        )
        a.office(
            "桐乡市委副书记、市长韩若松", person: "韩若松", title: "桐乡市委副书记", resolved: "桐乡市委副书记", organization: "桐乡市委", jurisdiction: "桐乡市",
            role: "副书记")
        a.office(
            "桐乡市委副书记、市长韩若松", person: "韩若松", title: "市长", resolved: "桐乡市市长", organization: "桐乡市人民政府", jurisdiction: "桐乡市",
            role: "市长")
        a.office(
            "副市长周立新", person: "周立新", title: "副市长", resolved: "桐乡市副市长", organization: "桐乡市人民政府", jurisdiction: "桐乡市", role: "副市长")
        a.event("E1", "3月14日", name: "桐乡市优化营商环境推进会", noun: "推进会", date: "2023-03-14", place: "桐乡市")
        a.attend("邵文斌", "E1", .attended, "桐乡市委书记邵文斌")
        a.attend("邵文斌", "E1", .spoke, "桐乡市委书记邵文斌")
        a.attend("韩若松", "E1", .presided, "桐乡市委副书记、市长韩若松")
        a.attend("周立新", "E1", .spoke, "副市长周立新")

        var b = ArticleFixture(
            file: "pages/jiaxing-0314.txt", index: 2, city: "嘉兴市", province: "浙江省", date: "2023-03-14",
            "本报讯 3月14日上午，⟦桐乡市委书记钱卫东⟧带队调研乌镇数字经济产业园。⟦桐乡市副市长韩若松⟧陪同调研。")
        b.office(
            "桐乡市委书记钱卫东", person: "钱卫东", title: "桐乡市委书记", resolved: "桐乡市委书记", organization: "桐乡市委", jurisdiction: "桐乡市", role: "书记"
        )
        b.office(
            "桐乡市副市长韩若松", person: "韩若松", title: "桐乡市副市长", resolved: "桐乡市副市长", organization: "桐乡市人民政府", jurisdiction: "桐乡市",
            role: "副市长")

        var c = ArticleFixture(
            file: "pages/tongxiang-0920.txt", index: 1, city: "桐乡市", province: "浙江省", date: "2023-09-20",
            "本报讯 ⟦9月20日⟧，桐乡市秋季招商引资签约仪式在乌镇举行。⟦桐乡市委副书记、市长周立新⟧出席并致辞。⟦桐乡市人民政府原市长、嘉兴市政协副主席韩若松⟧出席签约仪式。")
        c.office(
            "桐乡市委副书记、市长周立新", person: "周立新", title: "桐乡市委副书记", resolved: "桐乡市委副书记", organization: "桐乡市委", jurisdiction: "桐乡市",
            role: "副书记")
        c.office(
            "桐乡市委副书记、市长周立新", person: "周立新", title: "市长", resolved: "桐乡市市长", organization: "桐乡市人民政府", jurisdiction: "桐乡市",
            role: "市长")
        c.office(
            "桐乡市人民政府原市长、嘉兴市政协副主席韩若松", person: "韩若松", title: "原市长", resolved: "桐乡市市长", organization: "桐乡市人民政府",
            jurisdiction: "桐乡市", role: "市长", former: true)
        c.office(
            "桐乡市人民政府原市长、嘉兴市政协副主席韩若松", person: "韩若松", title: "嘉兴市政协副主席", resolved: "嘉兴市政协副主席", organization: "嘉兴市政协",
            jurisdiction: "嘉兴市", role: "副主席")
        c.event("E1", "9月20日", name: "桐乡市秋季招商引资签约仪式", noun: "签约仪式", date: "2023-09-20", place: "桐乡市")
        c.attend("周立新", "E1", .addressed, "桐乡市委副书记、市长周立新")
        c.attend("韩若松", "E1", .attended, "桐乡市人民政府原市长、嘉兴市政协副主席韩若松")

        var e = ArticleFixture(
            file: "pages/jiaxing-1102.txt", index: 1, city: "嘉兴市", province: "浙江省", date: "2023-11-02",
            "本报讯 ⟦11月2日⟧，嘉兴市安全生产工作会议召开。⟦桐乡市市长韩若松⟧在会上作表态发言。")
        e.office(
            "桐乡市市长韩若松", person: "韩若松", title: "桐乡市市长", resolved: "桐乡市市长", organization: "桐乡市人民政府", jurisdiction: "桐乡市", role: "市长"
        )
        e.event("E1", "11月2日", name: "嘉兴市安全生产工作会议", noun: "会议", date: "2023-11-02", place: "嘉兴市")
        e.attend("韩若松", "E1", .spoke, "桐乡市市长韩若松")

        var f = ArticleFixture(
            file: "pages/jiaxing-1102.txt", index: 2, city: "嘉兴市", province: "浙江省", date: "2023-11-02",
            "本报讯 11月2日，⟦南湖区人民医院院长王建国⟧在义诊活动中为群众答疑。")
        f.office(
            "南湖区人民医院院长王建国", person: "王建国", title: "南湖区人民医院院长", resolved: "南湖区人民医院院长", organization: "南湖区人民医院",
            jurisdiction: "南湖区", role: "院长")

        var g = ArticleFixture(
            file: "pages/haining-1105.txt", index: 1, city: "海宁市", province: "浙江省", date: "2023-11-05",
            "11月5日，⟦海宁市硖石街道党工委书记王建国⟧主持召开居民议事会。")
        g.office(
            "海宁市硖石街道党工委书记王建国", person: "王建国", title: "海宁市硖石街道党工委书记", resolved: "海宁市硖石街道党工委书记", organization: "硖石街道党工委",
            jurisdiction: "海宁市", role: "书记")
        return [a, b, c, e, f, g]
    }()

    static func build() throws -> KnowledgeGraph {
        try GraphBuilder().build(articles.map(\.tagged)).graph
    }

    @Test func theBuilderKeepsOneOfficialOneNodeAndTheTwo王建国Apart() throws {
        let people = try Self.build().nodes.filter { $0.type == .person }
        #expect(people.filter { $0.label == "韩若松" }.count == 1)
        #expect(people.filter { $0.label == "王建国" }.count == 2)
    }

    @Test func theAuditFindsThePromotionTheConflictTheContradictionAndTheHomonyms() throws {
        let findings = try Auditor(graph: try Self.build()).audit()
        let kinds = Set(findings.map(\.kind))
        #expect(kinds.isSuperset(of: [.titleChange, .formerOffice, .formerContradicted, .conflict, .disagreement, .homonym]))
        let promotion = findings.first {
            $0.kind == .titleChange && $0.people.map(\.name) == ["周立新"] && $0.offices.last == "桐乡市市长"
        }
        #expect(promotion?.offices.first == "桐乡市副市长")
        let conflict = try #require(findings.first { $0.kind == .conflict })
        #expect(conflict.people.map(\.name) == ["邵文斌", "钱卫东"])
        #expect(conflict.offices == ["桐乡市委书记"])
        let homonym = try #require(findings.first { $0.kind == .homonym })
        #expect(homonym.people.count == 2 && homonym.people.allSatisfy { $0.name == "王建国" })
    }

    @Test func queriesReadTheBuildersGraph() throws {
        let engine = QueryEngine(graph: try Self.build())
        let forum = try #require(engine.attendees(matching: "推进会", date: DatePattern("03-14"), place: "嘉兴").first)
        #expect(forum.attendees.map(\.name) == ["周立新", "邵文斌", "韩若松"])
        let han = try #require(forum.attendees.first { $0.name == "韩若松" })
        #expect(Set(han.offices.map(\.resolvedTitle)) == ["桐乡市委副书记", "桐乡市市长"])
        #expect(engine.holders(of: "桐乡市市长").map(\.name) == ["韩若松", "周立新"])
        guard case .found(let titles) = engine.titles(of: "韩若松") else {
            Issue.record("韩若松 should be one person")
            return
        }
        let mayor = try #require(titles.titles.first { $0.resolvedTitle == "桐乡市市长" })
        #expect(mayor.firstSeen?.edtf == "2023-03-14" && mayor.lastSeen?.edtf == "2023-11-02")
        #expect(mayor.articles == 3)
        guard case .ambiguous(let candidates) = engine.events(of: "王建国") else {
            Issue.record("王建国 should be two people")
            return
        }
        #expect(candidates.count == 2)
        #expect(Set(candidates.flatMap(\.places)).isSuperset(of: ["南湖区", "海宁市"]))
    }
}
