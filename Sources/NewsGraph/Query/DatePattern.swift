/// A date as a user types it on the command line, matched against partial dates.
///
/// Accepts EDTF (`2024-12-09`, `2024-12`, `2024`, `XXXX-12-09`), a month and day
/// without year (`12-09`, `12-9`, `12/9`), and Chinese forms (`12月9日`,
/// `2024年12月`), with full-width digits. A part the pattern leaves out matches
/// anything; a part the *date* does not know is compatible with the pattern, as
/// long as at least one part the pattern gives is known and equal.
public struct DatePattern: Sendable, Hashable, CustomStringConvertible {
    /// The parts given; `nil` parts match anything.
    public var date: PartialDate

    public init(_ date: PartialDate) { self.date = date }

    /// Parses a user's date; `nil` when the text is not a date.
    public init?(_ text: String) {
        let folded = Self.trim(
            String(
                String.UnicodeScalarView(
                    text.unicodeScalars.map { s in
                        // Full-width digits and separators fold to ASCII.
                        (0xFF10...0xFF19).contains(s.value) || s.value == 0xFF0D || s.value == 0xFF0F
                            ? Unicode.Scalar(s.value - 0xFEE0)! : s
                    })))
        if let d = PartialDate(edtf: folded) {
            date = d
            return
        }
        if let d = Self.parseChinese(folded) ?? Self.parseNumeric(folded) {
            date = d
            return
        }
        return nil
    }

    /// True when `candidate` may be the date the pattern asks for.
    public func matches(_ candidate: PartialDate?) -> Bool {
        guard let candidate else { return false }
        var agreed = 0
        for (want, have) in [(date.year, candidate.year), (date.month, candidate.month), (date.day, candidate.day)] {
            guard let want else { continue }
            guard let have else { continue }
            if want != have { return false }
            agreed += 1
        }
        return agreed > 0
    }

    public var description: String { date.edtf }

    /// `12-09`, `12/9`, `2024/12/9`, `2024.12.09`.
    private static func parseNumeric(_ s: String) -> PartialDate? {
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else {
            return nil
        }
        let nums = parts.map { Int($0) }
        guard nums.allSatisfy({ $0 != nil }) else { return nil }
        let n = nums.map { $0! }
        if parts[0].count == 4 {
            return checked(PartialDate(year: n[0], month: n[1], day: parts.count == 3 ? n[2] : nil))
        }
        guard parts.count == 2 else { return nil }
        return checked(PartialDate(month: n[0], day: n[1]))
    }

    /// `2024年12月9日`, `12月9日`, `2024年12月`, `12月`, `9日`.
    private static func parseChinese(_ s: String) -> PartialDate? {
        guard s.contains("年") || s.contains("月") || s.contains("日") else { return nil }
        var d = PartialDate()
        var digits = ""
        for ch in s {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
                continue
            }
            guard let v = Int(digits) else { return nil }
            switch ch {
            case "年": d.year = v
            case "月": d.month = v
            case "日", "号": d.day = v
            default: return nil
            }
            digits = ""
        }
        guard digits.isEmpty else { return nil }
        return checked(d)
    }

    private static func checked(_ d: PartialDate) -> PartialDate? {
        if let m = d.month, !(1...12).contains(m) { return nil }
        if let day = d.day, !(1...31).contains(day) { return nil }
        if d.year == nil && d.month == nil && d.day == nil { return nil }
        return d
    }

    /// The text without leading and trailing ASCII and ideographic spaces.
    private static func trim(_ text: String) -> String {
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s == " " || s == "\t" || s == "\n" || s == "\r" || s.value == 0x3000
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
