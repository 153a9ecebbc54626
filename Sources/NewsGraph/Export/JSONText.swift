/// JSON string literals for the JSON-LD writer.
enum JSONText {
    /// `s` as a quoted JSON string: `"` and `\` escaped, control characters as `\n`, `\t`, `\u001f`…
    static func quote(_ s: String) -> String {
        let plain = !s.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        if plain { return "\"" + s + "\"" }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 8)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0..<0x20: out += "\\u00" + XMLText.hex2(UInt8(u.value))
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
