/// Arithmetic on partial dates: order when it can be decided, distance in days, periods.
///
/// A partial date stands for an interval (`2024-12` is every day of December 2024).
/// Two dates whose years are not both known or both unknown cannot be ordered, and
/// the answer is `nil` rather than a guess.
enum DateMath {
    /// How two dates relate in time.
    enum Order: Sendable { case before, same, after }

    /// `a` before, on, or after `b`; `nil` when the parts known do not decide it.
    static func order(_ a: PartialDate, _ b: PartialDate) -> Order? {
        guard (a.year == nil) == (b.year == nil) else { return nil }
        let ignoreYear = a.year == nil
        let (alo, ahi) = interval(a, ignoringYear: ignoreYear)
        let (blo, bhi) = interval(b, ignoringYear: ignoreYear)
        if ahi < blo { return .before }
        if alo > bhi { return .after }
        if a == b && a.day != nil { return .same }
        return nil
    }

    /// True when both dates name the same known day (year unknown on both sides is allowed).
    static func sameDay(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b, a.day != nil, a.month != nil else { return false }
        return a == b
    }

    /// Approximate distance in days; the year is ignored when only one side knows it.
    static func distance(_ a: PartialDate, _ b: PartialDate) -> Int {
        let ignoreYear = a.year == nil || b.year == nil
        let (alo, ahi) = interval(a, ignoringYear: ignoreYear)
        let (blo, bhi) = interval(b, ignoringYear: ignoreYear)
        if ahi < blo { return days(blo) - days(ahi) }
        if bhi < alo { return days(alo) - days(bhi) }
        return 0
    }

    /// True when `date` may fall within `since...until` (bounds inclusive, either optional).
    ///
    /// A date without a year is within a bound only when the bound has no year either.
    static func isWithin(_ date: PartialDate?, since: PartialDate?, until: PartialDate?) -> Bool {
        if since == nil && until == nil { return true }
        guard let date else { return false }
        if let since {
            if date.year == nil && since.year != nil { return false }
            let ignore = since.year == nil
            if interval(date, ignoringYear: ignore).hi < interval(since, ignoringYear: ignore).lo { return false }
        }
        if let until {
            if date.year == nil && until.year != nil { return false }
            let ignore = until.year == nil
            if interval(date, ignoringYear: ignore).lo > interval(until, ignoringYear: ignore).hi { return false }
        }
        return true
    }

    /// First and last day the date may mean, as `YYYYMMDD` numbers (year 0 when ignored).
    static func interval(_ d: PartialDate, ignoringYear: Bool) -> (lo: Int, hi: Int) {
        let y = ignoringYear ? 0 : (d.year ?? 0)
        let mlo = d.month ?? 1
        let mhi = d.month ?? 12
        let dlo = d.day ?? 1
        let dhi = d.day ?? daysIn(month: mhi, year: y)
        return (y * 10_000 + mlo * 100 + dlo, y * 10_000 + mhi * 100 + dhi)
    }

    private static func daysIn(month: Int, year: Int) -> Int { CivilCalendar.daysIn(month: month, year: year) }

    /// Day number of a `YYYYMMDD` number (civil calendar, proleptic Gregorian).
    private static func days(_ ymd: Int) -> Int {
        CivilCalendar.dayNumber(year: ymd / 10_000, month: (ymd / 100) % 100, day: ymd % 100)
    }
}
