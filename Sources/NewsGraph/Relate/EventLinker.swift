/// Decides which of the article's events a sentence speaks about.
///
/// A sentence that holds an event's name is about that event; one with a
/// later mention (`推介会上`, `会议强调`) is about the event with that noun;
/// anything else falls back to the article's first event, which is what a
/// one-event news item means.
struct EventLinker {
    let doc: TagDocument
    let events: [EventFinding]

    func event(forSentence sentence: Range<Int>) -> Int? {
        guard !events.isEmpty else { return nil }
        if let i = events.firstIndex(where: { sentence.contains($0.name.lowerBound) }) { return i }
        var p = sentence.lowerBound
        while p < sentence.upperBound {
            if let m = doc.longest(TypeBits.eventNoun | TypeBits.eventRef, startingAt: p) {
                let s = doc.surface(m)
                if let i = events.firstIndex(where: { s.hasPrefix($0.noun) && $0.noun.count > 1 }) { return i }
                p = Int(m.end)
                continue
            }
            p += max(1, doc.scalarLength(at: p))
        }
        return 0
    }
}
