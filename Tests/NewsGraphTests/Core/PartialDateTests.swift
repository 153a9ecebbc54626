import Testing

@testable import NewsGraph

@Suite struct PartialDateTests {
    @Test func writesEDTFWithUnknownYear() {
        #expect(PartialDate(month: 12, day: 9).edtf == "XXXX-12-09")
        #expect(PartialDate(year: 2024, month: 12, day: 9).edtf == "2024-12-09")
        #expect(PartialDate(year: 2024, month: 5).edtf == "2024-05")
    }

    @Test func parsesWhatItWrites() {
        for s in ["2024-12-09", "XXXX-12-09", "2024-12", "2024"] {
            #expect(PartialDate(edtf: s)?.edtf == s)
        }
        #expect(PartialDate(edtf: "2024-13-01") == nil)
        #expect(PartialDate(edtf: "XXXX") == nil)
    }

    @Test func sortsUnknownPartsAfterKnownOnes() {
        let dates = [PartialDate(month: 1, day: 2), PartialDate(year: 2024, month: 12, day: 9), PartialDate(year: 2024)]
        #expect(dates.sorted().map(\.edtf) == ["2024-12-09", "2024", "XXXX-01-02"])
    }
}
