/// Day arithmetic for the synthetic timeline: day 0 is 1 January of the start year.
struct SyntheticCalendar: Sendable {
    /// Days from 1970-01-01 to 1 January of the start year.
    private let epochOffset: Int

    init(startYear: Int) {
        epochOffset = Self.daysFromCivil(year: startYear, month: 1, day: 1)
    }

    /// The calendar date of timeline day `day`.
    func date(_ day: Int) -> PartialDate {
        let (y, m, d) = Self.civilFromDays(day + epochOffset)
        return PartialDate(year: y, month: m, day: d)
    }

    /// Howard Hinnant's `days_from_civil` (proleptic Gregorian).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's `civil_from_days`.
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
