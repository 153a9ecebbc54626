/// One sighting on a timeline row, linking to the evidence it came from.
struct TimelineMark: Sendable {
    var date: PartialDate?
    /// The sentence calls the office former (`原…`).
    var former: Bool
    /// Anchor of the evidence item (`#ev-…`).
    var href: String
    /// Tooltip: what was seen, when, and in which words.
    var tooltip: String
}
