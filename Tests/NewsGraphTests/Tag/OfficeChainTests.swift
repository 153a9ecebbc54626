import Testing

@testable import NewsGraph

/// Office chains on sentences of the genre composed for other provinces, cities and offices.
struct OfficeChainTests {
    private func claims(_ t: TaggedArticle, _ person: String) -> [OfficeClaim] { t.offices.filter { $0.person == person } }

    @Test func aCityChainCarriesItsJurisdictionToTheMayorLink() {
        let t = TagTestSupport.tag("浙江省湖州市委副书记、市长张三丰出席会议并讲话。")
        let c = claims(t, "张三丰")
        #expect(c.map(\.resolvedTitle) == ["浙江省湖州市委副书记", "湖州市市长"])
        #expect(c.map(\.organization) == ["浙江省湖州市委", "湖州市人民政府"])
        #expect(c.map(\.jurisdiction) == ["湖州市", "湖州市"])
        #expect(c.map(\.role) == ["副书记", "市长"])
    }

    @Test func bareCityWordsResolveToThePapersCityAndProvince() {
        let t = TagTestSupport.tag("市委常委、副市长宋雨桐，省发展改革委副主任韩东出席。", city: "湖州市")
        #expect(claims(t, "宋雨桐").map(\.resolvedTitle) == ["湖州市委常委", "湖州市副市长"])
        #expect(claims(t, "宋雨桐").map(\.organization) == ["湖州市委", "湖州市人民政府"])
        #expect(claims(t, "韩东").map(\.resolvedTitle) == ["浙江省发展改革委副主任"])
    }

    @Test func aFormerOfficeIsMarkedAndTheNextLinkIsNot() {
        let t = TagTestSupport.tag("河北省正定县人民政府原副县长、县商会会长刘长河表示，要做好服务。")
        let c = claims(t, "刘长河")
        #expect(c.map(\.title) == ["河北省正定县人民政府原副县长", "县商会会长"])
        #expect(c.map(\.resolvedTitle) == ["河北省正定县人民政府副县长", "正定县商会会长"])
        #expect(c.map(\.former) == [true, false])
    }

    @Test func aPlaceNameHoldingTheFormerCharacterIsNotAFormerOffice() {
        let t = TagTestSupport.tag("太原市委书记范国强在调研时指出，要抓好落实。")
        #expect(claims(t, "范国强").map(\.former) == [false])
        #expect(claims(t, "范国强").map(\.resolvedTitle) == ["太原市委书记"])
    }

    @Test func departmentHeadsBelongToTheBodyNamedBefore() {
        let t = TagTestSupport.tag("市委常委、宣传部长欧阳春晓在会上强调，要讲好故事。", city: "宁波市")
        #expect(TagTestSupport.persons(t) == ["欧阳春晓"])
        #expect(claims(t, "欧阳春晓").map(\.resolvedTitle) == ["宁波市委常委", "宁波市委宣传部长"])
        #expect(claims(t, "欧阳春晓").map(\.organization) == ["宁波市委", "宁波市委宣传部"])
    }

    @Test func twoPeopleJoinedByHeEachKeepTheirOwnChain() {
        let t = TagTestSupport.tag("县政协副主席钱伟和县人民法院院长孙立平代表全县上台领奖。", city: "正定县")
        #expect(TagTestSupport.persons(t) == ["钱伟", "孙立平"])
        #expect(claims(t, "钱伟").map(\.resolvedTitle) == ["正定县政协副主席"])
        #expect(claims(t, "孙立平").map(\.resolvedTitle) == ["正定县人民法院院长"])
    }

    @Test func theBoundaryWordDecidesTheLengthOfTheName() {
        let t = TagTestSupport.tag("县委组织部党建办主任宋晓原在介绍时说，副县长黄宏在致辞中表示欢迎。")
        #expect(TagTestSupport.persons(t) == ["宋晓原", "黄宏"])
    }

    @Test func namesListedAfterAnOfficeOfSeveralHoldersShareItButNotASingleHoldersOffice() {
        let t = TagTestSupport.tag("副市长冯志远、尹晓东和龚一鸣一同调研。", city: "宜昌市")
        #expect(TagTestSupport.persons(t) == ["冯志远", "尹晓东", "龚一鸣"])
        #expect(t.offices.map(\.person) == ["冯志远", "尹晓东", "龚一鸣"])
        #expect(Set(t.offices.map(\.resolvedTitle)) == ["宜昌市副市长"])
        let single = TagTestSupport.tag("市长冯志远、尹晓东和龚一鸣一同调研。", city: "宜昌市")
        #expect(TagTestSupport.persons(single) == ["冯志远", "尹晓东", "龚一鸣"])
        #expect(single.offices.map(\.person) == ["冯志远"])
        let chain = TagTestSupport.tag("市委常委、宣传部长冯志远和尹晓东一同调研。", city: "宜昌市")
        #expect(Set(chain.offices.map(\.person)) == ["冯志远"])
    }

    @Test func anOfficeWithoutANameClaimsNothing() {
        let t = TagTestSupport.tag("市委书记、市长等市领导出席会议，副市长主持。", city: "宜昌市")
        #expect(t.offices.isEmpty)
        #expect(t.mentions(of: .person).isEmpty)
    }

    @Test func theClaimCarriesEvidenceWithRawSpanSentenceAndRule() {
        let (text, marks) = TagTestSupport.marked("12月9日，推进会召开。⟦省公安厅副厅长、省警察协会会长柯文杰⟧出席。")
        let t = TagTestSupport.tag(text, city: "南昌市")
        let c = claims(t, "柯文杰")
        #expect(c.map(\.resolvedTitle) == ["江西省公安厅副厅长", "江西省警察协会会长"])
        #expect(c.map(\.organization) == ["江西省公安厅", "江西省警察协会"])
        #expect(c.first?.evidence.rule == "office-chain")
        #expect(c.first?.evidence.span == Span(start: marks[0].1.lowerBound, end: marks[0].1.upperBound))
        #expect(c.first?.evidence.sentence == "省公安厅副厅长、省警察协会会长柯文杰出席。")
        #expect(c.first?.date == PartialDate(month: 12, day: 9))
    }

    @Test func anOfficeWordInsideABodysNameDoesNotBreakTheChain() {
        let t = TagTestSupport.tag("省委书记、省人大常委会主任付建华出席开幕式并宣布开幕。", city: "郑州市", province: "河南省")
        #expect(claims(t, "付建华").map(\.resolvedTitle) == ["河南省委书记", "河南省人大常委会主任"])
        let u = TagTestSupport.tag("县政协委员会委员柳青出席会议。", city: "正定县")
        #expect(claims(u, "柳青").map(\.role) == ["委员"])
    }

    @Test func compoundSurnamesAndAnUnnamedTownship() {
        let t = TagTestSupport.tag("镇党委书记、镇长欧阳娜娜带领群众植树，副市长上官婉儿主持会议。", city: "正定县")
        #expect(TagTestSupport.persons(t) == ["欧阳娜娜", "上官婉儿"])
        #expect(claims(t, "欧阳娜娜").map(\.resolvedTitle) == ["镇党委书记", "镇长"])
        #expect(claims(t, "欧阳娜娜").map(\.organization) == ["镇党委", nil])
    }

    @Test func verbsInsideBodyNamesDoNotCutThePrefixAndVerbsAfterNamesEndThem() {
        let t = TagTestSupport.tag("县关心下一代工作委员会主任王立群作了讲话，县委组织部党建指导中心主任韩冰边走边看。", city: "正定县")
        #expect(TagTestSupport.persons(t) == ["王立群", "韩冰"])
        #expect(t.offices.map(\.resolvedTitle) == ["正定县关心下一代工作委员会主任", "正定县委组织部党建指导中心主任"])
    }

    @Test func singleHolderOfficesAreMarked() {
        let t = TagTestSupport.tag("市委书记韦东明、副市长陶敏出席。", city: "宜昌市")
        #expect(t.mentions(of: .office).map { $0.attributes["single"] ?? "0" } == ["1", "0"])
        #expect(TagTestSupport.tagger.isSingleHolder(role: "市长"))
        #expect(!TagTestSupport.tagger.isSingleHolder(role: "副市长"))
    }
}
