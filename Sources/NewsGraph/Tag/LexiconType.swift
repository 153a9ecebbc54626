/// What a lexicon entry is: the rules look at matches through these types.
public enum LexiconType: String, Sendable, CaseIterable, Codable {
    /// Single or compound Chinese surname.
    case surname
    /// Administrative division of China (full name; short forms via `short=`).
    case division
    /// Suffix that ends a place name: 镇, 乡, 街道, 社区, 村, 小区.
    case placeSuffix = "place-suffix"
    /// Word that refers to the paper's own place: 我市, 全市, 本县.
    case placeRef = "place-ref"
    /// Word that looks like the start of a place but is generic (城市社区, 老旧小区).
    case notPlace = "not-place"
    /// Office or rank word: 书记, 副市长, 三级调研员.
    case office
    /// Suffix that ends an organisation name: 委员会, 协会, 有限公司.
    case orgSuffix = "org-suffix"
    /// Abbreviated party or state body: 市委, 市政协, 市委组织部.
    case orgAbbrev = "org-abbrev"
    /// Noun naming an event: 推进会, 座谈会, 签约仪式.
    case eventNoun = "event-noun"
    /// Later mention of the article's event: 会上, 会议.
    case eventRef = "event-ref"
    /// Verb announcing an event: 召开, 举行, 走进.
    case announceVerb = "announce-verb"
    /// Verb of attendance or speech, with its `role`.
    case attendVerb = "attend-verb"
    /// Word that ends a person's name: 在, 出席, 的, 和.
    case boundary
    /// Surname-initial forms that are not people, or (`suffix=1`) suffixes that make one: 大爷, 女士.
    case notPerson = "not-person"
    /// Role noun after which a bare name is safe: 居民, 村民, 负责人, 第一名.
    case personRole = "person-role"
    /// Marker of a former office: 原.
    case former
    /// Generic organisation word that names no particular body (党群服务中心).
    case notOrg = "not-org"
    /// Relative date word (近日, 日前) that dates an event without giving a day.
    case relativeDate = "relative-date"
}
