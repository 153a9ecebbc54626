/// One way the fuzzer changes an input's bytes.
public enum Mutation: String, Sendable, CaseIterable, Codable {
    /// Flip one bit.
    case flipBit
    /// Overwrite one byte with a random or boundary value.
    case setByte
    /// Insert a few random bytes.
    case insertBytes
    /// Delete a range of bytes.
    case deleteRange
    /// Cut the input short.
    case truncate
    /// Repeat a range of the input in place.
    case duplicateRange
    /// Join a prefix of this input to a suffix of another corpus entry.
    case splice
    /// Insert a genre fragment (opener, byline, office chain, date, bracket…).
    case insertToken
    /// Insert a string an exporter must escape (markup, formula, control character…).
    case insertHostile
    /// Insert a byte sequence that is not valid UTF-8.
    case insertInvalidUTF8
    /// Insert a byte sequence that is not valid GB18030.
    case insertInvalidGB18030
    /// Repeat one fragment hundreds to thousands of times.
    case repeatToken
    /// Swap two lines.
    case swapLines
    /// Insert a UTF-8 or UTF-16 byte-order mark at the start or in the middle.
    case insertBOM

    /// Mutations that keep valid UTF-8 valid when their positions fall on scalar boundaries:
    /// most cases use only these, so mutants get past the decoder into the later stages.
    public static let textual: [Mutation] = [
        .deleteRange, .truncate, .duplicateRange, .splice, .insertToken, .insertHostile, .repeatToken, .swapLines,
    ]
}
