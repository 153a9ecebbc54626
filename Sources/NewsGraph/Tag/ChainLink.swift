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
    /// `原` when the office is a former one (for `免去…职务`, the office word itself).
    var former: Range<Int>?
}
