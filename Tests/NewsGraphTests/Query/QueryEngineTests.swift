import Testing

@testable import NewsGraph

@Suite struct QueryEngineTests {
    let engine = QueryEngine(graph: TongxiangFixture.graph)

    private func found<T>(_ r: PersonResolution<T>) -> T? {
        if case .found(let answer) = r { return answer }
        return nil
    }

    @Test func eventsOfAPersonComeInDateOrderWithAYearlessDateLast() throws {
        let answer = try #require(found(engine.events(of: "周立新")))
        #expect(answer.events.map(\.name) == ["桐乡市优化营商环境推进会", "桐乡市秋季招商引资签约仪式", "桐乡市文旅推介会", "桐乡市乡村振兴现场推进会"])
        #expect(answer.events.map { $0.date?.edtf ?? "-" } == ["2023-03-14", "2023-09-20", "2023-09-21", "XXXX-12-09"])
        let signing = answer.events[1]
        #expect(signing.roles == ["addressed", "attended"])
        #expect(signing.role == "addressed,attended")
        #expect(signing.place == "乌镇镇")
        #expect(signing.evidence.allSatisfy { $0.sentence == "桐乡市委副书记、市长周立新出席并致辞。" })
    }

    @Test func attendeesCarryTheOfficesTheirOwnArticleNames() throws {
        let events = engine.attendees(matching: "优化营商环境")
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.date?.edtf == "2023-03-14")
        #expect(event.place == "桐乡市")
        #expect(event.places == ["桐乡市", "嘉兴市", "浙江省"])
        #expect(event.attendees.map(\.name) == ["周立新", "邵文斌", "韩若松"])
        let han = try #require(event.attendees.first { $0.name == "韩若松" })
        // Text order of the chain: 市委副书记 first, then 市长; nothing from other days.
        #expect(han.offices.map(\.resolvedTitle) == ["桐乡市委副书记", "桐乡市市长"])
        #expect(han.offices.map(\.title) == ["桐乡市委副书记", "市长"])
        #expect(han.role == "presided")
        #expect(han.evidence.map(\.sentence) == ["桐乡市委副书记、市长韩若松主持会议。"])
        let zhou = try #require(event.attendees.first { $0.name == "周立新" })
        #expect(zhou.offices.map(\.resolvedTitle) == ["桐乡市副市长"])
        #expect(zhou.offices.allSatisfy { !$0.former })
    }

    @Test func officesFallBackToTheSightingsNearestTheEventDate() throws {
        // The 推介会 article (2023-09-21) names no office; the 09-20 sightings are nearest.
        let event = try #require(engine.attendees(matching: "文旅推介会").first)
        let zhou = try #require(event.attendees.first)
        #expect(zhou.name == "周立新")
        #expect(Set(zhou.offices.map(\.resolvedTitle)) == ["桐乡市委副书记", "桐乡市市长"])
        #expect(zhou.offices.allSatisfy { $0.date?.edtf == "2023-09-20" })
    }

    @Test func formerOfficesAreNotOfficesHeldAtTheDate() throws {
        let event = try #require(engine.attendees(matching: "签约仪式").first)
        let han = try #require(event.attendees.first { $0.name == "韩若松" })
        #expect(han.offices.map(\.resolvedTitle) == ["嘉兴市政协副主席"])
    }

    @Test func attendeesFilterByDateAndByPlaceOrAnyPlaceAboveIt() {
        #expect(engine.attendees(matching: "推进会").map(\.name) == ["桐乡市优化营商环境推进会", "桐乡市乡村振兴现场推进会"])
        #expect(engine.attendees(matching: "推进会", date: DatePattern("03-14")).map(\.name) == ["桐乡市优化营商环境推进会"])
        #expect(engine.attendees(matching: "推进会", date: DatePattern("12月9日")).map(\.name) == ["桐乡市乡村振兴现场推进会"])
        #expect(engine.attendees(matching: "推进会", date: DatePattern("2023-12-09")).map(\.name) == ["桐乡市乡村振兴现场推进会"])
        #expect(engine.attendees(matching: "推进会", date: DatePattern("2024")).isEmpty)
        #expect(engine.attendees(matching: "推进会", place: "嘉兴").count == 2)
        #expect(engine.attendees(matching: "推进会", place: "南湖区").isEmpty)
        // 乌镇镇 lies in 桐乡市: the short form of the parent finds the event.
        #expect(engine.attendees(matching: "签约", place: "桐乡").map(\.place) == ["乌镇镇"])
        #expect(engine.attendees(matching: "推 进 会").count == 2)
        #expect(engine.attendees(matching: nil, date: DatePattern("2023-09")).map(\.name) == ["桐乡市秋季招商引资签约仪式", "桐乡市文旅推介会"])
    }

    @Test func aNameSharedByTwoPeopleListsTheCandidatesInsteadOfGuessing() throws {
        guard case .ambiguous(let candidates) = engine.titles(of: "王建国") else {
            Issue.record("expected candidates for 王建国")
            return
        }
        #expect(candidates.map(\.id) == ["person:王建国@南湖区", "person:王建国@海宁市"])
        #expect(candidates[0].offices == ["南湖区人民医院院长"])
        #expect(candidates[1].offices == ["硖石街道党工委书记"])
        #expect(candidates[1].places == ["海宁市", "硖石街道"])
        let one = try #require(found(engine.titles(of: "person:王建国@海宁市")))
        #expect(one.titles.map(\.resolvedTitle) == ["硖石街道党工委书记"])
        if case .notFound = engine.events(of: "欧阳无名") {} else { Issue.record("expected not found") }
    }

    @Test func titlesComeInDateOrderWithFirstAndLastSeenStatusAndArticles() throws {
        let han = try #require(found(engine.titles(of: "韩若松")))
        #expect(han.titles.map(\.resolvedTitle) == ["桐乡市副市长", "桐乡市委副书记", "桐乡市市长", "嘉兴市政协副主席"])
        let mayor = han.titles[2]
        #expect(mayor.firstSeen?.edtf == "2023-03-14")
        #expect(mayor.lastSeen?.edtf == "2023-11-02")
        #expect(mayor.date == mayor.firstSeen)
        #expect(mayor.former == false)  // seen as current after the 原 sighting
        #expect(mayor.articles == 3)
        #expect(mayor.forms == ["原市长", "市长", "桐乡市市长"])
        #expect(mayor.sightings.map(\.former) == [false, true, false])
        #expect(mayor.sightings.map { $0.date?.edtf ?? "-" } == ["2023-03-14", "2023-09-20", "2023-11-02"])
        #expect(
            mayor.evidence.map(\.article) == [
                "fixtures/jiaxing-1102.txt#1", "fixtures/tongxiang-0314.txt#1", "fixtures/tongxiang-0920.txt#1",
            ])
        let zhou = try #require(found(engine.titles(of: "周立新")))
        let deputy = try #require(zhou.titles.first)
        #expect(deputy.resolvedTitle == "桐乡市副市长")
        #expect(deputy.evidence.first?.sentence == "副市长周立新通报了一季度工作情况。")
    }

    @Test func formerWhenTheLatestSightingSaysSo() throws {
        var g = FixtureGraph()
        let p = g.person("程一帆", at: "临江市")
        let early = FixtureArticle(file: "x.txt", index: 1, text: "临江市市长程一帆出席。", date: PartialDate(year: 2022, month: 5, day: 1))
        let late = FixtureArticle(file: "y.txt", index: 1, text: "临江市原市长程一帆出席。", date: PartialDate(year: 2023, month: 5, day: 1))
        g.holds(p, "临江市市长", role: "市长", jurisdiction: "临江市", written: "市长", in: early, phrase: "临江市市长程一帆")
        g.holds(p, "临江市市长", role: "市长", jurisdiction: "临江市", written: "原市长", former: true, in: late, phrase: "原市长程一帆")
        let answer = try #require(found(QueryEngine(graph: g.graph).titles(of: "程一帆")))
        #expect(answer.titles.map(\.former) == [true])
        #expect(answer.titles[0].title == "市长")
    }

    @Test func peopleFilterByOfficeWordAndPlaceWithoutMatchingDeputies() {
        let deputies = engine.people(office: "副市长", place: "桐乡")
        #expect(deputies.map(\.name) == ["周立新", "韩若松"])
        #expect(deputies.allSatisfy { $0.titles.map(\.resolvedTitle) == ["桐乡市副市长"] })
        let mayors = engine.people(office: "市长", place: "桐乡市")
        #expect(mayors.map(\.name) == ["周立新", "韩若松"])
        #expect(mayors.allSatisfy { $0.titles.map(\.resolvedTitle) == ["桐乡市市长"] })
        #expect(engine.people(office: "书记").map(\.name) == ["王建国", "邵文斌", "钱卫东"])
        #expect(engine.people(office: "市长", place: "嘉兴市").isEmpty)
        #expect(engine.people(matching: "王").map(\.id) == ["person:王建国@南湖区", "person:王建国@海宁市"])
        #expect(engine.people().count == 6)
    }

    @Test func holdersListWhoHeldAnOfficeInTheOrderFirstSeen() {
        let mayors = engine.holders(of: "桐乡市市长")
        #expect(mayors.map(\.name) == ["韩若松", "周立新"])
        #expect(mayors.map { $0.office.firstSeen?.edtf ?? "-" } == ["2023-03-14", "2023-09-20"])
        #expect(mayors.allSatisfy { !$0.office.evidence.isEmpty })
        // No exact title: a word of the title, never a deputy's.
        #expect(engine.holders(of: "市委书记").map(\.name) == ["邵文斌", "钱卫东"])
        #expect(engine.holders(of: "县长").isEmpty)
    }

    @Test func statsCountNodesEdgesArticlesAndTheDateRange() {
        let s = engine.stats()
        #expect(s.nodes["Person"] == 6)
        #expect(s.nodes["Event"] == 5)
        #expect(s.nodes["Article"] == 0)
        #expect(s.edges["holds"] == 11)  // person–office pairs, not sightings
        #expect(s.articles == 8)
        #expect(s.files == 7)
        #expect(s.earliest?.edtf == "2023-03-14")
        #expect(s.latest?.edtf == "2023-11-05")
        #expect(s.datesWithoutYear == 1)
        #expect(s.nodeCount == s.nodes.values.reduce(0, +))
    }

    @Test func aPersonIdsAnchorNamesThePlaceOrganisationOrFileAfterTheAt() {
        #expect(QueryEngine.anchor(ofPersonID: "person:程一帆@浙江省/嘉兴市/桐乡市") == "桐乡市")
        #expect(QueryEngine.anchor(ofPersonID: "person:程一帆@org:桐乡市旅游协会") == "桐乡市旅游协会")
        #expect(QueryEngine.anchor(ofPersonID: "person:程一帆@page:a%2Fb.txt") == "a/b.txt")
        #expect(QueryEngine.anchor(ofPersonID: "person:程一帆") == nil)
    }

    @Test func anEventWithoutAPlaceIsFoundThroughThePlacesItsAnnouncementNames() throws {
        var g = FixtureGraph()
        let county = g.place(["江右省", "浔阳市", "临江县"])
        let meeting = FixtureArticle(
            file: "pages/lj.txt", index: 1, text: "10月8日，临江县召开秋收工作座谈会。临江县县长程一帆主持会议。",
            date: PartialDate(month: 10, day: 8))
        let other = FixtureArticle(
            file: "pages/lj.txt", index: 2, text: "10月9日，防汛工作会议召开。程一帆出席会议。", date: PartialDate(month: 10, day: 9))
        g.article(meeting)
        g.article(other, city: "浔阳市")
        g.mentions(meeting, place: county, phrase: "临江县召开")
        let p = g.person("程一帆", at: "临江县")
        let e1 = g.event("秋收工作座谈会", noun: "座谈会", place: nil, placeID: nil, in: meeting, phrase: "临江县召开秋收工作座谈会")
        let e2 = g.event("防汛工作会议", noun: "会议", place: nil, placeID: nil, in: other, phrase: "防汛工作会议召开")
        g.attended(p, e1, role: .presided, in: meeting, phrase: "程一帆主持会议")
        g.attended(p, e2, role: .attended, in: other, phrase: "程一帆出席会议")
        let engine = QueryEngine(graph: g.graph)
        let found = try #require(engine.attendees(matching: "座谈会", place: "临江").first)
        #expect(found.place == nil)  // the graph states none; the match is inferred
        #expect(found.places == ["临江县", "浔阳市", "江右省"])
        #expect(engine.attendees(matching: "座谈会", place: "浔阳").count == 1)
        #expect(engine.attendees(matching: "座谈会", place: "东湖区").isEmpty)
        // No place named in the sentence: the article's city stands in.
        #expect(engine.attendees(matching: "防汛", place: "浔阳市").map(\.name) == ["防汛工作会议"])
        #expect(engine.attendees(matching: "防汛", place: "临江县").isEmpty)
    }
}
