import Testing

@testable import NewsGraph

@Suite struct DatePatternTests {
    @Test func readsTheDatesUsersType() {
        #expect(DatePattern("12-09")?.date == PartialDate(month: 12, day: 9))
        #expect(DatePattern("12/9")?.date == PartialDate(month: 12, day: 9))
        #expect(DatePattern("2024-12")?.date == PartialDate(year: 2024, month: 12))
        #expect(DatePattern("2024-1-5")?.date == PartialDate(year: 2024, month: 1, day: 5))
        #expect(DatePattern("XXXX-12-09")?.date == PartialDate(month: 12, day: 9))
        #expect(DatePattern("12月9日")?.date == PartialDate(month: 12, day: 9))
        #expect(DatePattern("２０２４年１２月９日")?.date == PartialDate(year: 2024, month: 12, day: 9))
        #expect(DatePattern(" 2024年12月 ")?.date == PartialDate(year: 2024, month: 12))
        for bad in ["13-40", "abc", "", "12月九日", "2024-12-09-01", "--"] { #expect(DatePattern(bad) == nil, "\(bad)") }
    }

    @Test func matchesPartByPartAndAnUnknownYearIsCompatible() throws {
        let dec9 = try #require(DatePattern("12-09"))
        #expect(dec9.matches(PartialDate(month: 12, day: 9)))
        #expect(dec9.matches(PartialDate(year: 2024, month: 12, day: 9)))
        #expect(!dec9.matches(PartialDate(year: 2024, month: 12, day: 10)))
        #expect(!dec9.matches(nil))
        let year = try #require(DatePattern("2024"))
        #expect(!year.matches(PartialDate(month: 12, day: 9)))
        #expect(year.matches(PartialDate(year: 2024, month: 3)))
        #expect(try #require(DatePattern("2024-12-09")).matches(PartialDate(month: 12, day: 9)))
    }

    @Test func ordersAndMeasuresPartialDatesOnlyWhenThePartsDecide() {
        let d = { (y: Int?, m: Int?, day: Int?) in PartialDate(year: y, month: m, day: day) }
        #expect(DateMath.order(d(2023, 3, 14), d(2023, 9, 20)) == .before)
        #expect(DateMath.order(d(2023, 9, 20), d(2023, 9, 20)) == .same)
        #expect(DateMath.order(d(2023, 9, nil), d(2023, 9, 20)) == nil)
        #expect(DateMath.order(d(nil, 12, 9), d(2023, 12, 10)) == nil)
        #expect(DateMath.order(d(nil, 12, 2), d(nil, 12, 9)) == .before)
        #expect(DateMath.distance(d(2023, 9, 21), d(2023, 9, 20)) == 1)
        #expect(DateMath.distance(d(2024, 3, 1), d(2024, 2, 28)) == 2)
        #expect(DateMath.distance(d(nil, 12, 9), d(2024, 12, 6)) == 3)
        #expect(DateMath.isWithin(d(2023, 11, 2), since: d(2023, 9, nil), until: nil))
        #expect(!DateMath.isWithin(d(2023, 3, 14), since: d(2023, 9, nil), until: nil))
        #expect(!DateMath.isWithin(d(nil, 12, 9), since: d(2023, 1, 1), until: nil))
        #expect(DateMath.isWithin(d(nil, 12, 9), since: d(nil, 12, 1), until: nil))
        #expect(!DateMath.isWithin(nil, since: d(2023, 1, 1), until: nil))
    }

    @Test func placesMatchByNameOrShortForm() {
        #expect(PlaceName.matches("汾水", "汾水市"))
        #expect(PlaceName.matches("汾水市", "汾水市"))
        #expect(PlaceName.matches("临江县", "临江"))
        #expect(!PlaceName.matches("汾水", "汾水县城关镇"))
        #expect(!PlaceName.matches("", "汾水市"))
    }
}
