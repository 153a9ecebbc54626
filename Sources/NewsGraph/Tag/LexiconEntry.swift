/// One line of a lexicon file: a surface form, its type and its attributes.
public struct LexiconEntry: Sendable, Hashable {
    /// The exact characters to match.
    public var surface: String
    public var type: LexiconType
    /// `key=value` attributes, e.g. `role=spoke`, `single=1`, `parent=山西省`.
    public var attributes: [String: String]
    /// `file:line` the entry came from, for error messages.
    public var origin: String

    public init(surface: String, type: LexiconType, attributes: [String: String] = [:], origin: String = "") {
        self.surface = surface
        self.type = type
        self.attributes = attributes
        self.origin = origin
    }

    /// True when the attribute is present and `1`/`true`.
    public func flag(_ key: String) -> Bool {
        guard let v = attributes[key] else { return false }
        return v == "1" || v == "true"
    }
}
