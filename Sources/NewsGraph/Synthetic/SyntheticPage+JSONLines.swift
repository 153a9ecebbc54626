extension SyntheticPage {
    /// One article as a JSON Lines archive record: `{"city","date","id","text","title"}`, keys sorted.
    ///
    /// `text` is the clean body (paragraphs joined by `\n`); `date` is the issue date in EDTF.
    public func jsonLine(_ article: SyntheticArticle) -> String {
        var s = "{"
        s += "\"city\":" + Self.quoted(city)
        s += ",\"date\":" + Self.quoted(issueDate.edtf)
        s += ",\"id\":" + Self.quoted(article.id)
        s += ",\"text\":" + Self.quoted(article.text)
        s += ",\"title\":" + Self.quoted(article.headline)
        return s + "}"
    }

    /// A JSON string literal (quotes, backslashes and control characters escaped).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
