import Testing

@testable import NewsGraph

/// Rules that read beyond one phrase: enumerations, pronouns, datelines, the paper's county.
struct ContextRuleTests {
    @Test func othersInAListWithAKnownPersonArePeople() {
        let t = TagTestSupport.tag("这里走出了宋代名臣范仲淹、明代抗倭名将戚继光、浙江省原副省长柯东升等名人。")
        #expect(Set(TagTestSupport.persons(t)) == ["范仲淹", "戚继光", "柯东升"])
        #expect(t.mentions(of: .person).first { $0.text == "戚继光" }?.evidence.rule != nil)
    }

    @Test func aPronounSpeakerIsThePersonNamedJustBefore() {
        let t = TagTestSupport.tag(
            "6月3日，文旅推介会在襄阳举行。推介会上，县人民政府副县长梁志远以“千年古城”为主题作了推介。他说，古城欢迎大家。",
            city: "南漳县")
        #expect(t.attendances.map { "\($0.person) \($0.role.rawValue) \($0.evidence.rule)" } == ["梁志远 spoke attendance-pronoun"])
    }

    @Test func winnersTookPartInTheRace() {
        let t = TagTestSupport.tag("近日，城南社区举行“迎新杯”欢乐跑活动。女子组第一名周晓燕赞路线贴心。")
        #expect(t.events.map(\.noun) == ["欢乐跑"])
        #expect(t.events.first?.date == nil)
        #expect(t.attendances.map { "\($0.person) \($0.role.rawValue)" } == ["周晓燕 participated"])
    }

    @Test func anEventOnlyMentionedTakesTheDatelineOfTheArticle() {
        let t = TagTestSupport.tag(
            "江南微雨，举杯话情。12月2日，当“好酒全国行”的脚步踏入苏州，酒香四溢。推介会上，苏州市酒业协会会长秦明远在致辞中讲到，欢迎各位。在现场签约仪式上，双方进行了签约。")
        #expect(t.events.map { "\($0.noun) \($0.date?.edtf ?? "-")" } == ["推介会 XXXX-12-02", "签约仪式 XXXX-12-02"])
        #expect(t.attendances.map { "\($0.person) \($0.event) \($0.role.rawValue)" } == ["秦明远 E1 addressed"])
    }

    @Test func twoMeetingsAnnouncedTogetherAreTwoEventsAndAttendanceGoesToTheFirst() {
        let t = TagTestSupport.tag(
            "12月3日，宜昌市律师协会第二次会员代表大会和律师协会第二届理事会第一次会议召开。副市长、市司法局局长贺明出席会议并讲话。",
            city: "宜昌市")
        #expect(t.events.map(\.noun) == ["大会", "会议"])
        #expect(
            t.attendances.map { "\($0.person) \($0.event) \($0.role.rawValue)" }.sorted() == ["贺明 E1 attended", "贺明 E1 spoke"])
        #expect(t.offices.map(\.resolvedTitle) == ["宜昌市副市长", "宜昌市司法局局长"])
    }

    @Test func aBareCompanyBeforeAnOfficeIsTheCompanyNamedBefore() {
        let t = TagTestSupport.tag("位于城关镇的三峡茶业有限公司近年发展很快。公司董事长韩梅介绍，今年产值翻番。")
        #expect(t.offices.map(\.resolvedTitle) == ["三峡茶业有限公司董事长"])
        #expect(t.offices.map(\.title) == ["公司董事长"])
    }

    @Test func aCountyArticleInACityPaperReadsItsOwnCounty() {
        let t = TagTestSupport.tag("近年来，岚县大力发展马铃薯产业。县农业农村局局长任建国介绍，全县种植面积稳定。", city: "吕梁市")
        #expect(t.offices.map(\.resolvedTitle) == ["岚县农业农村局局长"])
    }

    @Test func aReportOnACountyLevelCityReadsItsMarketAsThatCity() {
        let t = TagTestSupport.tag(
            "孝义市聚焦市场主体需求。孝义市实施九大培育行动。市委书记韩东明指出，要优化营商环境。", city: "吕梁市")
        #expect(t.offices.map(\.resolvedTitle) == ["孝义市委书记"])
    }

    @Test func aNameFollowedByAnAdverbThatEndsGivenNamesKeepsThreeCharacters() {
        let t = TagTestSupport.tag("清晨，水果批发商邹丽娟刚卸下货，检测员上门取样。")
        #expect(TagTestSupport.persons(t) == ["邹丽娟"])
    }

    @Test func aBareCommunityBeforeAnOfficeIsTheCommunityJustNamed() {
        let t = TagTestSupport.tag("在江汉区民权街道花楼社区，社区党支部书记方晓丽介绍，小区实现了网格全覆盖。", city: "武汉市")
        #expect(t.offices.map(\.resolvedTitle) == ["花楼社区党支部书记"])
        #expect(t.offices.map(\.organization) == ["花楼社区党支部"])
        #expect(t.offices.map(\.title) == ["社区党支部书记"])
    }

    @Test func peopleSummedUpWithDengShareTheVerbOfTheNextClause() {
        let t = TagTestSupport.tag(
            "6月2日，茶产业论坛在杭州举行。论坛上，浙江大学教授梅立新，县茶叶协会会长钟晓岚，多位茶农代表等与会嘉宾分别围绕茶产业，从品牌建设的角度进行了主题分享。")
        #expect(t.attendances.map { "\($0.person) \($0.role.rawValue)" }.sorted() == ["梅立新 spoke", "钟晓岚 spoke"])
    }

    @Test func villageAndTownOfficesBelongToTheVillageOrTownNotToTheBranchBefore() {
        let t = TagTestSupport.tag(
            "记者走进东平县银山镇南堂子村。村党支部书记、村委会主任王金山介绍，全村共有耕地3200亩。银山镇党委副书记、镇长赵立新表示，将继续推动乡村振兴。")
        #expect(t.offices.map(\.resolvedTitle) == ["南堂子村党支部书记", "南堂子村村委会主任", "银山镇党委副书记", "银山镇镇长"])
        #expect(t.offices.map(\.organization) == ["南堂子村党支部", nil, "银山镇党委", "银山镇人民政府"])
    }

    @Test func leadersListedAfterARoleNounAllAttend() {
        let t = TagTestSupport.tag(
            "12月20日，市委理论学习中心组举行集体学习。市委书记高建设主持并讲话。市领导刘明、陈芳、周国庆、吴海波参加学习。", city: "长治市")
        #expect(TagTestSupport.persons(t) == ["高建设", "刘明", "陈芳", "周国庆", "吴海波"])
        #expect(t.attendances.filter { $0.role == .attended }.map(\.person).sorted() == ["刘明", "吴海波", "周国庆", "陈芳"].sorted())
        #expect(t.mentions(of: .organization).map(\.canonical) == ["长治市委理论学习中心组"])
    }
}
