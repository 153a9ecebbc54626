import Testing

@testable import NewsGraph

@Suite struct DateExtractorTests {
    func edtf(_ text: String, issue: PartialDate? = nil) -> [String] {
        DateExtractor(issueDate: issue).dates(in: text).map(\.date.edtf)
    }

    @Test func readsAbsoluteDatesInDigitsAndChineseNumerals() {
        #expect(edtf("2024年12月9日，会议召开。") == ["2024-12-09"])
        #expect(edtf("二〇二四年十二月九日上午") == ["2024-12-09"])
        #expect(edtf("二〇二五年一月二十三日") == ["2025-01-23"])
        #expect(edtf("截至2024年10月底") == ["2024-10"])
        #expect(edtf("２０２４年１２月９日") == ["2024-12-09"])
    }

    @Test func keepsADateWithoutAYearPartialWhenNothingGivesTheYear() {
        #expect(edtf("12月9日，汾阳市召开推进会。") == ["XXXX-12-09"])
        #expect(edtf("5月15日是全国助残日") == ["XXXX-05-15"])
        #expect(edtf("今年7月开工") == ["XXXX-07"])  // 今年 needs an issue date
    }

    @Test func takesTheYearStatedEarlierInTheArticleWhenItIsTheOnlyOne() {
        #expect(edtf("2024年，汾阳市继续推进。12月6日，推介会召开。") == ["2024", "2024-12-06"])
        // A year stated only after the date, or two different years before it, does not carry over.
        #expect(edtf("12月4日，推介会召开。2022年9月，汾阳市入选。") == ["XXXX-12-04", "2022-09"])
        #expect(edtf("2023年产量增长，2024年再创新高。12月6日召开。") == ["2023", "2024", "XXXX-12-06"])
    }

    @Test func resolvesAgainstTheIssueDateOnlyWhenOneIsGiven() {
        let issue = PartialDate(year: 2024, month: 12, day: 10)
        #expect(edtf("12月9日，会议召开。", issue: issue) == ["2024-12-09"])
        #expect(edtf("今年7月开工", issue: issue) == ["2024-07"])
        #expect(edtf("昨天下午", issue: issue) == ["2024-12-09"])
        #expect(edtf("去年", issue: issue) == ["2023"])
        #expect(edtf("近日，祁县举办运动会。", issue: issue) == ["2024-12"])
        // An issue in January: December is last year's.
        #expect(edtf("12月30日", issue: PartialDate(year: 2025, month: 1, day: 3)) == ["2024-12-30"])
        #expect(edtf("昨日", issue: PartialDate(year: 2024, month: 3, day: 1)) == ["2024-02-29"])
    }

    @Test func reportsCleanUTF8RangesTheTaggerCanReuse() {
        let (text, marks) = TextFixtures.marked("会上，⟦12月9日⟧召开的⟦2024年11月⟧会议")
        let found = DateExtractor().dates(in: text)
        #expect(found.map(\.cleanRange) == marks)
        #expect(found.map(\.form) == [.monthDay, .month])
        #expect(found.map(\.text) == ["12月9日", "2024年11月"])
    }

    @Test func doesNotReadNumbersThatAreNotDates() {
        #expect(edtf("第10期《求是》杂志") == [])
        #expect(edtf("共13个县（市、区）") == [])
        #expect(edtf("12024年") == [])
        #expect(edtf("13月5日") == [])
    }

    @Test func parsesDateOptions() {
        #expect(DateExtractor.parseDate("2024-12-10")?.edtf == "2024-12-10")
        #expect(DateExtractor.parseDate("2024年12月10日")?.edtf == "2024-12-10")
        #expect(DateExtractor.parseDate("明天") == nil)
        #expect(DateExtractor.parseDate("2024年12月10日开会") == nil)
    }

    @Test func everyCharacterThatOpensADateIsTriedAsAStart() {
        for v in DateExtractor.relativeStarts { #expect(DateExtractor.mayStartDate(v), "\(v)") }
        for u in "0123456789〇零一二三四五六七八九十".unicodeScalars { #expect(DateExtractor.mayStartDate(u.value), "\(u)") }
        // Text around dates is not tried: the scan stays cheap.
        for u in "，。的会议市长在召开".unicodeScalars { #expect(!DateExtractor.mayStartDate(u.value), "\(u)") }
        #expect(edtf("近日，昨天和今年3月", issue: PartialDate(year: 2024, month: 12, day: 10)).count == 3)
    }
}
