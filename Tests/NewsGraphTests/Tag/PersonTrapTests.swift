import Testing

@testable import NewsGraph

/// Words that start with a surname but are not people must never become persons,
/// even in the contexts where bare names are otherwise accepted.
struct PersonTrapTests {
    @Test(arguments: [
        ("小区居民李大爷的感慨，道出了心声。", "李大爷"),
        ("社区居民张奶奶的由衷夸赞，源于务实举措。", "张奶奶"),
        ("商户王老板的深切感慨，彰显了成效。", "王老板"),
        ("学生家长刘女士的真情心声，是生动写照。", "刘女士"),
        ("品鉴区内，浙江一蔡姓客商与酒企代表交谈着。", "蔡姓客商"),
        ("清水河断面、司马断面水质稳定在优良。", "司马断面"),
        ("有“汾阳王”“竹叶青”等中国驰名商标。", "汾阳王"),
        ("居民来到东方红社区党群服务中心办事。", "东方红社区"),
        ("村民赵师傅说，路修好了。", "赵师傅"),
        ("摊主周先生介绍，菜价平稳。", "周先生"),
    ])
    func aSurnameInitialWordIsNotAPerson(_ sentence: String, _ trap: String) {
        let t = TagTestSupport.tag(sentence)
        #expect(t.mentions(of: .person).isEmpty, "\(trap): \(TagTestSupport.persons(t))")
    }

    @Test func aTrapNextToARealNameDoesNotHideTheName() {
        let t = TagTestSupport.tag("社区居民冯丽娟说，李大爷每天都来。")
        #expect(TagTestSupport.persons(t) == ["冯丽娟"])
    }

    @Test(arguments: [
        "市长热线开通以来，群众反映的问题得到解决。",
        "县委书记于会上讲话，要求抓好落实。",
        "局长信箱收到来信十封。",
        "县委书记项目推进顺利。",
        "会长单位发挥了示范作用。",
        "副市长高度重视此项工作。",
        "主任医师为群众义诊，镇长助理参加培训。",
    ])
    func wordsAfterAnOfficeThatOnlyLookLikeNamesAreNotPeople(_ sentence: String) {
        let t = TagTestSupport.tag(sentence, city: "宜昌市")
        #expect(t.mentions(of: .person).isEmpty, "\(TagTestSupport.persons(t))")
    }
}
