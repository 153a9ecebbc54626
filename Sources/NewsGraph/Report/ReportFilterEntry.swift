/// One filterable section of the page, as the filter script reads it from `#ng-index`.
struct ReportFilterEntry: Encodable {
    /// Element id.
    var id: String
    /// `person`, `office`, `event`, `other` or `finding`.
    var k: String
    /// Lower-cased text the search box matches.
    var t: String
    /// `[first, last]` ISO day bounds of each dated sighting.
    var r: [[String]]
    /// Has sightings without a year or without a date.
    var u: Bool
}
