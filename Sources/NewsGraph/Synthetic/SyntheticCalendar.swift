/// Day arithmetic for the synthetic timeline: day 0 is 1 January of the start year.
struct SyntheticCalendar: Sendable {
    /// Days from 1970-01-01 to 1 January of the start year.
    private let epochOffset: Int

    init(startYear: Int) {
        epochOffset = CivilCalendar.dayNumber(year: startYear, month: 1, day: 1)
    }

    /// The calendar date of timeline day `day`.
    func date(_ day: Int) -> PartialDate {
        let (y, m, d) = CivilCalendar.date(ofDay: day + epochOffset)
        return PartialDate(year: y, month: m, day: d)
    }
}
