/// Finds written dates (`2024年12月9日`, `12月3日`, `二〇二四年十二月九日`) in clean text.
///
/// The tagger needs date positions to anchor events; it reads years, months
/// and days from Arabic or Chinese numerals and never invents a missing part.
struct DateSpotter {
    /// A date found at a clean byte range.
    struct Found: Equatable {
        var range: Range<Int>
        var date: PartialDate
    }

    /// Every date in `bytes`, in text order.
    static func find(in b: [UInt8]) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < b.count {
            guard let first = number(b, at: i) else {
                i += UTF8Scan.scalarLength(lead: b[i])
                continue
            }
            var year: Int?, month: Int?, day: Int?
            var j = first.end
            var unit = UTF8Scan.scalar(b, at: j)
            var start = i
            if unit == 0x5E74, first.digits == 4 || first.value >= 1900 {  // 年
                year = first.value
                j += 3
                guard let m = number(b, at: j), UTF8Scan.scalar(b, at: m.end) == 0x6708 else {  // 月
                    out.append(Found(range: start..<j, date: PartialDate(year: year)))
                    i = j
                    continue
                }
                month = m.value
                j = m.end + 3
            } else if unit == 0x6708, (1...12).contains(first.value) {
                month = first.value
                j += 3
            } else {
                i = first.end
                continue
            }
            if let d = number(b, at: j) {
                unit = UTF8Scan.scalar(b, at: d.end)
                if unit == 0x65E5 || unit == 0x53F7, (1...31).contains(d.value) {  // 日 号
                    day = d.value
                    j = d.end + 3
                }
            }
            if let m = month, !(1...12).contains(m) {
                i = j
                start = j
                continue
            }
            out.append(Found(range: start..<j, date: PartialDate(year: year, month: month, day: day)))
            i = j
        }
        return out
    }

    /// A run of Arabic digits or Chinese numerals at `i`.
    private static func number(_ b: [UInt8], at i: Int) -> (value: Int, digits: Int, end: Int)? {
        var j = i
        var digits = 0
        var value = 0
        while j < b.count, b[j] >= 0x30, b[j] <= 0x39 {
            value = value * 10 + Int(b[j] - 0x30)
            digits += 1
            j += 1
        }
        if digits > 0 { return digits <= 4 ? (value, digits, j) : nil }
        // Chinese numerals: digit-by-digit (二〇二四) or with 十 (十二, 二十三).
        var seq: [Int] = []
        var sawTen = false
        while j < b.count {
            let s = UTF8Scan.scalar(b, at: j)
            let d: Int
            switch s {
            case 0x3007, 0x96F6: d = 0
            case 0x4E00: d = 1
            case 0x4E8C: d = 2
            case 0x4E09: d = 3
            case 0x56DB: d = 4
            case 0x4E94: d = 5
            case 0x516D: d = 6
            case 0x4E03: d = 7
            case 0x516B: d = 8
            case 0x4E5D: d = 9
            case 0x5341: d = 10
            default: d = -1
            }
            if d < 0 { break }
            if d == 10 { sawTen = true }
            seq.append(d)
            j += 3
        }
        guard !seq.isEmpty else { return nil }
        if sawTen {
            guard seq.count <= 3 else { return nil }
            if seq.count == 1 { return (10, 2, j) }
            if seq[0] == 10 { return (10 + seq[1], 2, j) }
            if seq.count == 2, seq[1] == 10 { return (seq[0] * 10, 2, j) }
            if seq.count == 3, seq[1] == 10 { return (seq[0] * 10 + seq[2], 2, j) }
            return nil
        }
        if seq.count == 1 { return (seq[0], 1, j) }
        if seq.count == 4 { return (seq.reduce(0) { $0 * 10 + $1 }, 4, j) }
        return nil
    }
}
