/// One row of a timeline: an office in a person's career, or one holder of an office.
struct TimelineLane: Sendable {
    /// Text at the left of the row (an office title, or a person's name).
    var label: String
    /// Anchor the label links to (`#…`), if any.
    var href: String?
    /// The sightings on the row.
    var marks: [TimelineMark]
}

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
