import Testing

@testable import NewsGraph

/// Places and organisations: canonical names, nesting, and generic words that are neither.
struct PlaceOrganizationTests {
    private func places(_ t: TaggedArticle) -> [String] { t.mentions(of: .place).map(\.canonical) }
    private func orgs(_ t: TaggedArticle) -> [String] { t.mentions(of: .organization).map(\.canonical) }

    @Test func shortFormsResolveToTheFullDivisionWithItsParent() {
        let t = TagTestSupport.tag("宁波与杭州携手，浙江各地响应。")
        #expect(places(t) == ["宁波市", "杭州市", "浙江省"])
        #expect(t.mentions(of: .place).first?.attributes["parent"] == "浙江省")
    }

    @Test func suffixPlacesNestUnderThePlaceBeforeThem() {
        let t = TagTestSupport.tag("在余杭区良渚街道玉架山社区，居民纷纷点赞。")
        #expect(places(t) == ["余杭区", "良渚街道", "玉架山社区"])
        #expect(t.mentions(of: .place).last?.attributes["parent"] == "良渚街道")
    }

    @Test func aVillageInsideAnOfficeLinkIsStillAPlace() {
        let t = TagTestSupport.tag("城关镇西关村党支部书记冯建军说，路修好了。")
        #expect(t.offices.map(\.resolvedTitle) == ["城关镇西关村党支部书记"])
        #expect(Set(places(t)).isSuperset(of: ["西关村"]))
    }

    @Test func genericWordsBeforeASuffixAreNotPlaces() {
        let t = TagTestSupport.tag("要加强社区建设，推进城市社区治理，助力乡村振兴，汾酒故乡名不虚传，示范县创建。")
        #expect(places(t).isEmpty, "\(places(t))")
    }

    @Test func abbreviatedBodiesTakeThePapersCity() {
        let t = TagTestSupport.tag("市委组织部、市委专项办要发挥牵头作用，各级各部门要抓好落实。", city: "汾阳市")
        #expect(orgs(t) == ["汾阳市委组织部", "汾阳市委专项办"])
    }

    @Test func aCountyNamedEarlierInTheSentenceOwnsABareCountyBody() {
        let t = TagTestSupport.tag("交城县投资9000余万元建设县委党校。", city: "吕梁市")
        #expect(orgs(t) == ["交城县委党校"])
    }

    @Test func suffixOrganisationsKeepTheirWrittenNameAndGenericOnesAreDropped() {
        let t = TagTestSupport.tag("宁波市山西商会与辰坤社会工作服务中心合作，各村党群服务中心开放。")
        #expect(orgs(t) == ["宁波市山西商会", "辰坤社会工作服务中心"])
    }

    @Test func organisationNamesMayHoldAJoinerABracketedPlaceOrFollowAMediaName() {
        let t = TagTestSupport.tag("温州市食品业与营养协会与越秀（广州）茶业有限公司签约，新华网新华智库研究院发布报告。")
        #expect(orgs(t) == ["温州市食品业与营养协会", "越秀（广州）茶业有限公司", "新华网", "新华智库研究院"])
    }
}
