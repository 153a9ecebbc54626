import Foundation
import Testing

@testable import NewsGraph

/// The five real pages: what a reader sees on each must come out of the text stage.
@Suite struct SeedPageTests {
    let reader = PageReader()

    func read(_ prefix: String) throws -> [Article] { try reader.read(file: TextFixtures.seed(prefix)) }

    @Test func eachPageSplitsIntoTheArticlesAReaderCounts() throws {
        // 000: four 本报讯 stories; 001: 综述, 孝义, 兴县, 阳府井, 新华社, and the 助残日 photo story;
        // 002: five 祁县 stories; 003: two 本报讯 stories, the 经济日报 reprint, a jumped tail
        // (`扩种高粱…`, printed apart from its story, so its own block) and two 本报记者 stories;
        // 004: two bylined features.
        let counts = try ["000", "001", "002", "003", "004"].map { try read($0).count }
        #expect(counts == [4, 6, 5, 6, 2])
    }

    @Test func namesCutByLineBreaksOrSpacedOutComeOutWhole() throws {
        let page = try read("000")
        #expect(page[0].text.contains("汾阳市委书记李正奎在观摩现场指出"))
        #expect(page[1].text.contains("汾阳市委副书记孟飞在推介会上介绍汾阳时"))
        #expect(page[2].text.contains("汾阳市委副书记孟飞在推介会上满怀激情地说"))
        #expect(page[2].text.contains("汾阳市委常委、统战部长王月亮和汾阳市委常委、组织部长刘梁"))
        #expect(page[2].text.contains("杭州市人民政府原副市长、杭州市旅游协会会长王宏在致辞中"))
        #expect(page[3].text.contains("汾阳市政协副主席雷国裕和汾阳市人民法院院长李应平"))
        let p1 = try read("001")
        #expect(p1[0].text.contains("市委书记孙大军亲自挂帅"))
        #expect(p1[0].text.contains("市委常委、组织部长、市委专项办主任张欣宁带头"))
    }

    @Test func headlinesCollectedAtThePageEndFindTheirArticles() throws {
        let page = try read("000")
        #expect(page.map(\.headline) == [nil, "携香越千年，甬城新篇话酒缘", nil, "白酒临越州，绍兴雅境醉风流"])
        #expect(page[1].subtitle == "“汾清天下全国行”第二十三站宁波完美收官")
        #expect(page[3].subtitle == "“汾清天下全国行”第二十二站情醉水乡泽国")
        let p1 = try read("001")
        #expect(p1[0].headline == "党建引领“融进去”基层治理“活起来”")
        #expect(p1[0].subtitle == "全市抓党建促基层治理能力提升综述")
        #expect(p1[1].headline == "孝义“九大培育行动”筑牢强劲发展动能")
        #expect(p1[2].headline == nil)  // the 兴县 story's headline is not on this page
        #expect(p1[3].headline == "“阳府井枣芽红茶”香飘京城")
        #expect(p1[4].headline == "《求是》杂志发表习近平总书记重要文章 正确认识和把握我国发展重大理论和实践问题")
    }

    @Test func headlinesPrintedAfterOrBeforeTheirArticleAttachToIt() throws {
        let p2 = try read("002")
        #expect(
            p2.map(\.headline) == [
                "阵地有用 服务实用 群众爱用 祁县把党群服务中心建在群众“心中”",
                "祁县来远镇 聚焦解决群众难题 提升基层治理质效",
                "祁县东关农贸批发市场 每日快检 织密“菜篮子”安全网",
                "祁县城区古城社区 举行“麓台上苑杯”欢乐跑活动",
                "祁县金漫园果业 延伸梨果产业链 书写振兴新答卷",
            ])
        let p3 = try read("003")
        #expect(
            p3.map(\.headline) == [
                "刘晋萍出席全市社会消费品零售额完成情况约谈会",
                "吕梁市警察协会第二次会员代表大会和警察协会第二届理事会第一次会议召开",
                "补好智能制造短板弱项", nil, "千年传承引领现代经济腾飞", "在高质量发展中增进民生福祉",
            ])
        let p4 = try read("004")
        #expect(p4[0].headline == "党建扎根基层 服务温暖民心 汾阳市以党建引领绘就基层治理幸福图景")
        #expect(p4[1].headline == "传非遗之美 赋发展之力")
        #expect(p4[1].subtitle == "汾阳市委统战部以统战实践擦亮文化名片")
    }

    @Test func bylinesAndCreditsBecomeAuthorsWithRoles() throws {
        func roles(_ a: Article) -> [String] { a.authors.map { "\($0.name)/\($0.role.rawValue)" } }
        let p0 = try read("000")
        #expect(roles(p0[0]) == ["武子祺/writer"])
        #expect(roles(p0[1]) == ["武子祺/writer", "任梦雅/writer"])
        let p1 = try read("001")
        #expect(roles(p1[0]) == ["罗丽/reporter"])
        #expect(roles(p1[1]) == ["李雅萍/reporter", "武姝君/correspondent"])
        #expect(roles(p1[3]) == ["刘锦云/writer"])
        #expect(roles(p1[5]) == ["侯利军/photographer"])
        let p2 = try read("002")
        #expect(roles(p2[2]) == ["郭佳丽/writer", "郭佳丽/photographer"])  // caption `市场检测员上门随机取样。`
        #expect(roles(p2[3]) == ["郭佳丽/photographer"])  // `郭佳丽 摄影报道`
        #expect(roles(p2[4]) == ["史婉/writer", "史婉/photographer"])  // caption matched to its story
        let p3 = try read("003")
        #expect(roles(p3[0]) == ["王洋/reporter"])
        #expect(roles(p3[4]) == ["张娟娟/reporter", "张娟娟/photographer"])
        let p4 = try read("004")
        #expect(roles(p4[1]) == ["阎志忠/reporter", "李小妮/reporter"])
    }

    @Test func authorSpansPointAtTheNamesInTheRawFile() throws {
        for prefix in ["000", "001", "002", "003", "004"] {
            let path = TextFixtures.seed(prefix)
            let raw = TextFixtures.bytes(path)
            for a in try reader.read(file: path) {
                for author in a.authors {
                    let text = String(decoding: raw[author.span.start..<author.span.end], as: UTF8.self)
                    // 武姝君 is cut by a line break in the byline: the span covers the break.
                    #expect(text.filter { !$0.isWhitespace } == author.name, "\(a.id) \(author.name)")
                }
            }
        }
    }

    @Test func pageFurnitureStaysOutOfTheText() throws {
        let all = try ["000", "001", "002", "003", "004"].flatMap { try read($0) }.map(\.text).joined(separator: "\n")
        for furniture in ["下转", "ZHENG", "政务动态", "据《经济日报》", "图为", "侯利军", "摄影报道", "（武子祺", "本报讯", "□", "本报记者"] {
            #expect(!all.contains(furniture), "\(furniture)")
        }
    }

    @Test func subheadingsInsideAnArticleStayTheirOwnParagraphs() throws {
        let paragraphs = try read("001")[0].text.split(separator: "\n").map(String.init)
        #expect(paragraphs.contains("坚持以上率下"))
        #expect(paragraphs.contains("做好基层治理这篇大文章"))
        #expect(paragraphs.contains("组织力量穿透基层治理“最后一米”"))
        // A full-width line after a paragraph end is not a subheading: it joins its sentence.
        #expect(paragraphs.contains { $0.hasPrefix("全市抓党建促基层治理能力提升专项行动开展以来") })
    }

    @Test func aReprintIsSplitFromTheLocalStoryItFollows() throws {
        let p3 = try read("003")
        #expect(p3[1].text.hasSuffix("依法、依规、依章程履行好各项权利和义务。"))
        #expect(p3[2].text.hasPrefix("制造业是立国之本"))
        #expect(p3[2].authors.isEmpty)
    }

    @Test func everyCleanCharacterMapsToTheSameRawCharacterOrADocumentedReplacement() throws {
        for path in TextFixtures.seeds {
            let raw = TextFixtures.bytes(path)
            let articles = try reader.read(file: path)
            for a in articles {
                let problems = OffsetCheck.problems(a, raw: raw, decode: OffsetCheck.utf8)
                #expect(problems.isEmpty, "\(a.id): \(problems.prefix(5))")
                #expect(a.offsets.count == a.text.utf8.count)
            }
            // Articles are in page order and do not overlap.
            for (x, y) in zip(articles, articles.dropFirst()) { #expect(x.rawSpan.end <= y.rawSpan.start) }
        }
    }

    @Test func idsNumberArticlesFromOneAndHashesIdentifyTheirBytes() throws {
        let path = TextFixtures.seed("002")
        let page = try reader.read(file: path)
        #expect(page.map(\.id) == (1...5).map { "\(path)#\($0)" })
        #expect(Set(page.map(\.contentHash)).count == 5)
        #expect(page.allSatisfy { $0.contentHash.count == 16 })
        let raw = TextFixtures.bytes(path)
        #expect(page[0].contentHash == ContentHash.fnv1a64(raw, page[0].rawSpan.start..<page[0].rawSpan.end))
        #expect(try reader.read(file: path).map(\.contentHash) == page.map(\.contentHash))
    }

    @Test func aSeedConvertedToGB18030ReadsTheSameWithOffsetsIntoTheGBBytes() throws {
        for path in TextFixtures.seeds {
            let utf8 = try reader.read(file: path)
            let text = String(decoding: TextFixtures.bytes(path), as: UTF8.self)
            let gb = [UInt8](try #require(text.data(using: TextFixtures.gb18030)))
            let articles = try reader.read(bytes: gb, file: path)
            #expect(articles.map(\.text) == utf8.map(\.text))
            #expect(articles.map(\.headline) == utf8.map(\.headline))
            #expect(articles.map { $0.authors.map(\.name) } == utf8.map { $0.authors.map(\.name) })
            for a in articles {
                let problems = OffsetCheck.problems(a, raw: gb, decode: OffsetCheck.gb)
                #expect(problems.isEmpty, "\(a.id): \(problems.prefix(5))")
            }
        }
    }
}
