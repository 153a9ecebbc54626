/// An event the event rule found, before it becomes an `EventMention`.
struct EventFinding: Sendable {
    var name: Range<Int>
    var noun: String
    var date: PartialDate?
    var place: String?
    var rule: String
    /// The whole announcing phrase (date to verb or noun), for evidence.
    var phrase: Range<Int>
    /// A name put together from the article's dateline when the text names the event only by its noun.
    var composedName: String? = nil
}
