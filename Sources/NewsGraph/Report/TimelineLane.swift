/// One row of a timeline: an office in a person's career, or one holder of an office.
struct TimelineLane: Sendable {
    /// Text at the left of the row (an office title, or a person's name).
    var label: String
    /// Anchor the label links to (`#…`), if any.
    var href: String?
    /// The sightings on the row.
    var marks: [TimelineMark]
}
