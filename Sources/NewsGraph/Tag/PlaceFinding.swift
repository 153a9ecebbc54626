/// A place the place rule found: its clean range, canonical name and level.
struct PlaceFinding: Sendable {
    var range: Range<Int>
    var canonical: String
    /// `province`, `prefecture`, `county`, `township`, `subdistrict`, `community`, `village`, `compound`.
    var level: String
    /// Canonical parent, when known.
    var parent: String?
    var rule: String
}
