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
        var text = text
        let found: [DatedMention] = text.withUTF8 { p in
            var out: [DatedMention] = []
            let cursor = Cursor(p: p)
            var i = 0
            var prevDigit = false
            while i < p.count {
                let (v, len) = cursor.at(i)
                // Only digits, Chinese numerals and relative words can start a date: test cheaply first.
                if !prevDigit && Self.mayStartDate(v), let (m, next) = match(cursor, at: i) {
                    out.append(m)
                    i = next
                    prevDigit = false
                    continue
                }
                prevDigit = ScalarClass.isASCIIDigit(v)
                i += len
            }
            return out
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

    /// Scalar access by UTF-8 byte position.
    struct Cursor {
        let p: UnsafeBufferPointer<UInt8>
        /// The scalar at byte `i`, full-width digits folded (`１２月` reads as `12月`).
        @inline(__always) func at(_ i: Int) -> (UInt32, Int) {
            guard i < p.count else { return (0, 1) }
            let (v, len) = TextNormalizer.scalar(p, i, p.count)
            return (ScalarClass.fold(v), len)
        }
        func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self) }
    }

    private static let relativeWords: [(String, Int)] = [
        ("今年", 0), ("去年", -1), ("明年", 1), ("前年", -2), ("今天", 100), ("今日", 100), ("昨天", 99), ("昨日", 99),
        ("前天", 98), ("近日", 200), ("日前", 200), ("本月", 201),
    ]
    /// `relativeWords` as scalar values, made once.
    private static let relativeScalars: [([UInt32], Int)] = relativeWords.map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }

    /// The value of a Chinese numeral (〇零一二三四五六七八九), or nil.
    @inline(__always) private static func numeral(_ v: UInt32) -> Int? {
        switch v {
        case 0x3007, 0x96F6: return 0
        case 0x4E00: return 1
        case 0x4E8C: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        default: return nil
        }
    }

    /// Only a digit, a Chinese numeral, 十 or the first character of a relative word can start a date:
    /// a switch tested at every scalar, where a dictionary or set lookup would hash each one.
    @inline(__always) static func mayStartDate(_ v: UInt32) -> Bool {
        if ScalarClass.isASCIIDigit(v) { return true }
        switch v {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D: return true
        case 0x5341: return true  // 十
        // 今 去 明 前 昨 近 日 本: first characters of `relativeWords` (a test checks the list).
        case 0x4ECA, 0x53BB, 0x660E, 0x524D, 0x6628, 0x8FD1, 0x65E5, 0x672C: return true
        default: return false
        }
    }

    /// First scalars of the relative words (for the test that `mayStartDate` covers them).
    static var relativeStarts: Set<UInt32> { Set(relativeWords.compactMap { $0.0.unicodeScalars.first?.value }) }

    /// A number written with ASCII digits or Chinese numerals at byte `i`: value, end byte, digit count.
    private func number(_ c: Cursor, _ i: Int) -> (value: Int, end: Int, digits: Int)? {
        var j = i
        var v = 0
        var n = 0
        while n < 5 {
            let (d, len) = c.at(j)
            guard ScalarClass.isASCIIDigit(d) else { break }
            v = v * 10 + Int(d - 0x30)
            j += len
            n += 1
        }
        if n > 0 { return n > 4 ? nil : (v, j, n) }
        // Chinese numerals: positional (二〇二四) or with 十 (十二, 二十三).
        var positional = 0
        var count = 0
        var tens = -1
        var k = 0
        while k < 4 {
            let (d, len) = c.at(j)
            if let dv = Self.numeral(d) {
                positional = positional * 10 + dv
                count += 1
            } else if d == 0x5341 {  // 十
                tens = count == 0 ? 1 : positional
                positional = 0
                count = 0
            } else {
                break
            }
            j += len
            k += 1
        }
        guard k > 0 else { return nil }
        if tens >= 0 { return (tens * 10 + positional, j, 2) }
        return (positional, j, count)
    }

    private func match(_ c: Cursor, at i: Int) -> (DatedMention, Int)? {
        func mention(_ d: PartialDate, _ form: DatedMention.Form, _ src: DatedMention.YearSource, _ end: Int)
            -> (DatedMention, Int)
        {
            (DatedMention(date: d, form: form, yearSource: src, text: c.string(i..<end), cleanRange: i..<end), end)
        }
        for (w, code) in Self.relativeScalars {
            var j = i
            var matched = true
            for u in w {
                let (v, len) = c.at(j)
                guard v == u else {
                    matched = false
                    break
                }
                j += len
            }
            guard matched else { continue }
            guard let issue = issueDate, let y = issue.year else { return nil }
            if code > -10 && code < 10 {
                // 今年7月 / 今年: a year, maybe followed by a month (and day).
                let year = y + code
                if let (md, end) = monthDay(c, at: j) {
                    return mention(PartialDate(year: year, month: md.0, day: md.1), .relative, .issue, end)
                }
                return mention(PartialDate(year: year), .relative, .issue, j)
            }
            switch code {
            case 100: return mention(issue, .relative, .issue, j)
            case 99, 98:
                guard let d = Self.shift(issue, days: code - 100) else { return nil }
                return mention(d, .relative, .issue, j)
            default:
                return mention(PartialDate(year: y, month: issue.month), .relative, .issue, j)
            }
        }
        guard let n = number(c, i) else { return nil }
        if n.digits == 4, c.at(n.end).0 == 0x5E74 {  // 年
            let j = n.end + 3
            if let (md, end) = monthDay(c, at: j) {
                let form: DatedMention.Form = md.1 == nil ? .month : .absolute
                return mention(PartialDate(year: n.value, month: md.0, day: md.1), form, .stated, end)
            }
            return mention(PartialDate(year: n.value), .year, .stated, j)
        }
        if let (md, end) = monthDay(c, at: i) {
            return mention(PartialDate(month: md.0, day: md.1), md.1 == nil ? .month : .monthDay, .none, end)
        }
        return nil
    }

    /// `12月9日` / `12月9号` / `12月` at byte `i`: (month, day?) and the end byte.
    private func monthDay(_ c: Cursor, at i: Int) -> ((Int, Int?), Int)? {
        guard let m = number(c, i), (1...12).contains(m.value), m.digits <= 2 else { return nil }
        guard c.at(m.end).0 == 0x6708 else { return nil }  // 月
        let j = m.end + 3
        if let d = number(c, j), (1...31).contains(d.value), d.digits <= 2 {
            let (u, len) = c.at(d.end)
            if u == 0x65E5 || u == 0x53F7 { return ((m.value, d.value), d.end + len) }  // 日 号
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
