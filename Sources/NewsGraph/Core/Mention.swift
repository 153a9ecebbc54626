/// The kinds of things the tagger finds.
public enum MentionKind: String, Sendable, Codable, CaseIterable, Comparable {
    case person, office, organization, place, event, date

    public static func < (lhs: MentionKind, rhs: MentionKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One tagged stretch of an article's clean text.
public struct Mention: Sendable, Hashable, Codable {
    public var kind: MentionKind
    /// The text as it stands in the clean article.
    public var text: String
    /// The canonical form: a full place name (`吕梁` → `吕梁市`), a resolved
    /// organisation (`市委组织部` → `汾阳市委组织部`), a person's name.
    public var canonical: String
    /// Clean UTF-8 byte range in `Article.text`.
    public var cleanStart: Int
    public var cleanEnd: Int
    /// Evidence: raw span, sentence and rule.
    public var evidence: Evidence
    /// Extra typed facts, e.g. place `level`, place `parent`.
    public var attributes: [String: String]

    public init(
        kind: MentionKind, text: String, canonical: String, cleanRange: Range<Int>,
        evidence: Evidence, attributes: [String: String] = [:]
    ) {
        self.kind = kind
        self.text = text
        self.canonical = canonical
        self.cleanStart = cleanRange.lowerBound
        self.cleanEnd = cleanRange.upperBound
        self.evidence = evidence
        self.attributes = attributes
    }

    public var cleanRange: Range<Int> { cleanStart..<cleanEnd }
}

/// A person holding an office, as one sentence states it.
public struct OfficeClaim: Sendable, Hashable, Codable {
    /// The person's name.
    public var person: String
    /// The title as written in the chain link, e.g. `市长`, `汾阳市委副书记`, `原副市长`.
    public var title: String
    /// The title with its jurisdiction made explicit, without `原`: `汾阳市市长`.
    public var resolvedTitle: String
    /// The organisation the office belongs to, canonical: `汾阳市委`, `汾阳市人民政府`, `山西省公安厅`.
    public var organization: String?
    /// The place whose office it is, canonical: `汾阳市`.
    public var jurisdiction: String?
    /// The bare role word: `书记`, `副市长`, `会长`, `三级调研员`.
    public var role: String
    /// `原…`: the office is a former one.
    public var former: Bool
    /// The date the claim was made (the article's event or issue date), if known.
    public var date: PartialDate?
    /// Raw span of the whole chain link plus the name; sentence; rule.
    public var evidence: Evidence

    public init(
        person: String, title: String, resolvedTitle: String, organization: String?,
        jurisdiction: String?, role: String, former: Bool, date: PartialDate?, evidence: Evidence
    ) {
        self.person = person
        self.title = title
        self.resolvedTitle = resolvedTitle
        self.organization = organization
        self.jurisdiction = jurisdiction
        self.role = role
        self.former = former
        self.date = date
        self.evidence = evidence
    }
}

/// An event an article announces.
public struct EventMention: Sendable, Hashable, Codable {
    /// Article-local key (`E1`, `E2`…), used by attendances.
    public var key: String
    /// The event's name as announced, e.g. `全市社会消费品零售额完成情况约谈会`.
    public var name: String
    /// The event noun that classifies it, e.g. `约谈会`, `推进会`.
    public var noun: String
    public var date: PartialDate?
    /// Canonical place where it was held, when stated or implied.
    public var place: String?
    /// Canonical organiser, when stated.
    public var organizer: String?
    public var evidence: Evidence

    public init(
        key: String, name: String, noun: String, date: PartialDate?, place: String?,
        organizer: String?, evidence: Evidence
    ) {
        self.key = key
        self.name = name
        self.noun = noun
        self.date = date
        self.place = place
        self.organizer = organizer
        self.evidence = evidence
    }
}

/// How a person took part in an event.
public enum AttendanceRole: String, Sendable, Codable, CaseIterable, Comparable {
    /// 出席, 参加, 到会, 观摩
    case attended
    /// 主持
    case presided
    /// 讲话, 指出, 强调, 要求, 表示, 介绍 (speaking at the event)
    case spoke
    /// 致辞
    case addressed
    /// 上台, 上台接受, 接收
    case onStage
    /// 签约
    case signed
    /// 参与, 到会指导
    case participated

    public static func < (lhs: AttendanceRole, rhs: AttendanceRole) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A person at an event in a role, as one sentence states it.
public struct Attendance: Sendable, Hashable, Codable {
    public var person: String
    /// `EventMention.key` of the article's event.
    public var event: String
    public var role: AttendanceRole
    public var evidence: Evidence

    public init(person: String, event: String, role: AttendanceRole, evidence: Evidence) {
        self.person = person
        self.event = event
        self.role = role
        self.evidence = evidence
    }
}

/// Everything the tagger read in one article.
public struct TaggedArticle: Sendable {
    public var article: Article
    /// All mentions, in text order.
    public var mentions: [Mention]
    public var offices: [OfficeClaim]
    public var events: [EventMention]
    public var attendances: [Attendance]
    /// Dates stated in the article, resolved as far as the text allows.
    public var dates: [PartialDate]

    public init(
        article: Article, mentions: [Mention] = [], offices: [OfficeClaim] = [],
        events: [EventMention] = [], attendances: [Attendance] = [], dates: [PartialDate] = []
    ) {
        self.article = article
        self.mentions = mentions
        self.offices = offices
        self.events = events
        self.attendances = attendances
        self.dates = dates
    }

    /// Mentions of one kind.
    public func mentions(of kind: MentionKind) -> [Mention] { mentions.filter { $0.kind == kind } }
}
