import Testing

@testable import NewsGraph

/// Names without an office are taken only in safe contexts, each with its rule.
struct SafeNameTests {
    private func rules(_ t: TaggedArticle) -> [String: String] {
        Dictionary(t.mentions(of: .person).map { ($0.text, $0.evidence.rule) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aResidentNamedAfterHerCommunityIsAPerson() {
        let t = TagTestSupport.tag("“现在方便多了。”幸福路社区贺秀兰的这句话，道出了心声。")
        #expect(rules(t) == ["贺秀兰": "resident-name"])
    }

    @Test func winnersAndRoleNounsIntroduceNames() {
        let t = TagTestSupport.tag("女子组第一名周晓燕赞赛道贴心，男子组第一名邱明轩称景色很美，检测员万芳芳介绍，结果当天公示。")
        #expect(rules(t) == ["周晓燕": "role-name", "邱明轩": "role-name", "万芳芳": "role-name"])
    }

    @Test func bylinesAndPhotoCreditsArePeople() {
        let t = TagTestSupport.tag("本报记者 邵明辉\n图为新建成的便民桥。尹家豪摄\n全县新建便民桥12座。\n（葛思远 柴晓雯）")
        #expect(rules(t) == ["邵明辉": "role-name", "尹家豪": "photo-credit", "葛思远": "end-byline", "柴晓雯": "end-byline"])
    }

    @Test func authorsGivenByTheTextStageArePeopleEvenOutsideTheBody() {
        let a = TagTestSupport.article(
            "全县新建便民桥12座。", authors: [Author(name: "邵明辉", role: .reporter, span: Span(start: 100, end: 109))])
        let t = TagTestSupport.tagger.tag(a)
        #expect(t.mentions(of: .person).map(\.text) == ["邵明辉"])
        #expect(t.mentions(of: .person).first?.evidence.rule == "byline")
        #expect(t.mentions(of: .person).first?.evidence.span == Span(start: 100, end: 109))
    }

    @Test func aNameEstablishedOnceIsRecognisedLaterInTheArticle() {
        let t = TagTestSupport.tag("副县长邹建华出席会议。会上，邹建华要求抓好落实。邹建华同志强调，要压实责任。")
        #expect(t.mentions(of: .person).map(\.evidence.rule) == ["office-chain", "known-name", "known-name"])
    }

    @Test func ordinaryWordsAfterRoleNounsAreNotNames() {
        let t = TagTestSupport.tag("实现了企业、农户双赢。群众爱用的服务中心，居民代表共同议事，党员代表牵头。")
        #expect(t.mentions(of: .person).isEmpty, "\(TagTestSupport.persons(t))")
    }

    @Test func anEditorNamedAfterAColonIsAPerson() {
        let t = TagTestSupport.tag("全县新建便民桥12座。\n（责任编辑：郑小燕）")
        #expect(TagTestSupport.persons(t) == ["郑小燕"])
    }
}
