import Testing

@testable import NewsGraph

/// Rules found wanting on the held-out pages (Fixtures/heldout), each checked on sentences composed
/// for other places and names, so the held-out pages are never the only evidence that a rule works.
struct UnseenGenreTests {
    private func claims(_ t: TaggedArticle, _ person: String) -> [OfficeClaim] { t.offices.filter { $0.person == person } }

    @Test func aSubdistrictOfficesDirectorAfterATownSecretaryIsAPersonWithAnOffice() {
        let t = TagTestSupport.tag("会上，柳溪镇党委书记韦成刚、金桥街道办事处主任江海东作表态发言。", city: "衢州市")
        #expect(TagTestSupport.persons(t) == ["韦成刚", "江海东"])
        #expect(claims(t, "江海东").map(\.resolvedTitle) == ["金桥街道办事处主任"])
        #expect(claims(t, "江海东").map(\.organization) == ["金桥街道办事处"])
        #expect(t.mentions(of: .place).map(\.canonical).contains("金桥街道"))
        #expect(!t.mentions(of: .place).map(\.canonical).contains("金桥街道办事处"))
    }

    @Test func aNameBeforeTheVerbOfATalkKeepsAllItsCharactersButAShortNameStaysShort() {
        let t = TagTestSupport.tag("县农业农村局局长房立新作交流发言，副县长江涛作总结讲话。")
        #expect(TagTestSupport.persons(t) == ["房立新", "江涛"])
    }

    @Test func anOfficeStatedInALaterSentenceIsDatedByThatSentencesOwnDate() {
        let text = """
            3月12日，全县文旅工作推进会召开。县委书记邹长林出席会议并讲话。
            3月15日，衢州市开化县人民政府原副县长、县旅游协会会长龚向前在华埠镇看望慰问了老党员。
            """
        let t = TagTestSupport.tag(text, city: "衢州市", date: PartialDate(year: 2025, month: 3, day: 16))
        #expect(claims(t, "邹长林").map(\.date?.edtf) == ["2025-03-12"])
        #expect(claims(t, "龚向前").map(\.date?.edtf) == ["2025-03-15", "2025-03-15"])
        #expect(claims(t, "龚向前").map(\.former) == [true, false])
    }

    @Test func aGivenNameEndingIn和IsNotCutBeforeAVerbOrPunctuationButTwoPeopleStillSplit() {
        let t = TagTestSupport.tag("县委副书记、县长钱永和出席并致辞。副县长董春和，县政协主席曹建和县法院院长尤明出席。")
        #expect(TagTestSupport.persons(t) == ["钱永和", "董春和", "曹建", "尤明"])
        #expect(claims(t, "钱永和").map(\.role) == ["副书记", "县长"])
    }

    @Test func anAutonomousPrefecturesPaperReads州AsItsOwnPrefecture() {
        let t = TagTestSupport.tag(
            "州委书记甘正清出席会议，州委副书记、州长梁永年主持。州人大常委会主任蒙秀英，州政协主席韦立强出席。",
            city: "黔东南苗族侗族自治州", province: "贵州省")
        #expect(claims(t, "甘正清").map(\.resolvedTitle) == ["黔东南苗族侗族自治州委书记"])
        #expect(claims(t, "梁永年").map(\.resolvedTitle) == ["黔东南苗族侗族自治州委副书记", "黔东南苗族侗族自治州州长"])
        #expect(claims(t, "蒙秀英").map(\.resolvedTitle) == ["黔东南苗族侗族自治州人大常委会主任"])
        #expect(claims(t, "韦立强").map(\.organization) == ["黔东南苗族侗族自治州政协"])
    }

    @Test func aCitysPaperDoesNotRead州InsideACityNameAsAPrefecture() {
        let t = TagTestSupport.tag("杭州公安局局长洪亮出席。", city: "湖州市")
        #expect(!t.offices.contains { $0.resolvedTitle.hasPrefix("湖州") })
    }

    @Test func aBodysNameReachesOverWordsThatOtherwiseEndAPrefix() {
        let t = TagTestSupport.tag("市经济合作局局长葛一鸣和湖北省文化和旅游厅副厅长詹文亮代表双方签约。", city: "宜昌市", province: "湖北省")
        #expect(claims(t, "葛一鸣").map(\.resolvedTitle) == ["宜昌市经济合作局局长"])
        #expect(claims(t, "詹文亮").map(\.resolvedTitle) == ["湖北省文化和旅游厅副厅长"])
    }
}

/// Names whose surname no lexicon lists, read only right after an office chain.
struct UnlistedSurnameTests {
    @Test func aThreeCharacterNameAfterAnOfficeIsReadEvenWhenItsSurnameIsUnlisted() {
        let t = TagTestSupport.tag("县委副书记、县长禤月娥，副县长粘晓燕主持会议。", city: "长治市")
        #expect(TagTestSupport.persons(t) == ["禤月娥", "粘晓燕"])
        #expect(t.offices.filter { $0.person == "禤月娥" }.map(\.role) == ["副书记", "县长"])
    }

    @Test func wordsAfterAnOfficeAreNoUnlistedName() {
        let t = TagTestSupport.tag("市委书记、市长等市领导出席会议。副县长亲自部署，局长一行三人到场，书记为大家讲课。", city: "长治市")
        #expect(TagTestSupport.persons(t).isEmpty)
        #expect(t.offices.isEmpty)
    }

    @Test func aBodysNameIsNotCutAtAShortFormInsideItNorAtATradeJoinedBy和() {
        let t = TagTestSupport.tag("会上，县文化广电和旅游局局长解文斌和五台山管委会主任闫立华先后发言。", city: "忻州市")
        #expect(t.offices.filter { $0.person == "解文斌" }.map(\.title) == ["县文化广电和旅游局局长"])
        #expect(t.offices.filter { $0.person == "闫立华" }.map(\.title) == ["五台山管委会主任"])
    }
}

/// Winners listed with their own qualifiers share the verb that follows them.
struct ListedWinnersTests {
    @Test func winnersListedWithTheirGroupsAllGoOnStage() {
        let t = TagTestSupport.tag("4月2日，全县春季欢乐跑在龙泉镇举行。男子组第一名邬晨阳、女子组第一名费雨晴上台领奖。", city: "丽水市")
        let onStage = t.attendances.filter { $0.role == .onStage }.map(\.person)
        #expect(Set(onStage) == ["邬晨阳", "费雨晴"])
    }

    @Test func aListBrokenByAVerbDoesNotShareTheNextVerb() {
        let t = TagTestSupport.tag("4月2日，全县春季欢乐跑在龙泉镇举行。男子组第一名邬晨阳领跑全程，女子组第一名费雨晴上台领奖。", city: "丽水市")
        #expect(t.attendances.filter { $0.role == .onStage }.map(\.person) == ["费雨晴"])
    }
}

/// Events and people from the second batch of held-out pages, on composed sentences.
struct LaunchCeremonyAndGrowerTests {
    @Test func aLaunchCeremonyIsOneEventAndPresidingOverTheCeremonyAttachesToIt() {
        let t = TagTestSupport.tag("1月8日，全市冰雪旅游季启动仪式在江滨公园举行。副市长裴思远主持仪式。", city: "牡丹江市")
        #expect(t.events.map(\.noun) == ["启动仪式"])
        #expect(t.attendances.map { "\($0.person)|\($0.role.rawValue)" } == ["裴思远|presided"])
    }

    @Test func aGrowerOrAVisitorNamedBareIsAPersonWithoutOffice() {
        let t = TagTestSupport.tag("种植大户喻长根和果农芮小梅都说，今年收成不错。", city: "赣州市")
        #expect(TagTestSupport.persons(t) == ["喻长根", "芮小梅"])
        #expect(t.offices.isEmpty)
    }
}
