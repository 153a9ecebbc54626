/// One link of an office chain: `[prefix][原]office`, e.g. `汾阳市委` + `副书记`.
struct ChainLink: Sendable {
    /// The link's clean range, prefix included.
    var range: Range<Int>
    /// The qualifying prefix (places, organisation), possibly empty.
    var prefix: Range<Int>
    /// The office word.
    var office: Range<Int>
    /// The office word's lexicon pattern.
    var officePattern: Int
    /// `原` when the office is a former one.
    var former: Range<Int>?
}

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
