import Testing

@testable import NewsGraph

/// Pages written for these tests (not from the seeds), in the layouts the seeds show.
@Suite struct ArticleSegmenterTests {
    func read(_ page: String) throws -> [Article] { try PageReader().read(bytes: Array(page.utf8), file: "page.txt") }

    @Test func headlinesAboveOpenersAndAgencyDatelinesSplitAPage() throws {
        let page = """
            ## 要闻
            YAO WEN

            ## 宁海县召开春季植树动员会

            本报讯（记者 陈思远 通讯员 周 晓）3月5日，宁海县春季植树动员会召开。县委

            副书记、县长方国强出席会议并讲话。

            （下转 2 版）

            新华社北京 3月5日电 国务院日前印发通知，部署春季植树工作。

            （任 平）

            """
        let a = try read(page)
        #expect(a.count == 2)
        #expect(a[0].headline == "宁海县召开春季植树动员会")
        #expect(a[0].authors.map { "\($0.name)/\($0.role.rawValue)" } == ["陈思远/reporter", "周晓/correspondent"])
        #expect(a[0].text == "3月5日，宁海县春季植树动员会召开。县委副书记、县长方国强出席会议并讲话。")
        #expect(a[1].text.hasPrefix("新华社北京3月5日电"))
        #expect(a[1].authors.map(\.name) == ["任平"])
        #expect(!a.map(\.text).joined().contains("要闻"))
    }

    @Test func aBylineCutByALineBreakKeepsTheWholeName() throws {
        let page = "本报讯 （记者 欧阳明 通讯员 赵\n\n一凡） 镇海区举行消防演练。\n"
        let a = try read(page)
        #expect(a.map(\.text) == ["镇海区举行消防演练。"])
        #expect(a[0].authors.map(\.name) == ["欧阳明", "赵一凡"])
        #expect(a[0].authors[1].role == .correspondent)
    }

    @Test func endHeadlinesAttachBySharedWordsNotByPosition() throws {
        let page = """
            本报讯 4月2日，象山县渔业合作社举行开渔仪式，渔民驾船出海捕捞带鱼。

            （林 海）

            本报讯 4月3日，慈溪市图书馆新馆开放，市民排队借阅新书。

            （孙 文）

            慈溪图书馆新馆迎来首批读者

            象山渔民开渔出海

            """
        let a = try read(page)
        #expect(a.map(\.headline) == ["象山渔民开渔出海", "慈溪图书馆新馆迎来首批读者"])
        #expect(a.map { $0.authors.map(\.name) } == [["林海"], ["孙文"]])
    }

    @Test func captionsAndPhotoCreditsAreFurnitureWhoseNamesBecomePhotographers() throws {
        let page = """
            □ 本报记者 许 晴

            北仑区新建口袋公园十二处，居民散步有了好去处。

            图为新建的口袋公园。

            许晴 摄

            """
        let a = try read(page)
        #expect(a.count == 1)
        #expect(a[0].text == "北仑区新建口袋公园十二处，居民散步有了好去处。")
        #expect(a[0].authors.map { "\($0.name)/\($0.role.rawValue)" } == ["许晴/reporter", "许晴/photographer"])
    }

    @Test func aLetterSpacedLineFillingTheColumnIsNotASubheading() throws {
        let page = "会上，他对下一步工作提出要求。\n\n江 北 区 委 书 记 陈 建 国\n\n在讲话中指出，要抓好落实。\n"
        let a = try read(page)
        #expect(a.map(\.text) == ["会上，他对下一步工作提出要求。\n江北区委书记陈建国在讲话中指出，要抓好落实。"])
    }
}

@Suite struct ArticleSegmenterMarkerTests {
    func read(_ page: String) throws -> [Article] { try PageReader().read(bytes: Array(page.utf8), file: "page.txt") }

    @Test func continuedFromMarkersDoNotCloseAndDeskCreditsAreFurniture() throws {
        let page = """
            （上接 1 版）

            鄞州区还将新建养老服务站八处，

            年底前全部投用。（完）

            责任编辑：郑 好

            本报讯 奉化区举办草莓节。

            """
        let a = try read(page)
        #expect(a.map(\.text) == ["鄞州区还将新建养老服务站八处，年底前全部投用。", "奉化区举办草莓节。"])
        #expect(a.allSatisfy { $0.authors.isEmpty })
    }
}

@Suite struct HeadlineLayoutTests {
    func read(_ page: String) throws -> [Article] { try PageReader().read(bytes: Array(page.utf8), file: "page.txt") }

    @Test func aHeadlineSharingNoWordsGoesToTheSideThePagePrintsHeadlinesOn() throws {
        let before = """
            象山县召开渔业工作会议
            本报讯 3月1日，象山县召开渔业工作会议，部署休渔期管理。
            （林 海）
            石浦镇渔民安全培训班开班
            本报讯 3月2日，石浦镇渔民安全培训班开班，百余名渔民参加。
            （孙 文）
            春风送暖
            本报讯 3月3日，爵溪街道志愿者走访独居老人。
            （王 静）
            """
        #expect(try read(before).map(\.headline) == ["象山县召开渔业工作会议", "石浦镇渔民安全培训班开班", "春风送暖"])
        let after = """
            本报讯 3月1日，象山县召开渔业工作会议，部署休渔期管理。
            （林 海）
            象山县召开渔业工作会议
            本报讯 3月2日，石浦镇渔民安全培训班开班，百余名渔民参加。
            （孙 文）
            石浦镇渔民安全培训班开班
            本报讯 3月3日，爵溪街道志愿者走访独居老人。
            （王 静）
            春风送暖
            """
        #expect(try read(after).map(\.headline) == ["象山县召开渔业工作会议", "石浦镇渔民安全培训班开班", "春风送暖"])
    }
}
