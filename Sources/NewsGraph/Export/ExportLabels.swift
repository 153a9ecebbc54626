/// What the exports show for an edge and how they list dates — shared so every format says the same.
enum ExportLabels {
    /// A readable edge label: the resolved title of an office, the role at an event or in a byline, else the relation.
    static func edgeLabel(_ e: Edge) -> String {
        switch e.type {
        case .holds:
            if let t = e.properties["resolvedTitle"], !t.isEmpty { return t }
            if let t = e.properties["title"], !t.isEmpty { return t }
        case .attended, .authored:
            if let r = e.properties["role"], !r.isEmpty { return r }
        default:
            break
        }
        return e.type.rawValue
    }

    /// EDTF dates joined by `;` (empty when there are none).
    static func dates(_ dates: [PartialDate]) -> String {
        dates.map(\.edtf).joined(separator: ";")
    }

    /// A double as Swift prints it (`3.0`, `12.5`): shortest round-trip form, locale-free.
    static func decimal(_ x: Double) -> String { "\(x)" }
}
