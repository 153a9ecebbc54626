/// A strict RFC 4180 reader, used to prove that exported CSV parses back into the cells written.
///
/// Strict where spreadsheet readers are lenient: a quote inside an unquoted
/// field, text after a closing quote, or an unterminated quoted field is an
/// error with its byte offset, so an exporter that forgets to quote is caught.
public enum CSVParser {
    /// A CSV syntax error at a byte offset.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public var byteOffset: Int
        public var reason: String
        public var description: String { "CSV syntax error at byte \(byteOffset): \(reason)" }
    }

    /// The records of `bytes` (UTF-8), each a list of fields. Records end at `\n` or `\r\n`;
    /// a final line break is optional; an empty input has no records.
    public static func parse(_ bytes: [UInt8]) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var i = 0
        let n = bytes.count
        var atFieldStart = true
        while i < n {
            let b = bytes[i]
            if atFieldStart && b == 0x22 {
                // Quoted field.
                i += 1
                var closed = false
                while i < n {
                    if bytes[i] == 0x22 {
                        if i + 1 < n && bytes[i + 1] == 0x22 {
                            field.append(0x22)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    field.append(bytes[i])
                    i += 1
                }
                guard closed else { throw SyntaxError(byteOffset: n, reason: "unterminated quoted field") }
                guard i == n || bytes[i] == 0x2C || bytes[i] == 0x0A || (bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A)
                else { throw SyntaxError(byteOffset: i, reason: "text after a closing quote") }
                atFieldStart = false
                continue
            }
            switch b {
            case 0x2C:
                record.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
                i += 1
            case 0x0A, 0x0D:
                if b == 0x0D {
                    guard i + 1 < n && bytes[i + 1] == 0x0A else {
                        throw SyntaxError(byteOffset: i, reason: "bare carriage return outside quotes")
                    }
                    i += 1
                }
                record.append(String(decoding: field, as: UTF8.self))
                records.append(record)
                record = []
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
                i += 1
            case 0x22:
                throw SyntaxError(byteOffset: i, reason: "quote inside an unquoted field")
            default:
                field.append(b)
                atFieldStart = false
                i += 1
            }
        }
        if !atFieldStart || !record.isEmpty || !field.isEmpty {
            record.append(String(decoding: field, as: UTF8.self))
            records.append(record)
        }
        return records
    }

    /// True when a spreadsheet would run `cell` as a formula: it starts with `=`, `+`, `@`, a tab or a
    /// carriage return, or with `-` and is not a plain number (OWASP's CSV-injection triggers).
    public static func isFormulaTrigger(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        switch first {
        case "=", "+", "@", "\t", "\r", "＝", "＋", "＠":
            return true
        case "-":
            return Double(cell) == nil
        default:
            return false
        }
    }
}
