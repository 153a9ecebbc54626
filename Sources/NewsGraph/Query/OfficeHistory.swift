/// One office of one person over time: every sighting, the first and last date, former or current.
public struct OfficeHistory: Sendable, Hashable, Codable {
    /// The Position node's id.
    public var position: String
    /// The title as written, most often seen form (`市长`).
    public var title: String
    /// Every written form, sorted (`市长`, `原市长`).
    public var forms: [String]
    /// The title with its jurisdiction made explicit (`汾阳市市长`).
    public var resolvedTitle: String
    /// The bare role (`市长`), the organisation and the jurisdiction, when the graph knows them.
    public var role: String?
    public var organization: String?
    public var jurisdiction: String?
    /// Same as `firstSeen`: the date from which the evidence speaks of the office.
    public var date: PartialDate?
    /// First and last date a sentence names the office (former sightings included).
    public var firstSeen: PartialDate?
    public var lastSeen: PartialDate?
    /// True when the latest dated sighting calls the office former (`原…`);
    /// without dates, when every sighting does.
    public var former: Bool
    /// Distinct articles that name the office for this person.
    public var articles: Int
    /// All evidence, sorted.
    public var evidence: [Evidence]
    /// Each sighting in date order (undated last).
    public var sightings: [TitleSighting]

    public init(
        position: String, title: String, forms: [String], resolvedTitle: String, role: String?,
        organization: String?, jurisdiction: String?, firstSeen: PartialDate?, lastSeen: PartialDate?,
        former: Bool, articles: Int, evidence: [Evidence], sightings: [TitleSighting]
    ) {
        self.position = position
        self.title = title
        self.forms = forms
        self.resolvedTitle = resolvedTitle
        self.role = role
        self.organization = organization
        self.jurisdiction = jurisdiction
        self.date = firstSeen
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.former = former
        self.articles = articles
        self.evidence = evidence
        self.sightings = sightings
    }

    private enum CodingKeys: String, CodingKey {
        case position, title, forms, resolvedTitle, role, organization, jurisdiction, date, firstSeen, lastSeen
        case former, articles, evidence, sightings
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(position, forKey: .position)
        try c.encode(title, forKey: .title)
        try c.encode(forms, forKey: .forms)
        try c.encode(resolvedTitle, forKey: .resolvedTitle)
        try c.encode(role, forKey: .role)
        try c.encode(organization, forKey: .organization)
        try c.encode(jurisdiction, forKey: .jurisdiction)
        try c.encode(date, forKey: .date)
        try c.encode(firstSeen, forKey: .firstSeen)
        try c.encode(lastSeen, forKey: .lastSeen)
        try c.encode(former, forKey: .former)
        try c.encode(articles, forKey: .articles)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(sightings, forKey: .sightings)
    }
}
