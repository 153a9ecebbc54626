/// One chain link read as an office: as written, with its jurisdiction made explicit, and its body.
struct ResolvedOffice: Sendable, Equatable {
    var title: String
    var resolvedTitle: String
    var organization: String?
    var jurisdiction: String?
    var role: String
    var former: Bool
    var range: Range<Int>
}
