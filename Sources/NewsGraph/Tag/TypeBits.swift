/// Type masks the rules test matches against: bit n is `LexiconType.allCases[n]`.
///
/// Written as literals so they cost nothing to read in the scan loops (a test
/// checks them against `CompiledLexicon.bit`).
enum TypeBits {
    static let surname: UInt32 = 1 << 0
    static let fullDivision: UInt32 = 1 << 1
    static let placeSuffix: UInt32 = 1 << 2
    static let placeRef: UInt32 = 1 << 3
    static let notPlace: UInt32 = 1 << 4
    static let office: UInt32 = 1 << 5
    static let orgSuffix: UInt32 = 1 << 6
    static let orgAbbrev: UInt32 = 1 << 7
    static let eventNoun: UInt32 = 1 << 8
    static let eventRef: UInt32 = 1 << 9
    static let announceVerb: UInt32 = 1 << 10
    static let attendVerb: UInt32 = 1 << 11
    static let boundary: UInt32 = 1 << 12
    static let notPerson: UInt32 = 1 << 13
    static let personRole: UInt32 = 1 << 14
    static let former: UInt32 = 1 << 15
    static let notOrg: UInt32 = 1 << 16
    static let relativeDate: UInt32 = 1 << 17
    /// Gazetteer short forms (`吕梁`), see `CompiledLexicon.shortDivisionBit`.
    static let shortDivision: UInt32 = 1 << 31
    static let division: UInt32 = fullDivision | shortDivision

    /// Words that end a name: boundary words and every verb the rules know.
    static let nameEnd: UInt32 = boundary | attendVerb | announceVerb | eventRef
    /// Words that end an office chain's prefix on the left.
    static let prefixStop: UInt32 = boundary | attendVerb | announceVerb | eventRef | personRole
}
