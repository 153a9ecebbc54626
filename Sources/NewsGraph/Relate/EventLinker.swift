/// Decides which of the article's events each sentence speaks about.
///
/// Reading in order: a sentence announcing events is about the first one it
/// names; one that mentions an event by its own noun (`推介会上`, `签约仪式上`)
/// is about that event; anything else (`会议强调`, `会上`, or no mention) stays
/// with the event the text was last about, or the article's first event.
struct EventLinker {
    let doc: TagDocument
    let events: [EventFinding]
    private var bySentence: [Int?] = []

    init(doc: TagDocument, events: [EventFinding]) {
        self.doc = doc
        self.events = events
        guard !events.isEmpty else { return }
        var current: Int?
        for sentence in doc.sentences {
            if let i = events.indices.filter({
                sentence.contains(events[$0].name.lowerBound) && events[$0].rule != "event-mentioned"
            })
            .min(by: { events[$0].name.lowerBound < events[$1].name.lowerBound }) {
                current = i
            } else if let i = specificMention(in: sentence) {
                current = i
            } else if mentionsWholeEvent(sentence) {
                // `活动现场`, `会上`: the occasion as a whole, i.e. the article's first event.
                bySentence.append(0)
                continue
            }
            bySentence.append(current ?? 0)
        }
    }

    /// The event of the sentence holding byte `i`.
    func event(forSentence sentence: Range<Int>) -> Int? {
        guard !events.isEmpty else { return nil }
        var lo = 0
        var hi = doc.sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.sentences[mid].lowerBound < sentence.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        guard lo < bySentence.count, doc.sentences[lo] == sentence else { return 0 }
        return bySentence[lo]
    }

    /// True when the sentence names one of the events or mentions the occasion (会上, 推介会上).
    func mentionsEvent(_ sentence: Range<Int>) -> Bool {
        events.contains { sentence.contains($0.name.lowerBound) } || specificMention(in: sentence) != nil
            || mentionsWholeEvent(sentence)
    }

    /// A generic mention of the occasion (会上, 会议, 活动现场).
    private func mentionsWholeEvent(_ sentence: Range<Int>) -> Bool {
        var p = sentence.lowerBound
        while p < sentence.upperBound {
            if doc.starts(TypeBits.eventRef, at: p) { return true }
            if let m = doc.longest(TypeBits.eventNoun, startingAt: p), EventRule.genericNouns.contains(doc.surface(m)) {
                return true
            }
            p += max(1, doc.scalarLength(at: p))
        }
        return false
    }

    /// The first event named by its own (not generic) noun in the sentence.
    private func specificMention(in sentence: Range<Int>) -> Int? {
        var p = sentence.lowerBound
        while p < sentence.upperBound {
            if let m = doc.longest(TypeBits.eventNoun | TypeBits.eventRef, startingAt: p) {
                let s = doc.surface(m)
                if let i = events.firstIndex(where: {
                    !EventRule.genericNouns.contains($0.noun) && $0.noun != "大会" && s.hasPrefix($0.noun)
                }) {
                    return i
                }
                p = Int(m.end)
                continue
            }
            p += max(1, doc.scalarLength(at: p))
        }
        return nil
    }
}
