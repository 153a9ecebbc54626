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
        return "\"" + doublingQuotes(v) + "\""
    }

    /// One row ending in CRLF (RFC 4180).
    static func row(_ cells: [String]) -> String { cells.joined(separator: ",") + "\r\n" }

    /// `v` with every `"` doubled.
    static func doublingQuotes(_ v: String) -> String {
        var out = String.UnicodeScalarView()
        for u in v.unicodeScalars {
            out.append(u)
            if u == "\"" { out.append(u) }
        }
        return String(out)
    }
}
