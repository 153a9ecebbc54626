@testable import NewsGraph

/// Reference (the format's first implementation, kept for tests): one article's facts as stored, for `JSONEncoder`.
struct StoredFacts: Codable {
    struct StoredMention: Codable {
        var kind: MentionKind
        var text: String
        var canonical: String
        var cleanStart: Int
        var cleanEnd: Int
        var evidence: Int
        var attributes: [String: String]
    }

    struct StoredOffice: Codable {
        var person: String
        var title: String
        var resolvedTitle: String
        var organization: String?
        var jurisdiction: String?
        var role: String
        var former: Bool
        var date: PartialDate?
        var evidence: Int
    }

    struct StoredEvent: Codable {
        var key: String
        var name: String
        var noun: String
        var date: PartialDate?
        var place: String?
        var organizer: String?
        var evidence: Int
    }

    struct StoredAttendance: Codable {
        var person: String
        var event: String
        var role: AttendanceRole
        var evidence: Int
    }

    var id: String
    var file: String
    var index: Int
    var headline: String?
    var subtitle: String?
    var authors: [Author]
    var start: Int
    var end: Int
    var metadata: IssueMetadata
    var contentHash: String
    var mentions: [StoredMention]
    var offices: [StoredOffice]
    var events: [StoredEvent]
    var attendances: [StoredAttendance]
    var dates: [PartialDate]
    var placePaths: [String: String]

    /// Every piece of evidence the facts hold.
    static func evidence(of f: ArticleFacts) -> [Evidence] {
        f.mentions.map(\.evidence) + f.offices.map(\.evidence) + f.events.map(\.evidence) + f.attendances.map(\.evidence)
    }

    init(_ f: ArticleFacts, table: ReferenceEvidenceTable) {
        id = f.id
        file = f.file
        index = f.index
        headline = f.headline
        subtitle = f.subtitle
        authors = f.authors
        start = f.start
        end = f.end
        metadata = f.metadata
        contentHash = f.contentHash
        mentions = f.mentions.map {
            StoredMention(
                kind: $0.kind, text: $0.text, canonical: $0.canonical, cleanStart: $0.cleanStart, cleanEnd: $0.cleanEnd,
                evidence: table.ref($0.evidence), attributes: $0.attributes)
        }
        offices = f.offices.map {
            StoredOffice(
                person: $0.person, title: $0.title, resolvedTitle: $0.resolvedTitle, organization: $0.organization,
                jurisdiction: $0.jurisdiction, role: $0.role, former: $0.former, date: $0.date, evidence: table.ref($0.evidence))
        }
        events = f.events.map {
            StoredEvent(
                key: $0.key, name: $0.name, noun: $0.noun, date: $0.date, place: $0.place, organizer: $0.organizer,
                evidence: table.ref($0.evidence))
        }
        attendances = f.attendances.map {
            StoredAttendance(person: $0.person, event: $0.event, role: $0.role, evidence: table.ref($0.evidence))
        }
        dates = f.dates
        placePaths = f.placePaths
    }

    /// The in-memory facts; throws when a citation is outside the table.
    func facts(table: ReferenceEvidenceTable, file path: String) throws -> ArticleFacts {
        func ev(_ i: Int) throws -> Evidence { try table.evidence(i, file: path, owner: "article \(id)") }
        let article = Article(
            id: id, file: file, index: index, headline: headline, subtitle: subtitle, authors: authors, text: "",
            offsets: OffsetMap(), rawSpan: Span(start: start, end: max(start, end)), metadata: metadata, contentHash: contentHash)
        let tagged = TaggedArticle(
            article: article,
            mentions: try mentions.map {
                Mention(
                    kind: $0.kind, text: $0.text, canonical: $0.canonical,
                    cleanRange: $0.cleanStart..<max($0.cleanStart, $0.cleanEnd),
                    evidence: try ev($0.evidence), attributes: $0.attributes)
            },
            offices: try offices.map {
                OfficeClaim(
                    person: $0.person, title: $0.title, resolvedTitle: $0.resolvedTitle, organization: $0.organization,
                    jurisdiction: $0.jurisdiction, role: $0.role, former: $0.former, date: $0.date, evidence: try ev($0.evidence))
            },
            events: try events.map {
                EventMention(
                    key: $0.key, name: $0.name, noun: $0.noun, date: $0.date, place: $0.place, organizer: $0.organizer,
                    evidence: try ev($0.evidence))
            },
            attendances: try attendances.map {
                Attendance(person: $0.person, event: $0.event, role: $0.role, evidence: try ev($0.evidence))
            },
            dates: dates)
        return ArticleFacts(tagged, placePaths: placePaths)
    }
}
