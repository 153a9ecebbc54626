/// Display width as a terminal counts it (East Asian Wide/Fullwidth = 2), for checking
/// the CLI's table alignment from the outside.
enum DisplayColumns {
    static func width(_ s: Substring) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// The prefix of `line` exactly `columns` wide, or nil when a wide character straddles it.
    static func prefix(_ line: String, columns: Int) -> Substring? {
        var w = 0
        var i = line.unicodeScalars.startIndex
        while w < columns, i < line.unicodeScalars.endIndex {
            w += width(line.unicodeScalars[i])
            i = line.unicodeScalars.index(after: i)
        }
        guard w == columns else { return nil }
        return Substring(line.unicodeScalars[..<i])
    }

    /// Column starts of a table, read off its rule line (`----  ------  --`).
    static func columnStarts(rule: String) -> [Int] {
        var starts: [Int] = []
        var previous: Character = " "
        for (i, ch) in rule.enumerated() {
            if ch == "-" && previous == " " { starts.append(i) }
            previous = ch
        }
        return starts
    }
}
