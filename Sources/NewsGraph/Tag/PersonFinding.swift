/// A person the rules found, with the chain of offices written before the name (empty for bare names).
struct PersonFinding: Sendable {
    var name: Range<Int>
    var rule: String
    var links: [ChainLink]
    /// Range of the whole phrase (chain plus name), for evidence.
    var phrase: Range<Int>
    /// The part the context itself gives the person in the article's event (a winner took part).
    var attendRole: AttendanceRole? = nil
}
