/// Clean text with its map back to the raw bytes.
public struct NormalizedText: Sendable, Equatable {
    /// The repaired text: one paragraph per line, `\n` between paragraphs.
    public var text: String
    /// Clean UTF-8 byte → raw byte map.
    public var offsets: OffsetMap
}
