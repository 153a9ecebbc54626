/// A gold file as read from disk, with the path as the user gave it.
public struct GoldFile: Sendable, Equatable {
    /// The path of the gold file (as given, or joined from the given folder).
    public var path: String
    public var gold: GoldStandard

    public init(path: String, gold: GoldStandard) {
        self.path = path
        self.gold = gold
    }
}
