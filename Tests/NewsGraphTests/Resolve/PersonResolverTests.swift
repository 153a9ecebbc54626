import Testing

@testable import NewsGraph

/// The person-resolution rule of schema/graph-model.md, one clause per test.
@Suite struct PersonResolverTests {
    func people(_ fixtures: [ArticleFixture], named name: String) throws -> [Node] {
        try GraphBuilder().build(fixtures.map(\.tagged)).graph.nodes.filter {
            $0.type == .person && $0.properties["name"] == name
        }
    }

    /// An article naming one official; with `place`, the jurisdiction is also named as a place whose parent is `parent`.
    func official(
        _ file: String, city: String, chain: String, name: String, org: String?, jurisdiction: String, role: String,
        place: String? = nil, parent: String? = nil
    ) -> ArticleFixture {
        let locative = place.map { "在⟦\($0)⟧" } ?? ""
        var a = ArticleFixture(file: file, city: city, province: "山西省", date: "2024-10-08", "⟦\(chain)⟧⟦\(name)⟧\(locative)出席活动。")
        a.person(name)
        if let place { a.place(place, parent: parent, level: "county") }
        a.office(chain, person: name, title: chain, resolved: chain, organization: org, jurisdiction: jurisdiction, role: role)
        return a
    }

    @Test func officesInOneJurisdictionAtDifferentBodiesAreOnePerson() throws {
        let a = official("p/a.txt", city: "介休市", chain: "介休市委副书记", name: "邵明轩", org: "介休市委", jurisdiction: "介休市", role: "副书记")
        let b = official("p/b.txt", city: "介休市", chain: "介休市人民政府市长", name: "邵明轩", org: "介休市人民政府", jurisdiction: "介休市", role: "市长")
        let found = try people([a, b], named: "邵明轩")
        #expect(found.map(\.id) == ["person:邵明轩@介休市"])
        #expect(found.first?.articleCount == 2)
    }

    @Test func officesAtRelatedLevelsStayApartAndAreListedAsPossiblyOnePerson() throws {
        let county = official(
            "p/a.txt", city: "晋中市", chain: "介休市委副书记", name: "邵明轩", org: "介休市委", jurisdiction: "介休市", role: "副书记",
            place: "介休市", parent: "晋中市")
        let city = official(
            "p/b.txt", city: "晋中市", chain: "晋中市副市长", name: "邵明轩", org: "晋中市人民政府", jurisdiction: "晋中市", role: "副市长")
        let g = try GraphBuilder().build([county.tagged, city.tagged]).graph
        #expect(g.nodes.filter { $0.type == .person }.map(\.id) == ["person:邵明轩@晋中市", "person:邵明轩@晋中市/介休市"])
        let homonyms = HomonymFinder.find(in: g)
        #expect(homonyms.map(\.name) == ["邵明轩"])
        #expect(homonyms.first?.reasons.first?.contains("介休市 lies within 晋中市") == true)
    }

    @Test func aNameWithoutOfficeJoinsTheOfficialOfTheArticlesCity() throws {
        let a = official("p/a.txt", city: "介休市", chain: "介休市委副书记", name: "邵明轩", org: "介休市委", jurisdiction: "介休市", role: "副书记")
        var b = ArticleFixture(file: "p/b.txt", city: "介休市", "⟦邵明轩⟧走访了企业。")
        b.person("邵明轩")
        #expect(try people([a, b], named: "邵明轩").map(\.articleCount) == [2])
    }

    @Test func aNameWithoutOfficeStaysApartWhenTwoOfficialsOfThatNameLieInsideItsCity() throws {
        let x = official(
            "p/a.txt", city: "晋中市", chain: "介休市委副书记", name: "邵明轩", org: "介休市委", jurisdiction: "介休市", role: "副书记",
            place: "介休市", parent: "晋中市")
        let y = official(
            "p/b.txt", city: "晋中市", chain: "榆次区副区长", name: "邵明轩", org: "榆次区人民政府", jurisdiction: "榆次区", role: "副区长",
            place: "榆次区", parent: "晋中市")
        var z = ArticleFixture(file: "p/c.txt", city: "晋中市", "⟦邵明轩⟧走访了企业。")
        z.person("邵明轩")
        let ids = try people([x, y, z], named: "邵明轩").map(\.id)
        #expect(ids == ["person:邵明轩@晋中市", "person:邵明轩@晋中市/介休市", "person:邵明轩@晋中市/榆次区"])
    }

    @Test func aCompanyOfficeWithoutJurisdictionAnchorsOnTheCompany() throws {
        let a = official(
            "p/a.txt", city: "介休市", chain: "山西义棠煤业有限公司董事长", name: "邵明轩", org: "山西义棠煤业有限公司", jurisdiction: "", role: "董事长")
        var b = official(
            "p/b.txt", city: "太原市", chain: "山西义棠煤业有限公司董事长", name: "邵明轩", org: "山西义棠煤业有限公司", jurisdiction: "", role: "董事长")
        b.headline = "煤企座谈"
        let found = try people([a, b], named: "邵明轩")
        #expect(found.map(\.id) == ["person:邵明轩@org:山西义棠煤业有限公司"])
    }

    @Test func theSameNameInUnrelatedCitiesIsListedWithTheReason() throws {
        let g = try GraphBuilder().build(GraphCorpus.all.map(\.tagged)).graph
        let h = try #require(HomonymFinder.find(in: g).first { $0.name == "韩东明" })
        #expect(h.candidates.count == 3)
        let datong = try #require(h.candidates.first { $0.id.hasSuffix("云冈区") })
        #expect(datong.offices == ["云冈区区长"])
        #expect(h.reasons.contains { $0.contains("unrelated jurisdictions: 云冈区 and") })
        #expect(h.reasons.contains { $0.contains("no city or province (pages/misc.txt)") })
    }
}
