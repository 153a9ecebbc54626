/// An aligned text table whose columns line up on a terminal, Chinese included.
///
/// Widths are counted in display columns (`DisplayWidth`), so a column of Chinese
/// names lines up with a column of Latin ids. The last column is never padded, so a
/// long sentence there does not push the others apart.
struct Table {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: [String]) { self.headers = headers }

    mutating func add(_ row: [String]) {
        rows.append(
            row.map { cell in
                // One line per row: cut newlines and tabs out of cells (most cells have none: a byte scan says so).
                guard cell.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else { return cell }
                return String(cell.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
            })
    }

    /// The table as lines: header, a rule, then the rows (only the rows when `header` is
    /// false). Empty string when no rows.
    func render(header: Bool = true) -> String {
        guard !rows.isEmpty else { return "" }
        let count = headers.count
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.prefix(count).enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for i in 0..<count {
                let cell = i < cells.count ? cells[i] : ""
                parts.append(i == count - 1 ? cell : DisplayWidth.pad(cell, to: widths[i]))
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = header ? [line(headers), line(widths.map { String(repeating: "-", count: $0) })] : []
        for row in rows { out.append(line(row)) }
        return out.joined(separator: "\n") + "\n"
    }
}
