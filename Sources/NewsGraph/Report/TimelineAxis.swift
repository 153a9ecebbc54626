/// The horizontal axis of one timeline (a career, or an office's holders).
///
/// It has up to three zones side by side: dates with a known year on a calendar scale;
/// dates whose year is unknown (`XXXX-12-09`) on a month–day scale of their own, drawn
/// shaded so nobody reads them as the same year as the first zone; and a column for
/// sightings without any date. A zone appears only when some mark needs it.
struct TimelineAxis: Sendable {
    /// One zone: its domain in days and where it is drawn.
    struct Zone: Sendable {
        var days: ClosedRange<Int>
        var x: ClosedRange<Double>

        /// Width of one day.
        var cell: Double { (x.upperBound - x.lowerBound) / Double(days.count) }

        /// Left edge of day `d`'s cell.
        func left(_ d: Int) -> Double { x.lowerBound + Double(d - days.lowerBound) * cell }

        /// Centre of day `d`'s cell.
        func centre(_ d: Int) -> Double { left(d) + cell / 2 }
    }

    /// A tick: where, and its label.
    struct Tick: Sendable {
        var x: Double
        var label: String
    }

    static let width = 960.0
    static let labelWidth = 210.0
    static let rightMargin = 10.0
    static let zoneGap = 16.0
    static let undatedWidth = 56.0
    /// Minimum distance between tick labels.
    static let tickSpacing = 62.0

    let dated: Zone?
    let yearless: Zone?
    let undated: ClosedRange<Double>?

    /// An axis covering every date given (nil stands for a sighting without a date).
    init(dates: [PartialDate?]) {
        var datedLo = Int.max
        var datedHi = Int.min
        var yearLo = Int.max
        var yearHi = Int.min
        var anyUndated = false
        for date in dates {
            switch DateExtent(date) {
            case .dated(let r):
                datedLo = min(datedLo, r.lowerBound)
                datedHi = max(datedHi, r.upperBound)
            case .yearless(let r):
                yearLo = min(yearLo, r.lowerBound)
                yearHi = max(yearHi, r.upperBound)
            case .undated:
                anyUndated = true
            }
        }
        let hasDated = datedLo <= datedHi
        let hasYearless = yearLo <= yearHi
        let plotStart = Self.labelWidth
        var plotEnd = Self.width - Self.rightMargin
        if anyUndated || (!hasDated && !hasYearless) {
            undated = (plotEnd - Self.undatedWidth)...plotEnd
            plotEnd -= Self.undatedWidth + Self.zoneGap
        } else {
            undated = nil
        }
        let split: Double
        switch (hasDated, hasYearless) {
        case (true, true): split = plotStart + (plotEnd - plotStart) * 0.58
        case (true, false): split = plotEnd + Self.zoneGap
        default: split = plotStart - Self.zoneGap
        }
        dated = hasDated ? Zone(days: Self.padded(datedLo...datedHi), x: plotStart...(split - Self.zoneGap / 2)) : nil
        yearless =
            hasYearless
            ? Zone(days: Self.padded(yearLo...yearHi), x: max(plotStart, split + Self.zoneGap / 2)...plotEnd) : nil
    }

    /// The domain with a margin so marks at the ends are not cut.
    static func padded(_ r: ClosedRange<Int>) -> ClosedRange<Int> {
        let pad = max(1, r.count / 30)
        return (r.lowerBound - pad)...(r.upperBound + pad)
    }

    /// Ticks of a zone: days, weeks, months or years, whichever keeps labels apart.
    func ticks(of zone: Zone, yearKnown: Bool) -> [Tick] {
        let width = zone.x.upperBound - zone.x.lowerBound
        let maxLabels = max(1, Int(width / Self.tickSpacing))
        let n = zone.days.count
        var ticks: [Tick] = []
        if n <= 120 {
            let step = max(1, (n + maxLabels - 1) / maxLabels)
            var d = zone.days.lowerBound + (n % step) / 2
            while d <= zone.days.upperBound {
                ticks.append(Tick(x: zone.centre(d), label: DateExtent.iso(d, withYear: false)))
                d += step
            }
            return ticks
        }
        let first = CivilCalendar.date(ofDay: zone.days.lowerBound)
        let last = CivilCalendar.date(ofDay: zone.days.upperBound)
        let months = (last.year - first.year) * 12 + last.month - first.month + 1
        if months <= 48 || !yearKnown {
            let step = max(1, (months + maxLabels - 1) / maxLabels)
            for k in stride(from: 1, to: months, by: step) {
                let y = first.year + (first.month - 1 + k) / 12
                let m = (first.month - 1 + k) % 12 + 1
                let d = CivilCalendar.dayNumber(year: y, month: m, day: 1)
                guard zone.days.contains(d) else { continue }
                let label = yearKnown ? "\(y)-\(m < 10 ? "0" : "")\(m)" : "\(m)月"
                ticks.append(Tick(x: zone.left(d), label: label))
            }
            return ticks
        }
        let years = last.year - first.year + 1
        let step = max(1, (years + maxLabels - 1) / maxLabels)
        for y in stride(from: first.year + 1, through: last.year, by: step) {
            ticks.append(Tick(x: zone.left(CivilCalendar.dayNumber(year: y, month: 1, day: 1)), label: String(y)))
        }
        return ticks
    }
}
