/// One administrative division of China, as the gazetteer knows it.
public struct Division: Sendable, Hashable {
    /// Canonical full name: `吕梁市`, `汾阳市`, `山西省`.
    public var name: String
    /// `province`, `prefecture` or `county`.
    public var level: String
    /// Full name of the parent division, if any.
    public var parent: String?
    /// 6-digit division code, if known.
    public var code: String?
    /// Short forms (`吕梁`), two characters or more.
    public var shortForms: [String]
}
