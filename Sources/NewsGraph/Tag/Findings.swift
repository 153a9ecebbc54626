/// What the rules found in one article, before it becomes public results.
struct Findings {
    var persons: [PersonFinding]
    var places: [PlaceFinding]
    var organizations: [OrganizationFinding]
    var events: [EventFinding]
    var attendances: [AttendanceFinding]
    var dates: [DatedMention]
}
