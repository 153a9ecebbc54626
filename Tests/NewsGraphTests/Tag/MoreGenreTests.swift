import Testing

@testable import NewsGraph

/// More sentences of the genre from other regions: autonomous regions, departments, signing ceremonies.
struct MoreGenreTests {
    @Test func autonomousRegionWordsStandForTheProvince() {
        let t = TagTestSupport.tag("中共广西壮族自治区委员会原副书记、自治区政协原主席陈天宇曾到该县调研。", city: "都安瑶族自治县")
        #expect(t.offices.map(\.resolvedTitle) == ["中共广西壮族自治区委员会副书记", "广西壮族自治区政协主席"])
        #expect(t.offices.map(\.former) == [true, true])
    }

    @Test func aDepartmentLinkBelongsToTheCommitteeBeforeIt() {
        let t = TagTestSupport.tag("县委常委、宣传部部长、县融媒体中心主任莫小燕在接受采访时说，要讲好故事。", city: "都安瑶族自治县")
        #expect(t.offices.map(\.resolvedTitle) == ["都安瑶族自治县委常委", "都安瑶族自治县委宣传部部长", "都安瑶族自治县融媒体中心主任"])
    }

    @Test func attendingASigningCeremonyIsAnEventAndItsNameIsNoSigning() {
        let t = TagTestSupport.tag("4月8日，两市签署合作协议。马鞍山市政府副市长孙立新出席签约仪式并致辞。")
        #expect(t.events.map { "\($0.noun) \($0.name) \($0.date?.edtf ?? "-")" } == ["签约仪式 签约仪式 XXXX-04-08"])
        #expect(t.attendances.map(\.role).sorted() == [.addressed, .attended])
    }

    @Test func aResidentQuotedWithSayDidNotSpeakAtTheMeeting() {
        let t = TagTestSupport.tag("3月12日，植树造林推进会召开。县长覃丽华出席会议。村民韦建国说，种树是好事。")
        #expect(t.attendances.map { "\($0.person) \($0.role.rawValue)" } == ["覃丽华 attended"])
        #expect(TagTestSupport.persons(t) == ["覃丽华", "韦建国"])
    }

    @Test func theLastItemOfAListOfKnownPeopleMayGoOnAfterTheName() {
        let t = TagTestSupport.tag("县委书记韦东明、县长覃丽华出席。活动中，县领导韦东明、覃丽华、蓝天翔与群众一起植树。")
        #expect(TagTestSupport.persons(t) == ["韦东明", "覃丽华", "蓝天翔"])
    }

    @Test func anAuthorThatIsARoleWordIsNoPerson() {
        let a = TagTestSupport.article(
            "全县新建便民桥12座。",
            authors: [
                Author(name: "记者", role: .photographer, span: Span(start: 0, end: 6)),
                Author(name: "王思远", role: .photographer, span: Span(start: 7, end: 16)),
            ])
        #expect(TagTestSupport.tagger.tag(a).mentions(of: .person).map(\.text) == ["王思远"])
    }

    @Test func witnessingASigningIsAttendingAndWhatAnAddressSaysIsTheAddress() {
        let t = TagTestSupport.tag(
            "11月18日，两地战略合作签约仪式在太原举行。晋中市委副书记、市长李晓红出席并见证签约。晋中市副市长冯志坚与远航汽车工业有限公司副总经理陈晓光代表双方签约。李晓红在致辞中说，晋中将全力做好服务保障。")
        #expect(
            t.attendances.map { "\($0.person) \($0.role.rawValue)" }.sorted()
                == ["冯志坚 signed", "李晓红 addressed", "李晓红 attended", "陈晓光 signed"])
        #expect(t.offices.map(\.resolvedTitle) == ["晋中市委副书记", "晋中市市长", "晋中市副市长", "远航汽车工业有限公司副总经理"])
    }
}
