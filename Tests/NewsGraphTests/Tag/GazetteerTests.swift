import Testing

@testable import NewsGraph

/// The gazetteer resolves short forms and homonyms, and walks a division up to its province.
struct GazetteerTests {
    let gaz = TagTestSupport.tagger.gazetteer

    @Test func aCountyLevelCityHasItsPrefectureAndProvinceAbove() {
        #expect(gaz.ancestry(of: "汾阳市") == ["汾阳市", "吕梁市", "山西省"])
        #expect(gaz.province(of: "汾阳市") == "山西省")
        #expect(gaz.resolve("吕梁")?.name == "吕梁市")
    }

    @Test func aSharedDistrictNameResolvesUnderThePlaceInContext() {
        #expect(gaz.resolve("朝阳区", near: ["长春市"])?.parent == "长春市")
        #expect(gaz.resolve("朝阳区", near: ["北京市"])?.parent == "北京市")
        #expect(gaz.ancestry(of: "鼓楼区", near: ["南京市"]).dropFirst().first == "南京市")
    }

    @Test func unknownNamesResolveToNothing() {
        #expect(gaz.resolve("不存在市") == nil)
        #expect(gaz.ancestry(of: "东方红社区").isEmpty)
    }
}
