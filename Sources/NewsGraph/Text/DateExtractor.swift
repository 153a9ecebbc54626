/// Finds dates in clean Chinese text: `2024年12月9日`, `二〇二四年十二月九日`, `12月9日`, `12月`,
/// `2024年`, and relative words (`今年`, `近日`, `昨天`…) when an issue date is known.
///
/// A date without a year takes the year the text states before it (when exactly
/// one year is stated before it), else the issue date's year (the previous year when the date
/// would fall more than a month after the issue), else it stays partial
/// (`XXXX-12-09`). A year is never invented.
public struct DateExtractor: Sendable {
    /// The issue date the text is read against, if known.
    public var issueDate: PartialDate?

    public init(issueDate: PartialDate? = nil) {
        self.issueDate = issueDate
    }

    /// All dated mentions in `text`, in text order, with clean UTF-8 ranges.
    public func dates(in text: String) -> [DatedMention] {
        let scalars = Array(text.unicodeScalars.map(\.value))
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, v) in scalars.enumerated() { offsets[i + 1] = offsets[i] + BylineParser.utf8Length(v) }
        var found: [DatedMention] = []
        var i = 0
        while i < scalars.count {
            if let (m, next) = match(scalars, at: i, offsets: offsets, text: text) {
                found.append(m)
                i = next
            } else {
                i += 1
            }
        }
        return resolve(found)
    }

    /// Parses one date value (front matter, JSON Lines, `--date`): EDTF or a Chinese date.
    public static func parseDate(_ s: String) -> PartialDate? {
        if let d = PartialDate(edtf: s) { return d }
        let ds = DateExtractor().dates(in: s)
        guard ds.count == 1, ds[0].form != .relative, ds[0].text.unicodeScalars.count == s.unicodeScalars.count else {
            return nil
        }
        return ds[0].date
    }

    // MARK: - Matching

    private static let relativeWords: [(String, Int)] = [
        ("今年", 0), ("去年", -1), ("明年", 1), ("前年", -2), ("今天", 100), ("今日", 100), ("昨天", 99), ("昨日", 99),
        ("前天", 98), ("近日", 200), ("日前", 200), ("本月", 201),
    ]

    /// A number written with ASCII digits or Chinese numerals at `i`: value, length, digit count.
    private func number(_ s: [UInt32], _ i: Int) -> (value: Int, length: Int, digits: Int)? {
        var j = i
        var v = 0
        while j < s.count, ScalarClass.isASCIIDigit(s[j]), j - i < 4 {
            v = v * 10 + Int(s[j] - 0x30)
            j += 1
        }
        if j > i {
            if j < s.count && ScalarClass.isASCIIDigit(s[j]) { return nil }
            return (v, j - i, j - i)
        }
        // Chinese numerals: positional (二〇二四) or with 十 (十二, 二十三).
        let digits: [UInt32: Int] = [
            0x3007: 0, 0x96F6: 0, 0x4E00: 1, 0x4E8C: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5, 0x516D: 6, 0x4E03: 7,
            0x516B: 8, 0x4E5D: 9,
        ]
        var positional = 0
        var count = 0
        var tens = -1
        while j < s.count, j - i < 4 {
            if let d = digits[s[j]] {
                positional = positional * 10 + d
                count += 1
            } else if s[j] == 0x5341 {  // 十
                tens = count == 0 ? 1 : positional
                positional = 0
                count = 0
            } else {
                break
            }
            j += 1
        }
        guard j > i else { return nil }
        if tens >= 0 { return (tens * 10 + positional, j - i, 2) }
        return (positional, j - i, count)
    }

    private func match(_ s: [UInt32], at i: Int, offsets: [Int], text: String) -> (DatedMention, Int)? {
        func mention(_ d: PartialDate, _ form: DatedMention.Form, _ src: DatedMention.YearSource, _ end: Int)
            -> (DatedMention, Int)
        {
            let start = offsets[i]
            let stop = offsets[end]
            let u = text.utf8
            let t = String(decoding: u[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: stop)], as: UTF8.self)
            return (DatedMention(date: d, form: form, yearSource: src, text: t, cleanRange: start..<stop), end)
        }
        // A number must not continue a longer one (`2024` inside `12024`).
        if i > 0, ScalarClass.isASCIIDigit(s[i - 1]) { return nil }
        for (w, code) in Self.relativeWords {
            let ws = w.unicodeScalars.map(\.value)
            guard i + ws.count <= s.count, Array(s[i..<(i + ws.count)]) == ws else { continue }
            guard let issue = issueDate, let y = issue.year else { return nil }
            if code > -10 && code < 10 {
                // 今年7月 / 今年: a year, maybe followed by a month (and day).
                let year = y + code
                if let (md, end) = monthDay(s, at: i + ws.count) {
                    return mention(PartialDate(year: year, month: md.0, day: md.1), .relative, .issue, end)
                }
                return mention(PartialDate(year: year), .relative, .issue, i + ws.count)
            }
            switch code {
            case 100: return mention(issue, .relative, .issue, i + ws.count)
            case 99, 98:
                guard let d = Self.shift(issue, days: code - 100) else { return nil }
                return mention(d, .relative, .issue, i + ws.count)
            default:
                return mention(PartialDate(year: y, month: issue.month), .relative, .issue, i + ws.count)
            }
        }
        guard let n = number(s, i) else { return nil }
        var j = i + n.length
        if j < s.count && s[j] == 0x5E74 && n.digits == 4 {  // 年
            let year = n.value
            j += 1
            if let (md, end) = monthDay(s, at: j) {
                let form: DatedMention.Form = md.1 == nil ? .month : .absolute
                return mention(PartialDate(year: year, month: md.0, day: md.1), form, .stated, end)
            }
            return mention(PartialDate(year: year), .year, .stated, j)
        }
        if let (md, end) = monthDay(s, at: i) {
            return mention(PartialDate(month: md.0, day: md.1), md.1 == nil ? .month : .monthDay, .none, end)
        }
        return nil
    }

    /// `12月9日` / `12月9号` / `12月` at `i`: (month, day?) and the end index.
    private func monthDay(_ s: [UInt32], at i: Int) -> ((Int, Int?), Int)? {
        guard i < s.count, let m = number(s, i), (1...12).contains(m.value), m.digits <= 2 else { return nil }
        var j = i + m.length
        guard j < s.count, s[j] == 0x6708 else { return nil }  // 月
        j += 1
        if j < s.count, let d = number(s, j), (1...31).contains(d.value), d.digits <= 2 {
            let k = j + d.length
            if k < s.count, s[k] == 0x65E5 || s[k] == 0x53F7 { return ((m.value, d.value), k + 1) }  // 日 号
        }
        return ((m.value, nil), j)
    }

    // MARK: - Resolution

    private func resolve(_ found: [DatedMention]) -> [DatedMention] {
        // Only a year stated *before* the date, and only one such year, carries over.
        var statedBefore = Set<Int>()
        return found.map { m in
            guard m.date.year == nil else {
                if m.yearSource == .stated, let y = m.date.year { statedBefore.insert(y) }
                return m
            }
            var r = m
            if statedBefore.count == 1, let y = statedBefore.first {
                r.date = m.date.withYear(y)
                r.yearSource = .article
            } else if let issue = issueDate, let y = issue.year {
                var year = y
                if let im = issue.month, let mm = m.date.month, mm > im + 1 { year -= 1 }
                r.date = m.date.withYear(year)
                r.yearSource = .issue
            }
            return r
        }
    }

    /// The date `days` days from a complete date (nil when incomplete).
    static func shift(_ d: PartialDate, days: Int) -> PartialDate? {
        guard var y = d.year, var m = d.month, var day = d.day else { return nil }
        func monthLength(_ y: Int, _ m: Int) -> Int {
            switch m {
            case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
        var left = days
        while left < 0 {
            day -= 1
            if day == 0 {
                m -= 1
                if m == 0 {
                    m = 12
                    y -= 1
                }
                day = monthLength(y, m)
            }
            left += 1
        }
        while left > 0 {
            day += 1
            if day > monthLength(y, m) {
                day = 1
                m += 1
                if m == 13 {
                    m = 1
                    y += 1
                }
            }
            left -= 1
        }
        return PartialDate(year: y, month: m, day: day)
    }
}
