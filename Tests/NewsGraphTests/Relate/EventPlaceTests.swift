import Testing

@testable import NewsGraph

/// Where events were held, and names for events the text names only by their noun.
struct EventPlaceTests {
    @Test func theSubjectPlaceOfTheAnnouncingClauseHoldsTheEvent() {
        let t = TagTestSupport.tag("3月5日，宜昌市组织开展乡村振兴项目现场观摩并召开座谈会。座谈会上，宜昌市委书记邓海洋作总结讲话。")
        #expect(t.events.map(\.place) == ["宜昌市", "宜昌市"])
    }

    @Test func aPlaceAfterZaiBeatsThePaperAndAWholeCityEventIsThePapers() {
        let held = TagTestSupport.tag("6月18日，文旅推介会在杭州举行。", city: "淳安县")
        #expect(held.events.first?.place == "杭州市")
        let whole = TagTestSupport.tag("11月28日，全县秋冬季森林防火工作推进会召开。", city: "正定县")
        #expect(whole.events.first?.place == "正定县")
    }

    @Test func aBareNounAtAVisitTakesTheDatelinesTitleStageAndPlace() {
        let t = TagTestSupport.tag(
            "本报讯 9月3日，“山海协作行”活动第八站走进温州，推介本地茶叶。推介会上，县委副书记何立新介绍了全县茶产业。",
            city: "松阳县")
        let event = t.events.first { $0.noun == "推介会" }
        #expect(event?.name == "“山海协作行”活动第八站温州推介会")
        #expect(event?.place == "温州市")
        #expect(event?.date == PartialDate(month: 9, day: 3))
        #expect(t.attendances.contains { $0.person == "何立新" && $0.event == event?.key })
    }

    @Test func aMentionedEventIsNamedAfterItsLastLocativeNotThePersonBeforeIt() {
        let t = TagTestSupport.tag(
            "本报讯 5月20日，全市招商大会召开。县长黄志强在签约仪式上致辞。", city: "福清市")
        #expect(t.events.map(\.name).contains("签约仪式"))
        #expect(!t.events.map(\.name).contains { $0.contains("黄志强") })
    }
}
