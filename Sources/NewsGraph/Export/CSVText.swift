/// Cells and rows for the CSV writer: RFC 4180 quoting and the formula-injection defence.
enum CSVText {
    /// A text cell: forbidden control characters removed, a leading `'` added when a
    /// spreadsheet would read the cell as a formula, quoted when needed.
    ///
    /// Cells starting with `=`, `+`, `-`, `@`, tab or CR are run as formulas by Excel,
    /// LibreOffice and Google Sheets (CSV injection), so they get a leading `'`. A cell
    /// already starting with `'` gets one too, so the rule reverses exactly: drop one
    /// leading `'` wherever a cell starts with one.
    static func text(_ s: String) -> String {
        var v = XMLText.clean(s)
        if let f = v.unicodeScalars.first, "=+-@\t\r'".unicodeScalars.contains(f) { v = "'" + v }
        return field(v)
    }

    /// A field as RFC 4180 wants it: quoted, with `"` doubled, when it holds `,`, `"`, CR or LF.
    static func field(_ v: String) -> String {
        let needsQuotes = v.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return v }
        return "\"" + v.replacingAll("\"", with: "\"\"") + "\""
    }

    /// One row ending in CRLF (RFC 4180).
    static func row(_ cells: [String]) -> String { cells.joined(separator: ",") + "\r\n" }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free, for the small cells CSV writes).
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count + 4)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
