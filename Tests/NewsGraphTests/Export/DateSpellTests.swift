import Testing

@testable import NewsGraph

@Suite struct DateSpellTests {
    func spell(_ s: String) -> [String]? {
        DateSpell(PartialDate(edtf: s)!).map { [$0.start.iso, $0.end.iso, $0.precision.rawValue] }
    }

    @Test func coversTheDayMonthOrYearThatIsKnown() {
        #expect(spell("2024-12-09") == ["2024-12-09", "2024-12-09", "day"])
        #expect(spell("2024-02") == ["2024-02-01", "2024-02-29", "month"])
        #expect(spell("2023-02") == ["2023-02-01", "2023-02-28", "month"])
        #expect(spell("1900-02") == ["1900-02-01", "1900-02-28", "month"])
        #expect(spell("2000-02") == ["2000-02-01", "2000-02-29", "month"])
        #expect(spell("2024-11") == ["2024-11-01", "2024-11-30", "month"])
        #expect(spell("2024") == ["2024-01-01", "2024-12-31", "year"])
        #expect(spell("2024-XX-09") == ["2024-01-01", "2024-12-31", "year"])
    }

    @Test func givesNoSpellWithoutAYearOrForADayThatDoesNotExist() {
        #expect(spell("XXXX-12-09") == nil)
        #expect(spell("XXXX-12") == nil)
        #expect(spell("2023-02-29") == nil)
        #expect(spell("2024-04-31") == nil)
    }

    @Test func mergesOnlyOverlappingSpellsAndKeepsTheCoarsestPrecision() {
        let dates = ["2024-12-31", "2024-12", "2025-01-01", "XXXX-01-01", "2024-06-01"].map { PartialDate(edtf: $0)! }
        let t = DateSpell.spells(for: dates)
        #expect(
            t.spells.map { [$0.start.iso, $0.end.iso, $0.precision.rawValue] } == [
                ["2024-06-01", "2024-06-01", "day"], ["2024-12-01", "2024-12-31", "month"], ["2025-01-01", "2025-01-01", "day"],
            ])
        #expect(t.undated.map(\.edtf) == ["XXXX-01-01"])
    }
}
