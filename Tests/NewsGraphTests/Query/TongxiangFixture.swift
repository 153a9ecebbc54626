@testable import NewsGraph

/// A small composed corpus (invented people; not from the seeds) about 桐乡市 in 嘉兴市:
///
/// - 周立新 is 副市长 on 2023-03-14 and 市委副书记、市长 on 2023-09-20 (a promotion), and
///   attends a 推介会 on 2023-09-21 whose article names no office;
/// - 邵文斌 and 钱卫东 are both called 桐乡市委书记 on 2023-03-14 (a conflict);
/// - 韩若松 is 市长 in one article and 副市长 in another on 2023-03-14 (a disagreement),
///   原市长 on 2023-09-20, and 市长 again on 2023-11-02 (a contradicted former office);
/// - two different 王建国 (南湖区, 海宁市) are kept apart (homonyms);
/// - a 现场推进会 on 12月9日 of an unknown year.
enum TongxiangFixture {
    static let a = FixtureArticle(
        file: "fixtures/tongxiang-0314.txt", index: 1,
        text: "本报讯 3月14日，桐乡市优化营商环境推进会召开。桐乡市委书记邵文斌出席会议并讲话。桐乡市委副书记、市长韩若松主持会议。副市长周立新通报了一季度工作情况。",
        date: PartialDate(year: 2023, month: 3, day: 14))
    static let b = FixtureArticle(
        file: "fixtures/jiaxing-0314.txt", index: 2,
        text: "本报讯 3月14日上午，桐乡市委书记钱卫东带队调研乌镇数字经济产业园。桐乡市副市长韩若松陪同调研。",
        date: PartialDate(year: 2023, month: 3, day: 14))
    static let c = FixtureArticle(
        file: "fixtures/tongxiang-0920.txt", index: 1,
        text: "本报讯 9月20日，桐乡市秋季招商引资签约仪式在乌镇举行。桐乡市委副书记、市长周立新出席并致辞。桐乡市人民政府原市长、嘉兴市政协副主席韩若松出席签约仪式。",
        date: PartialDate(year: 2023, month: 9, day: 20))
    static let d = FixtureArticle(
        file: "fixtures/tongxiang-0921.txt", index: 1,
        text: "本报讯 9月21日，桐乡市文旅推介会在杭州举行。周立新出席推介会并介绍桐乡文旅资源。",
        date: PartialDate(year: 2023, month: 9, day: 21))
    static let e = FixtureArticle(
        file: "fixtures/jiaxing-1102.txt", index: 1,
        text: "本报讯 11月2日，嘉兴市安全生产工作会议召开。桐乡市市长韩若松在会上作表态发言。",
        date: PartialDate(year: 2023, month: 11, day: 2))
    static let f = FixtureArticle(
        file: "fixtures/jiaxing-1102.txt", index: 2,
        text: "本报讯 11月2日，南湖区人民医院院长王建国在义诊活动中为群众答疑。",
        date: PartialDate(year: 2023, month: 11, day: 2))
    static let g = FixtureArticle(
        file: "fixtures/haining-1105.txt", index: 1,
        text: "11月5日，海宁市硖石街道党工委书记王建国主持召开居民议事会。",
        date: PartialDate(year: 2023, month: 11, day: 5))
    static let h = FixtureArticle(
        file: "fixtures/tongxiang-undated.txt", index: 1,
        text: "12月9日，桐乡市乡村振兴现场推进会召开。市长周立新出席会议。",
        date: PartialDate(month: 12, day: 9))

    static var graph: KnowledgeGraph {
        var g = FixtureGraph()
        let tongxiang = g.place(["浙江省", "嘉兴市", "桐乡市"])
        let wuzhen = g.place(["浙江省", "嘉兴市", "桐乡市", "乌镇镇"], level: "township")
        let jiaxing = g.place(["浙江省", "嘉兴市"], level: "prefecture")
        g.place(["浙江省", "嘉兴市", "南湖区"])
        g.place(["浙江省", "嘉兴市", "海宁市"])

        let zhou = g.person("周立新", at: "桐乡市")
        let han = g.person("韩若松", at: "桐乡市")
        let shao = g.person("邵文斌", at: "桐乡市")
        let qian = g.person("钱卫东", at: "桐乡市")
        let wangNanhu = g.person("王建国", at: "南湖区")
        let wangHaining = g.person("王建国", at: "海宁市")

        let party = "中共桐乡市委员会"
        let government = "桐乡市人民政府"
        // Article a: the 推进会 of 2023-03-14.
        let forum = g.event("桐乡市优化营商环境推进会", noun: "推进会", place: "桐乡市", placeID: tongxiang, in: a, phrase: "3月14日，桐乡市优化营商环境推进会召开")
        g.holds(
            shao, "桐乡市委书记", role: "书记", jurisdiction: "桐乡市", organization: party, written: "桐乡市委书记", in: a, phrase: "桐乡市委书记邵文斌")
        g.holds(
            han, "桐乡市委副书记", role: "副书记", jurisdiction: "桐乡市", organization: party, written: "桐乡市委副书记", in: a,
            phrase: "桐乡市委副书记、市长韩若松")
        g.holds(han, "桐乡市市长", role: "市长", jurisdiction: "桐乡市", organization: government, written: "市长", in: a, phrase: "市长韩若松")
        g.holds(
            zhou, "桐乡市副市长", role: "副市长", jurisdiction: "桐乡市", organization: government, written: "副市长", in: a, phrase: "副市长周立新")
        g.attended(shao, forum, role: .attended, in: a, phrase: "邵文斌出席会议")
        g.attended(shao, forum, role: .spoke, in: a, phrase: "邵文斌出席会议并讲话")
        g.attended(han, forum, role: .presided, in: a, phrase: "韩若松主持会议")
        g.attended(zhou, forum, role: .spoke, in: a, phrase: "周立新通报了一季度工作情况")

        // Article b, same day, another paper: a second 市委书记 and a 副市长 韩若松.
        g.holds(
            qian, "桐乡市委书记", role: "书记", jurisdiction: "桐乡市", organization: party, written: "桐乡市委书记", in: b, phrase: "桐乡市委书记钱卫东")
        g.holds(
            han, "桐乡市副市长", role: "副市长", jurisdiction: "桐乡市", organization: government, written: "桐乡市副市长", in: b,
            phrase: "桐乡市副市长韩若松")

        // Article c: 周立新 promoted; 韩若松 now 原市长.
        let signing = g.event("桐乡市秋季招商引资签约仪式", noun: "签约仪式", place: "乌镇镇", placeID: wuzhen, in: c, phrase: "桐乡市秋季招商引资签约仪式在乌镇举行")
        g.holds(
            zhou, "桐乡市委副书记", role: "副书记", jurisdiction: "桐乡市", organization: party, written: "桐乡市委副书记", in: c,
            phrase: "桐乡市委副书记、市长周立新")
        g.holds(zhou, "桐乡市市长", role: "市长", jurisdiction: "桐乡市", organization: government, written: "市长", in: c, phrase: "市长周立新")
        g.holds(
            han, "桐乡市市长", role: "市长", jurisdiction: "桐乡市", organization: government, written: "原市长", former: true, in: c,
            phrase: "桐乡市人民政府原市长、嘉兴市政协副主席韩若松")
        g.holds(
            han, "嘉兴市政协副主席", role: "副主席", jurisdiction: "嘉兴市", organization: "嘉兴市政协", written: "嘉兴市政协副主席", in: c,
            phrase: "嘉兴市政协副主席韩若松")
        g.attended(zhou, signing, role: .attended, in: c, phrase: "周立新出席")
        g.attended(zhou, signing, role: .addressed, in: c, phrase: "周立新出席并致辞")
        g.attended(han, signing, role: .attended, in: c, phrase: "韩若松出席签约仪式")

        // Article d: no office named; the nearest sightings tell.
        let promo = g.event("桐乡市文旅推介会", noun: "推介会", place: "桐乡市", placeID: tongxiang, in: d, phrase: "桐乡市文旅推介会在杭州举行")
        g.attended(zhou, promo, role: .spoke, in: d, phrase: "周立新出席推介会并介绍桐乡文旅资源")

        // Article e: the former 市长 called 市长 again, later.
        let safety = g.event("嘉兴市安全生产工作会议", noun: "会议", place: "嘉兴市", placeID: jiaxing, in: e, phrase: "嘉兴市安全生产工作会议召开")
        g.holds(
            han, "桐乡市市长", role: "市长", jurisdiction: "桐乡市", organization: government, written: "桐乡市市长", in: e, phrase: "桐乡市市长韩若松")
        g.attended(han, safety, role: .spoke, in: e, phrase: "韩若松在会上作表态发言")

        // Articles f and g: two men named 王建国.
        g.holds(
            wangNanhu, "南湖区人民医院院长", role: "院长", jurisdiction: "南湖区", organization: "南湖区人民医院", written: "南湖区人民医院院长", in: f,
            phrase: "南湖区人民医院院长王建国")
        g.holds(
            wangHaining, "硖石街道党工委书记", role: "书记", jurisdiction: "硖石街道", organization: "硖石街道党工委", written: "海宁市硖石街道党工委书记",
            in: Self.g, phrase: "海宁市硖石街道党工委书记王建国")

        // Article h: a date without a year.
        let rural = g.event("桐乡市乡村振兴现场推进会", noun: "推进会", place: "桐乡市", placeID: tongxiang, in: h, phrase: "桐乡市乡村振兴现场推进会召开")
        g.holds(zhou, "桐乡市市长", role: "市长", jurisdiction: "桐乡市", organization: government, written: "市长", in: h, phrase: "市长周立新")
        g.attended(zhou, rural, role: .attended, in: h, phrase: "周立新出席会议")
        return g.graph
    }
}
