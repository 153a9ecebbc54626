/// Partial dates as typed JSON-LD literals that RDF tools understand.
///
/// Each EDTF form maps to the XML Schema type that says exactly what is known:
/// `2024-12-09` → `xsd:date`, `2024-12` → `xsd:gYearMonth`, `2024` → `xsd:gYear`,
/// `XXXX-12-09` → `xsd:gMonthDay` (`--12-09`), `XXXX-12` → `xsd:gMonth` (`--12`).
/// Forms with no XML Schema type (an impossible day, `2024-XX-09`) stay plain EDTF strings.
enum JSONLDDate {
    /// The JSON value for `d`: `{"@value": "...", "@type": "xsd:..."}` or a plain string.
    static func literal(_ d: PartialDate) -> String {
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        func typed(_ v: String, _ t: String) -> String { "{\"@value\": \"\(v)\", \"@type\": \"xsd:\(t)\"}" }
        switch (d.year, d.month, d.day) {
        case (let y?, let m?, let day?):
            guard (1...9999).contains(y), day <= DateSpell.daysIn(month: m, year: y) else { break }
            return typed(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(day, 2), "date")
        case (let y?, let m?, nil):
            return typed(pad(y, 4) + "-" + pad(m, 2), "gYearMonth")
        case (let y?, nil, nil):
            return typed(pad(y, 4), "gYear")
        case (nil, let m?, let day?):
            guard day <= DateSpell.daysIn(month: m, year: 2000) else { break }
            return typed("--" + pad(m, 2) + "-" + pad(day, 2), "gMonthDay")
        case (nil, let m?, nil):
            return typed("--" + pad(m, 2), "gMonth")
        case (nil, nil, let day?):
            return typed("---" + pad(day, 2), "gDay")
        default:
            break
        }
        return JSONText.quote(d.edtf)
    }
}
