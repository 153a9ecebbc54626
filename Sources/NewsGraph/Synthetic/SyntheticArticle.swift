/// One generated article with its ground truth: who is named, in which offices, at which events.
public struct SyntheticArticle: Sendable, Equatable {
    /// `PAGE#N`, N counting from 1 in page order (the id the text stage gives it).
    public var id: String
    public var headline: String
    /// Subtitle without its leading `——`, when the article has one.
    public var subtitle: String?
    /// The clean body, one paragraph per element, as the text stage should rebuild it.
    public var paragraphs: [String]
    /// The date of what the article reports.
    public var date: PartialDate
    /// Every person named, in order of first mention.
    public var people: [SyntheticPersonMention]
    /// Events the article announces.
    public var events: [SyntheticEvent]

    /// The clean body text, paragraphs joined by `\n`.
    public var text: String { paragraphs.joined(separator: "\n") }
}

/// A named person in a synthetic article.
public struct SyntheticPersonMention: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case official, former, visitor, businessman, reporter, correspondent, photographer, resident
    }

    /// Stable identity across the archive (the same official in many articles has one id).
    public var personID: String
    public var name: String
    public var kind: Kind
    /// The office chain as written before the name, one element per link (`["市委常委", "副市长"]`).
    public var offices: [String]
    /// The jurisdiction the offices belong to (full name), when an official.
    public var jurisdiction: String?
}

/// An event a synthetic article announces, with who attended in which role.
public struct SyntheticEvent: Sendable, Hashable {
    public var name: String
    /// The event noun that classifies it (`推进会`, `签约仪式`, `运动会` …).
    public var noun: String
    public var date: PartialDate
    public var attendees: [SyntheticAttendance]
}

/// A person at a synthetic event in a role.
public struct SyntheticAttendance: Sendable, Hashable {
    public var personID: String
    public var name: String
    public var roles: [AttendanceRole]
}
