/// Where a partial date lies on a timeline, honestly: a range of days when the year is
/// known, a range of days within *some* year when only month (and day) are known, or
/// nowhere.
///
/// A full date is one day; `2024-12` covers December 2024; `2024` covers the year;
/// `XXXX-12-09` is 9 December of an unknown year; `XXXX-12` all of December of one.
enum DateExtent: Hashable, Sendable {
    /// Day numbers (days since 1970-01-01), inclusive.
    case dated(ClosedRange<Int>)
    /// Day numbers within the leap reference year, inclusive: month and day known, year not.
    case yearless(ClosedRange<Int>)
    /// No date, or no month without a year.
    case undated

    init(_ date: PartialDate?) {
        guard let date else {
            self = .undated
            return
        }
        let ref = CivilCalendar.yearlessReference
        let year = date.year ?? ref
        var lower: Int
        var upper: Int
        if let month = date.month {
            let last = CivilCalendar.daysIn(month: month, year: year)
            if let day = date.day {
                lower = CivilCalendar.dayNumber(year: year, month: month, day: min(day, last))
                upper = lower
            } else {
                lower = CivilCalendar.dayNumber(year: year, month: month, day: 1)
                upper = CivilCalendar.dayNumber(year: year, month: month, day: last)
            }
        } else if date.year != nil {
            // A day without a month says nothing more than the year.
            lower = CivilCalendar.dayNumber(year: year, month: 1, day: 1)
            upper = CivilCalendar.dayNumber(year: year, month: 12, day: 31)
        } else {
            self = .undated
            return
        }
        if lower > upper { swap(&lower, &upper) }
        self = date.year == nil ? .yearless(lower...upper) : .dated(lower...upper)
    }

    /// True when the extent is a single day.
    var isDay: Bool {
        switch self {
        case .dated(let r), .yearless(let r): return r.lowerBound == r.upperBound
        case .undated: return false
        }
    }

    /// `YYYY-MM-DD` bounds for the page's date filter; nil unless the year is known.
    var isoBounds: [String]? {
        guard case .dated(let r) = self else { return nil }
        return [Self.iso(r.lowerBound), Self.iso(r.upperBound)]
    }

    /// `YYYY-MM-DD` (or `MM-DD` for a yearless day) of a day number.
    static func iso(_ day: Int, withYear: Bool = true) -> String {
        let d = CivilCalendar.date(ofDay: day)
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        let md = pad(d.month, 2) + "-" + pad(d.day, 2)
        return withYear ? pad(d.year, 4) + "-" + md : md
    }
}
