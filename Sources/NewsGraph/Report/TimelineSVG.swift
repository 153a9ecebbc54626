/// Draws a timeline as inline SVG on a given axis.
///
/// Each sighting is one mark placed by its date: a dot for a full date, a filled band
/// for a month or a year, hollow marks on the shaded "year unknown" zone for dates
/// without a year, a diamond in the last column for no date, and a thin line from the
/// first to the last dated sighting (a sighting span, not a term of office). Former
/// (`原…`) sightings take the `former` class. Every mark links to its evidence.
struct TimelineSVG: Sendable {
    static let top = 36.0
    static let laneHeight = 22.0

    let axis: TimelineAxis

    /// The SVG for `lanes`; `caption` is its accessible name.
    func render(_ lanes: [TimelineLane], caption: String) -> String {
        let height = Self.top + Double(lanes.count) * Self.laneHeight + 6
        var s = "<svg class=\"timeline\" viewBox=\"0 0 \(Self.num(TimelineAxis.width)) \(Self.num(height))\""
        s += " role=\"group\" aria-label=\"\(HTMLText.escape(caption))\" preserveAspectRatio=\"xMinYMin meet\">"
        s += zones(height: height)
        for (i, lane) in lanes.enumerated() {
            s += row(lane, y: Self.top + Double(i) * Self.laneHeight)
        }
        s += "</svg>"
        return s
    }

    /// Zone backgrounds, titles, ticks and grid lines.
    private func zones(height: Double) -> String {
        var s = ""
        let bottom = height - 4
        if let z = axis.dated {
            s += rect(z.x, 30, bottom, cls: "z-dated")
            let y0 = CivilCalendar.date(ofDay: z.days.lowerBound).year
            let y1 = CivilCalendar.date(ofDay: z.days.upperBound).year
            s += text(z.x.lowerBound + 2, 12, y0 == y1 ? "\(y0)" : "\(y0)–\(y1)", cls: "zt")
            for t in axis.ticks(of: z, yearKnown: true) { s += tick(t, bottom) }
        }
        if let z = axis.yearless {
            s += rect(z.x, 30, bottom, cls: "z-yearless")
            s += text(z.x.lowerBound + 2, 12, "年份不详 year unknown", cls: "zt")
            for t in axis.ticks(of: z, yearKnown: false) { s += tick(t, bottom) }
        }
        if let x = axis.undated {
            s += rect(x, 30, bottom, cls: "z-undated")
            s += text(x.lowerBound + 2, 12, "无日期", cls: "zt")
        }
        return s
    }

    private func row(_ lane: TimelineLane, y: Double) -> String {
        let mid = y + Self.laneHeight / 2
        var s =
            "<line class=\"lane-rule\" x1=\"0\" x2=\"\(Self.num(TimelineAxis.width))\" y1=\"\(Self.num(y + Self.laneHeight))\" y2=\"\(Self.num(y + Self.laneHeight))\"/>"
        let label =
            "<text class=\"lane\" x=\"\(Self.num(TimelineAxis.labelWidth - 8))\" y=\"\(Self.num(mid + 4))\" text-anchor=\"end\"><title>\(HTMLText.escape(lane.label))</title>\(HTMLText.escape(HTMLText.truncate(lane.label, width: 30)))</text>"
        s += lane.href.map { "<a href=\"\(HTMLText.escape($0))\">\(label)</a>" } ?? label
        s += spans(lane.marks, mid: mid)
        var undatedIndex = 0
        for mark in lane.marks {
            let shape: String
            let yearless: Bool
            switch DateExtent(mark.date) {
            case .dated(let r):
                guard let z = axis.dated else { continue }
                shape = Self.shape(z, r, mid: mid, hollow: false)
                yearless = false
            case .yearless(let r):
                guard let z = axis.yearless else { continue }
                shape = Self.shape(z, r, mid: mid, hollow: true)
                yearless = true
            case .undated:
                guard let x = axis.undated else { continue }
                let width = x.upperBound - x.lowerBound - 16
                let cx = x.lowerBound + 8 + Double((undatedIndex * 9) % max(1, Int(width)))
                undatedIndex += 1
                shape = "<path class=\"CLS\" d=\"M\(Self.num(cx)) \(Self.num(mid - 5))l5 5l-5 5l-5-5z\"/>"
                yearless = true
            }
            var cls = "mk"
            if yearless { cls += " yl" }
            if mark.former { cls += " former" }
            s += "<a href=\"\(HTMLText.escape(mark.href))\"><title>\(HTMLText.escape(mark.tooltip))</title>"
            s += shape.replacingOccurrences(of: "CLS", with: cls) + "</a>"
        }
        return s
    }

    /// The line from the first to the last current (not former) sighting within each zone.
    private func spans(_ marks: [TimelineMark], mid: Double) -> String {
        var s = ""
        for zoneIsDated in [true, false] {
            var lo = Int.max
            var hi = Int.min
            for mark in marks where !mark.former {
                switch (DateExtent(mark.date), zoneIsDated) {
                case (.dated(let r), true), (.yearless(let r), false):
                    lo = min(lo, r.lowerBound)
                    hi = max(hi, r.upperBound)
                default: break
                }
            }
            guard lo < hi, let z = zoneIsDated ? axis.dated : axis.yearless else { continue }
            s +=
                "<line class=\"span\(zoneIsDated ? "" : " yl")\" x1=\"\(Self.num(z.centre(lo)))\" x2=\"\(Self.num(z.centre(hi)))\" y1=\"\(Self.num(mid))\" y2=\"\(Self.num(mid))\"/>"
        }
        return s
    }

    /// A dot for one day, a band for longer; the class is filled in by the caller.
    private static func shape(_ z: TimelineAxis.Zone, _ r: ClosedRange<Int>, mid: Double, hollow: Bool) -> String {
        if r.lowerBound == r.upperBound {
            return "<circle class=\"CLS\" cx=\"\(num(z.centre(r.lowerBound)))\" cy=\"\(num(mid))\" r=\"5\"/>"
        }
        let x0 = z.left(r.lowerBound)
        let w = max(4, z.left(r.upperBound + 1) - x0)
        return
            "<rect class=\"CLS band\" x=\"\(num(x0))\" y=\"\(num(mid - 5))\" width=\"\(num(w))\" height=\"10\" rx=\"2\"/>"
    }

    private func rect(_ x: ClosedRange<Double>, _ y0: Double, _ y1: Double, cls: String) -> String {
        "<rect class=\"\(cls)\" x=\"\(Self.num(x.lowerBound))\" y=\"\(Self.num(y0))\" width=\"\(Self.num(x.upperBound - x.lowerBound))\" height=\"\(Self.num(y1 - y0))\"/>"
    }

    private func text(_ x: Double, _ y: Double, _ t: String, cls: String) -> String {
        "<text class=\"\(cls)\" x=\"\(Self.num(x))\" y=\"\(Self.num(y))\">\(HTMLText.escape(t))</text>"
    }

    private func tick(_ t: TimelineAxis.Tick, _ bottom: Double) -> String {
        "<line class=\"tick\" x1=\"\(Self.num(t.x))\" x2=\"\(Self.num(t.x))\" y1=\"30\" y2=\"\(Self.num(bottom))\"/>"
            + "<text class=\"tl\" x=\"\(Self.num(t.x))\" y=\"27\" text-anchor=\"middle\">\(HTMLText.escape(t.label))</text>"
    }

    /// A coordinate with one decimal, without locale or floating-point noise.
    static func num(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }
}
