import Testing

@testable import NewsGraph

/// Events announced with a date and a verb, and who attended them in which role.
struct EventAttendanceTests {
    private func roles(_ t: TaggedArticle) -> [String] {
        t.attendances.map { "\($0.person) \($0.event) \($0.role.rawValue)" }.sorted()
    }

    @Test func anAnnouncedMeetingIsTheEventOfItsAttendees() {
        let t = TagTestSupport.tag(
            "本报讯 11月28日，全县秋冬季森林防火工作推进会召开。县委副书记、县长马晓峰出席会议并讲话，副县长林静主持会议。会上，马晓峰强调，要压实责任。",
            city: "正定县", date: PartialDate(year: 2024, month: 11, day: 29))
        #expect(t.events.map(\.name) == ["全县秋冬季森林防火工作推进会"])
        #expect(t.events.first?.date == PartialDate(year: 2024, month: 11, day: 28))
        #expect(t.events.first?.noun == "推进会")
        #expect(roles(t) == ["林静 E1 presided", "马晓峰 E1 attended", "马晓峰 E1 spoke"])
        #expect(t.offices.first { $0.person == "马晓峰" }?.date == PartialDate(year: 2024, month: 11, day: 28))
        #expect(t.offices.filter { $0.person == "马晓峰" }.map(\.resolvedTitle) == ["正定县委副书记", "正定县县长"])
    }

    @Test func aVerbWithItsObjectAnnouncesTheEventAndLaterMentionsReferBack() {
        let t = TagTestSupport.tag(
            "3月5日，宜昌市组织开展乡村振兴项目现场观摩并召开座谈会。座谈会上，宜昌市委书记邓海洋作总结讲话。")
        #expect(t.events.map(\.name) == ["乡村振兴项目现场观摩", "座谈会"])
        #expect(roles(t) == ["邓海洋 E2 spoke"])
    }

    @Test func coordinatedPeopleShareTheVerbAndOnStageIsARole() {
        let t = TagTestSupport.tag(
            "6月18日，文旅推介会在杭州举行。推介会上，县人民政府四级调研员陶敏和县文旅局局长屈志鹏代表全县上台接受牌匾。",
            city: "淳安县")
        #expect(t.events.map(\.name) == ["文旅推介会"])
        #expect(roles(t) == ["屈志鹏 E1 onStage", "陶敏 E1 onStage"])
        #expect(t.attendances.first { $0.person == "陶敏" }?.evidence.rule == "attendance-coordinated")
    }

    @Test func aDateWithoutAnAnnouncingVerbIsNoEventAndGivesNoAttendance() {
        let t = TagTestSupport.tag("5月15日是全国助残日。副市长韦一凡表示，要关心残疾人。", city: "柳州市")
        #expect(t.events.isEmpty)
        #expect(t.attendances.isEmpty)
        #expect(t.offices.map(\.date) == [PartialDate(month: 5, day: 15)])
    }

    @Test func datesWithoutAYearStayPartialUnlessTheIssueGivesOne() {
        let partial = TagTestSupport.tag("12月2日，签约仪式举行。")
        #expect(partial.events.first?.date?.edtf == "XXXX-12-02")
        let dated = TagTestSupport.tag("12月2日，签约仪式举行。", date: PartialDate(year: 2024, month: 12, day: 3))
        #expect(dated.events.first?.date?.edtf == "2024-12-02")
        let chinese = TagTestSupport.tag("二〇二四年十二月九日，表彰大会召开。")
        #expect(chinese.events.first?.date?.edtf == "2024-12-09")
    }

    @Test func yesterdayIsDatedByTheIssueAndRecentlyIsNot() {
        let issue = PartialDate(year: 2024, month: 12, day: 10)
        let t = TagTestSupport.tag("昨天，全县安全生产工作会议召开。", date: issue)
        #expect(t.events.map { $0.date?.edtf ?? "-" } == ["2024-12-09"])
        let u = TagTestSupport.tag("近日，全县安全生产工作会议召开。", date: issue)
        #expect(u.events.map { $0.date?.edtf ?? "-" } == ["-"])
        let v = TagTestSupport.tag("昨天，全县安全生产工作会议召开。")
        #expect(v.events.map { $0.date?.edtf ?? "-" } == ["-"])
    }
}
