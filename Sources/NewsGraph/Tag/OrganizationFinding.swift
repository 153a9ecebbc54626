/// An organisation the organisation rule found.
struct OrganizationFinding: Sendable {
    var range: Range<Int>
    var canonical: String
    var jurisdiction: String?
    var rule: String
}
