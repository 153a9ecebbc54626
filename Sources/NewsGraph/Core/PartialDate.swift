/// A calendar date whose year, month or day may be unknown, written in EDTF.
///
/// News text often gives `12月9日` without a year; NewsGraph keeps that as
/// `XXXX-12-09` rather than inventing one. Dates sort with unknown parts last
/// within what is known, so partial dates land near their full neighbours.
public struct PartialDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses EDTF forms `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, with `XXXX`/`XX` for unknown parts.
    public init?(edtf: String) {
        let parts = edtf.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        func field(_ s: Substring, width: Int) -> Int?? {
            guard s.count == width else { return .none }
            if s.allSatisfy({ $0 == "X" }) { return .some(nil) }
            guard let v = Int(s) else { return .none }
            return .some(v)
        }
        guard let y = field(parts[0], width: 4) else { return nil }
        year = y
        if parts.count > 1 {
            guard let m = field(parts[1], width: 2) else { return nil }
            month = m
        }
        if parts.count > 2 {
            guard let d = field(parts[2], width: 2) else { return nil }
            day = d
        }
        if let m = month, !(1...12).contains(m) { return nil }
        if let d = day, !(1...31).contains(d) { return nil }
        if year == nil && month == nil && day == nil { return nil }
    }

    /// True when year, month and day are all known.
    public var isComplete: Bool { year != nil && month != nil && day != nil }

    /// The EDTF string: `2024-12-09`, `XXXX-12-09`, `2024-12`, `2024`.
    public var edtf: String {
        func pad(_ v: Int?, _ w: Int) -> String {
            guard let v else { return String(repeating: "X", count: w) }
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        var s = pad(year, 4)
        if month != nil || day != nil { s += "-" + pad(month, 2) }
        if day != nil { s += "-" + pad(day, 2) }
        return s
    }

    public var description: String { edtf }

    /// The same date with its year filled in when it was unknown.
    public func withYear(_ y: Int) -> PartialDate {
        PartialDate(year: year ?? y, month: month, day: day)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        // Unknown parts sort after known ones: Int.max stands for "unknown".
        let l = (lhs.year ?? Int.max, lhs.month ?? Int.max, lhs.day ?? Int.max)
        let r = (rhs.year ?? Int.max, rhs.month ?? Int.max, rhs.day ?? Int.max)
        return l < r
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = PartialDate(edtf: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an EDTF date: \(s)")
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(edtf)
    }
}
