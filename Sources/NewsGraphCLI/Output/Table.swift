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
        return lines(header: header).joined(separator: "\n") + "\n"
    }

    /// The table's non-empty lines (header and rule first), each after `indent`, joined by line
    /// breaks, without a final one: what splitting `render()` at its line breaks and indenting
    /// each piece gives. Empty string when no rows.
    func render(indent: String) -> String {
        guard !rows.isEmpty else { return "" }
        // No line holds a line break (cells are cut at them; `\r\n` stays one character either way).
        return lines(header: true).filter { !$0.isEmpty }.map { indent + $0 }.joined(separator: "\n")
    }

    /// The lines of `render(header:)`.
    private func lines(header: Bool) -> [String] {
        let count = headers.count
        var widths = headers.map(DisplayWidth.of)
        // Each cell's width, measured once (for the column widths and again for its padding).
        var cellWidths: [[Int]] = []
        cellWidths.reserveCapacity(rows.count)
        for row in rows {
            let w = row.prefix(count).map(DisplayWidth.of)
            for (i, x) in w.enumerated() { widths[i] = max(widths[i], x) }
            cellWidths.append(w)
        }
        // The cells padded to their column's width (but the last), two spaces apart, trailing spaces cut.
        func line(_ cells: [String], _ cellWidth: [Int]?) -> String {
            var s = ""
            for i in 0..<count {
                if i > 0 { s += "  " }
                let cell = i < cells.count ? cells[i] : ""
                s += cell
                guard i < count - 1 else { continue }
                let w = cellWidth.map { i < $0.count ? $0[i] : 0 } ?? DisplayWidth.of(cell)
                if w < widths[i] { s += String(repeating: " ", count: widths[i] - w) }
            }
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = header ? [line(headers, nil), line(widths.map { String(repeating: "-", count: $0) }, nil)] : []
        for (row, w) in zip(rows, cellWidths) { out.append(line(row, w)) }
        return out
    }
}
