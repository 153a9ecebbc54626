import Foundation

/// What a careful reader found on one page: the reference the tagger is scored against.
///
/// Values are compared per page as sets (see `schema/gold-format.md`), never by
/// offsets, so changes in segmentation or repair do not invalidate the gold.
public struct GoldStandard: Sendable, Equatable, Codable {
    /// Basename of the page the gold describes, e.g. `003_7448785c58bfff12.txt`.
    public var file: String
    /// The paper's city, canonical; passed to the reader as issue metadata.
    public var city: String
    /// The paper's province, canonical.
    public var province: String?
    /// Articles read against another city or county (informational).
    public var articleCities: [GoldArticleCity]?
    /// The annotator's notes for this page.
    public var notes: String?
    public var persons: [String]
    public var personOffices: [GoldOffice]
    public var resolvedOffices: [GoldResolvedOffice]
    public var organizations: [String]
    public var places: [String]
    public var events: [GoldEvent]
    public var attendance: [GoldAttendance]
    /// Strings on the page that look like names but are not people.
    public var notPersons: [String]

    public init(
        file: String, city: String, province: String? = nil, articleCities: [GoldArticleCity]? = nil,
        notes: String? = nil, persons: [String] = [], personOffices: [GoldOffice] = [],
        resolvedOffices: [GoldResolvedOffice] = [], organizations: [String] = [], places: [String] = [],
        events: [GoldEvent] = [], attendance: [GoldAttendance] = [], notPersons: [String] = []
    ) {
        self.file = file
        self.city = city
        self.province = province
        self.articleCities = articleCities
        self.notes = notes
        self.persons = persons
        self.personOffices = personOffices
        self.resolvedOffices = resolvedOffices
        self.organizations = organizations
        self.places = places
        self.events = events
        self.attendance = attendance
        self.notPersons = notPersons
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        city = try c.decode(String.self, forKey: .city)
        province = try c.decodeIfPresent(String.self, forKey: .province)
        articleCities = try c.decodeIfPresent([GoldArticleCity].self, forKey: .articleCities)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        // Missing lists mean "none on this page", so a page without events need not say so.
        persons = try c.decodeIfPresent([String].self, forKey: .persons) ?? []
        personOffices = try c.decodeIfPresent([GoldOffice].self, forKey: .personOffices) ?? []
        resolvedOffices = try c.decodeIfPresent([GoldResolvedOffice].self, forKey: .resolvedOffices) ?? []
        organizations = try c.decodeIfPresent([String].self, forKey: .organizations) ?? []
        places = try c.decodeIfPresent([String].self, forKey: .places) ?? []
        events = try c.decodeIfPresent([GoldEvent].self, forKey: .events) ?? []
        attendance = try c.decodeIfPresent([GoldAttendance].self, forKey: .attendance) ?? []
        notPersons = try c.decodeIfPresent([String].self, forKey: .notPersons) ?? []
    }
}
