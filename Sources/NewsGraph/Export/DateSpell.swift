/// A closed interval of calendar days that a relation was observed in, for Gephi's timeline.
///
/// Partial dates become spells honestly: a full date is that one day, `2024-12` the
/// whole month, `2024` the whole year (the spell's `precision` says which). A date
/// without a year (`XXXX-12-09`) or an impossible one (`2024-02-30`) gives no spell:
/// Gephi cannot place it, so it is listed instead (see `schema/exports.md`).
public struct DateSpell: Sendable, Hashable {
    /// How much of a spell's extent is known: the coarsest date merged into it.
    public enum Precision: String, Sendable, Comparable {
        case day, month, year

        var rank: Int {
            switch self {
            case .day: return 0
            case .month: return 1
            case .year: return 2
            }
        }

        public static func < (l: Precision, r: Precision) -> Bool { l.rank < r.rank }
    }

    /// A calendar day.
    public struct Day: Sendable, Hashable, Comparable {
        public var year: Int
        public var month: Int
        public var day: Int

        /// `YYYY-MM-DD` (an `xsd:date`).
        public var iso: String {
            func pad(_ v: Int, _ w: Int) -> String {
                let s = String(v)
                return String(repeating: "0", count: max(0, w - s.count)) + s
            }
            return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        }

        public static func < (l: Day, r: Day) -> Bool { (l.year, l.month, l.day) < (r.year, r.month, r.day) }
    }

    /// First day of the spell (inclusive).
    public var start: Day
    /// Last day of the spell (inclusive); never before `start`.
    public var end: Day
    public var precision: Precision

    /// The spell a date covers, or nil when it has no year or does not exist.
    public init?(_ date: PartialDate) {
        guard let y = date.year, (1...9999).contains(y) else { return nil }
        guard let m = date.month else {
            start = Day(year: y, month: 1, day: 1)
            end = Day(year: y, month: 12, day: 31)
            precision = .year
            return
        }
        let last = DateSpell.daysIn(month: m, year: y)
        guard let d = date.day else {
            start = Day(year: y, month: m, day: 1)
            end = Day(year: y, month: m, day: last)
            precision = .month
            return
        }
        guard d <= last else { return nil }
        start = Day(year: y, month: m, day: d)
        end = start
        precision = .day
    }

    init(start: Day, end: Day, precision: Precision) {
        self.start = start
        self.end = end
        self.precision = precision
    }

    /// Days in `month` of `year` (Gregorian).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The spells of `dates`, sorted, with overlapping spells merged, and the dates that gave none.
    ///
    /// Gephi refuses overlapping intervals on one element, hence the merge; the merged
    /// spell takes the coarsest precision of its parts.
    public static func spells(for dates: [PartialDate]) -> (spells: [DateSpell], undated: [PartialDate]) {
        var raw: [DateSpell] = []
        var undated: [PartialDate] = []
        for d in dates {
            if let s = DateSpell(d) { raw.append(s) } else { undated.append(d) }
        }
        raw.sort { ($0.start, $0.end, $0.precision.rank) < ($1.start, $1.end, $1.precision.rank) }
        var merged: [DateSpell] = []
        for s in raw {
            if var last = merged.last, s.start <= last.end {
                if s.end > last.end { last.end = s.end }
                if s.precision > last.precision { last.precision = s.precision }
                merged[merged.count - 1] = last
            } else {
                merged.append(s)
            }
        }
        let uniqueUndated = Array(Set(undated)).sorted()
        return (merged, uniqueUndated)
    }
}
