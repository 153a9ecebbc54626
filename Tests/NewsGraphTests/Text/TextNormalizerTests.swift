import Testing

@testable import NewsGraph

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test func joinsANameCutByALineBreakAndABlankLine() {
        let n = normalizer.normalize("汾阳市委书记李正\n\n奎在观摩现场指出，全市城市基层党建工作有\n\n思路。")
        #expect(n.text == "汾阳市委书记李正奎在观摩现场指出，全市城市基层党建工作有思路。")
    }

    @Test func removesJustificationSpacesBetweenCJKAndAroundNumbers() {
        #expect(normalizer.normalize("12 月 9 日，汾 阳 市 委").text == "12月9日，汾阳市委")
        #expect(
            normalizer.normalize("推 介 会 上，汾 阳 市 委 常 委、统 战 部 长 王 月 亮 和").text
                == "推介会上，汾阳市委常委、统战部长王月亮和")
        #expect(normalizer.normalize("占地 5000\n亩、总投资 200 亿元").text == "占地5000亩、总投资200亿元")
        #expect(normalizer.normalize("钱 塘 初 冷 ，欲 饮 叙 情 。").text == "钱塘初冷，欲饮叙情。")
    }

    @Test func keepsOneSpaceBetweenLatinWordsAndJoinsLatinAcrossLinesWithASpace() {
        #expect(normalizer.normalize("运用 MES   ERP 等系统").text == "运用MES ERP等系统")
        #expect(normalizer.normalize("the quick\nbrown fox").text == "the quick brown fox")
        #expect(normalizer.normalize("覆盖党员群众 1.8\n万人次。").text == "覆盖党员群众1.8万人次。")
    }

    @Test func foldsFullWidthDigitsLettersAndSpaceButKeepsChinesePunctuation() {
        let n = normalizer.normalize("１２月，ＡＢｃ　市（站）：“好”、——")
        #expect(n.text == "12月，ABc市（站）：“好”、——")
        // The folded digit maps to the three raw bytes of `１`.
        #expect(n.offsets.rawSpan(cleanUTF8: 0..<1) == Span(start: 0, end: 3))
    }

    @Test func rebuildsParagraphsFromSentencePunctuationNotFromBlankLines() {
        let raw = "工作模式也是非常值得学习和借鉴”……\n\n12 月 9 日，汾阳市组织开展城市基层党建\n\n工作现场观摩。\n\n近年来，汾阳市深入贯彻“坚持党建\n\n引领”。”\n\n他说"
        let n = normalizer.normalize(raw)
        #expect(
            n.text.split(separator: "\n").map(String.init) == [
                "工作模式也是非常值得学习和借鉴”……", "12月9日，汾阳市组织开展城市基层党建工作现场观摩。",
                "近年来，汾阳市深入贯彻“坚持党建引领”。”", "他说",
            ])
    }

    @Test func aSemicolonOrCommaAtALineEndDoesNotEndTheParagraph() {
        #expect(normalizer.normalize("再上新台阶；\n要用好阵地，\n提升效能。").text == "再上新台阶；要用好阵地，提升效能。")
    }

    @Test func insertedBreaksMapToTheWhitespaceTheyReplace() {
        let raw = "第一句。\r\n\r\n第二句。"
        let n = normalizer.normalize(raw)
        #expect(n.text == "第一句。\n第二句。")
        let nl = n.text.utf8.firstIndex(of: 0x0A)!
        let k = n.text.utf8.distance(from: n.text.utf8.startIndex, to: nl)
        let span = n.offsets.rawSpan(cleanUTF8: k..<k + 1)
        #expect(Array(Array(raw.utf8)[span.start..<span.end]) == Array("\r\n\r\n".utf8))
    }

    @Test func forcedBreaksKeepSubheadingsOnTheirOwnLine() {
        let text = "观。\n坚持以上率下\n做好基层治理这篇大文章\n取势者可为人先。"
        let d = DecodedText(encoding: "utf-8", utf8: Array(text.utf8))
        let lines = PageLine.scan(d)
        let pieces = lines.enumerated().map { TextPiece(range: $1.range, breakAfter: $0 == 1 || $0 == 2) }
        #expect(normalizer.normalize(d, pieces: pieces).text == "观。\n坚持以上率下\n做好基层治理这篇大文章\n取势者可为人先。")
    }

    @Test func dropsControlCharactersAndTrailingSpace() {
        #expect(normalizer.normalize("  汾阳\u{07}市   \n").text == "汾阳市")
        #expect(normalizer.normalize("").text == "")
    }
}
