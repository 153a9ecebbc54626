import Testing

@testable import NewsGraph

/// The report's building blocks: highlighting, escaping, date extents and the axis.
@Suite struct ReportPartsTests {
    @Test func highlightingMarksEveryOccurrenceLongestFirstAndEscapesTheRest() {
        let html = EvidenceHighlighter.html("市长王建国说：王建国<好>", marking: ["王建国", "市长王建国", ""])
        #expect(html == "<mark>市长王建国</mark>说：<mark>王建国</mark>&lt;好&gt;")
        #expect(EvidenceHighlighter.html("张三 & 李四", marking: ["王五"]) == "张三 &amp; 李四")
    }

    @Test func escapingCoversQuotesAndControlCharacters() {
        #expect(HTMLText.escape("a\"b'c<d>&\u{0}") == "a&quot;b&#39;c&lt;d&gt;&amp;\u{FFFD}")
    }

    @Test func truncationCountsChineseAsDoubleWidth() {
        #expect(HTMLText.truncate("临河市人民政府副市长", width: 30) == "临河市人民政府副市长")
        #expect(HTMLText.truncate("临河市人民政府副市长", width: 10) == "临河市人…")
    }

    @Test func partialDatesCoverTheDaysTheyMightMean() {
        guard case .dated(let day) = DateExtent(PartialDate(year: 2024, month: 2, day: 29)),
            case .dated(let month) = DateExtent(PartialDate(year: 2024, month: 2)),
            case .dated(let year) = DateExtent(PartialDate(year: 2023)),
            case .yearless(let yearless) = DateExtent(PartialDate(month: 12, day: 9))
        else {
            Issue.record("wrong extent kinds")
            return
        }
        #expect(day.count == 1 && month.count == 29 && year.count == 365 && yearless.count == 1)
        #expect(month.contains(day.lowerBound))
        #expect(DateExtent.iso(day.lowerBound) == "2024-02-29")
        #expect(DateExtent(nil) == .undated)
        #expect(DateExtent(PartialDate(day: 9)) == .undated)
        #expect(DateExtent(PartialDate(month: 12, day: 9)).isoBounds == nil)
    }

    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            let d = CivilCalendar.date(ofDay: n)
            #expect(CivilCalendar.dayNumber(year: d.year, month: d.month, day: d.day) == n)
        }
        #expect(CivilCalendar.dayNumber(year: 1970, month: 1, day: 1) == 0)
    }

    @Test func theAxisKeepsYearUnknownDatesApartFromDatedOnes() throws {
        let axis = TimelineAxis(dates: [PartialDate(year: 2024, month: 3, day: 5), PartialDate(month: 12, day: 9), nil])
        let dated = try #require(axis.dated)
        let yearless = try #require(axis.yearless)
        let undated = try #require(axis.undated)
        #expect(dated.x.upperBound < yearless.x.lowerBound)
        #expect(yearless.x.upperBound < undated.lowerBound)
        #expect(undated.upperBound <= TimelineAxis.width)
        // Ticks stay inside their zone and apart from each other.
        let ticks = axis.ticks(of: dated, yearKnown: true)
        #expect(!ticks.isEmpty)
        for t in ticks { #expect(dated.x.contains(t.x)) }
        for (a, b) in zip(ticks, ticks.dropFirst()) { #expect(b.x - a.x >= TimelineAxis.tickSpacing * 0.9) }
    }

    @Test func aLongSpanGetsYearTicks() throws {
        let axis = TimelineAxis(dates: [
            PartialDate(year: 2010, month: 1, day: 1), PartialDate(year: 2024, month: 12, day: 31),
        ])
        let ticks = axis.ticks(of: try #require(axis.dated), yearKnown: true)
        #expect(ticks.allSatisfy { $0.label.count == 4 })
        #expect(ticks.count >= 3 && ticks.count <= 12)
        #expect(axis.yearless == nil && axis.undated == nil)
    }
}

/// Where the timeline puts its marks.
@Suite struct TimelineSVGTests {
    static let dates: [PartialDate?] = [
        PartialDate(year: 2024, month: 3, day: 5), PartialDate(year: 2024, month: 6), PartialDate(month: 12, day: 9),
        nil,
    ]

    /// The numeric value of `attribute` in each element of `svg` that starts with `prefix`.
    static func values(_ attribute: String, of prefix: String, in svg: String) -> [Double] {
        svg.components(separatedBy: prefix).dropFirst().compactMap { part in
            guard let r = part.range(of: " \(attribute)=\"") else { return nil }
            return Double(part[r.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func laterSightingsLieFurtherRightAndYearUnknownOnesInTheirZone() throws {
        let axis = TimelineAxis(dates: Self.dates)
        let marks = Self.dates.enumerated().map { i, d in
            TimelineMark(date: d, former: false, href: "#ev-\(i)", tooltip: "t")
        }
        let svg = TimelineSVG(axis: axis).render([TimelineLane(label: "临河市市长", href: nil, marks: marks)], caption: "c")
        let day = try #require(Self.values("cx", of: "<circle class=\"mk\"", in: svg).first)
        let band = try #require(Self.values("x", of: "<rect class=\"mk band\"", in: svg).first)
        let yearless = try #require(Self.values("cx", of: "<circle class=\"mk yl\"", in: svg).first)
        #expect(day < band)
        #expect(try #require(axis.dated).x.contains(band))
        #expect(try #require(axis.yearless).x.contains(yearless))
        #expect(svg.contains("<path class=\"mk yl\""))
        // A month is wider than a day: the band spans about 30 day cells.
        let width = try #require(Self.values("width", of: "<rect class=\"mk band\"", in: svg).first)
        #expect(width > 20 * (try #require(axis.dated)).cell)
        // The sighting span joins the first and last dated sightings only.
        #expect(svg.components(separatedBy: "<line class=\"span\"").count == 2)
    }

    @Test func successorsInOneOfficeAreOrderedOnTheSharedAxis() throws {
        let html = ReportWriter().render(ReportFixture.standard().graph, findings: [])
        let mayor = try #require(ReportWriterTests.card("position:临河市市长", in: html))
        // 王建国 seen 2024-03-05 (a dot), 赵丽华 in 2024-06 (a band) after him.
        let wang = try #require(Self.values("cx", of: "<circle class=\"mk\"", in: mayor).first)
        let zhao = try #require(Self.values("x", of: "<rect class=\"mk band\"", in: mayor).first)
        #expect(wang < zhao)
        #expect(mayor.range(of: ">王建国<")!.lowerBound < mayor.range(of: ">赵丽华<")!.lowerBound)
    }
}
