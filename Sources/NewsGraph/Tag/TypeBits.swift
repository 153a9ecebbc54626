/// Precomputed type masks the rules test matches against.
enum TypeBits {
    static let surname = CompiledLexicon.bit(.surname)
    static let division = CompiledLexicon.bit(.division) | CompiledLexicon.shortDivisionBit
    static let fullDivision = CompiledLexicon.bit(.division)
    static let shortDivision = CompiledLexicon.shortDivisionBit
    static let placeSuffix = CompiledLexicon.bit(.placeSuffix)
    static let placeRef = CompiledLexicon.bit(.placeRef)
    static let notPlace = CompiledLexicon.bit(.notPlace)
    static let office = CompiledLexicon.bit(.office)
    static let orgSuffix = CompiledLexicon.bit(.orgSuffix)
    static let orgAbbrev = CompiledLexicon.bit(.orgAbbrev)
    static let eventNoun = CompiledLexicon.bit(.eventNoun)
    static let eventRef = CompiledLexicon.bit(.eventRef)
    static let announceVerb = CompiledLexicon.bit(.announceVerb)
    static let attendVerb = CompiledLexicon.bit(.attendVerb)
    static let boundary = CompiledLexicon.bit(.boundary)
    static let notPerson = CompiledLexicon.bit(.notPerson)
    static let personRole = CompiledLexicon.bit(.personRole)
    static let former = CompiledLexicon.bit(.former)
    static let notOrg = CompiledLexicon.bit(.notOrg)
    static let relativeDate = CompiledLexicon.bit(.relativeDate)

    /// Words that end a name: boundary words and every verb the rules know.
    static let nameEnd = boundary | attendVerb | announceVerb | eventRef
    /// Words that end an office chain's prefix on the left.
    static let prefixStop = boundary | attendVerb | announceVerb | eventRef | personRole
    /// Tokens that can open a jurisdiction: divisions, 我市-like words, abbreviated bodies.
    static let jurisdictionStart = division | placeRef | orgAbbrev
}
