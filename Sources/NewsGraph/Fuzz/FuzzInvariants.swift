import Foundation

/// What every stage promises about its output, checked on each fuzz case.
enum FuzzInvariants {
    /// An article: named after the file as given, spans inside the file, one map entry per clean byte,
    /// clean positions mapping forward through the raw file.
    static func checkArticle(_ a: Article, file: String, rawCount: Int) throws {
        func fail(_ m: String) -> FuzzFailure { FuzzFailure("read", "\(a.id): \(m)") }
        guard a.file == file else { throw fail("file is `\(a.file)`, not the path as given") }
        guard a.rawSpan.start >= 0 && a.rawSpan.end <= rawCount else {
            throw fail("raw span \(a.rawSpan) outside the file's \(rawCount) bytes")
        }
        let cleanCount = a.text.utf8.count
        guard a.offsets.count == cleanCount else {
            throw fail("offset map covers \(a.offsets.count) bytes, text has \(cleanCount)")
        }
        guard a.contentHash.utf8.count == 16,
            a.contentHash.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
        else { throw fail("content hash `\(a.contentHash)` is not 16 hex digits") }
        for au in a.authors where au.span.start < 0 || au.span.end > rawCount {
            throw fail("author span \(au.span) outside the file")
        }
        guard cleanCount > 0 else { return }
        // Sample clean scalar starts (all of them for small texts): each maps inside the file, in order.
        let utf8 = Array(a.text.utf8)
        let step = max(1, cleanCount / 512)
        var previous = -1
        var i = 0
        while i < cleanCount {
            var j = i
            while j < cleanCount && utf8[j] & 0xC0 == 0x80 { j += 1 }
            guard j < cleanCount else { break }
            var e = j + 1
            while e < cleanCount && utf8[e] & 0xC0 == 0x80 { e += 1 }
            let s = a.offsets.rawSpan(cleanUTF8: j..<e)
            guard s.start >= 0 && s.end <= rawCount else { throw fail("clean bytes \(j)..<\(e) map to \(s), outside the file") }
            guard s.start >= previous else {
                throw fail("clean bytes \(j)..<\(e) map to \(s), before the previous scalar's raw start \(previous)")
            }
            previous = s.start
            i = j + step
        }
    }

    /// A tagged article: every mention and claim inside the text and the file, citing the file as given.
    static func checkTagged(_ t: TaggedArticle, file: String, rawCount: Int, raw: [UInt8]? = nil) throws {
        let text = Array(t.article.text.utf8)
        func fail(_ m: String) -> FuzzFailure { FuzzFailure("tag", "\(t.article.id): \(m)") }
        func check(_ e: Evidence, _ what: String) throws {
            guard e.file == file else { throw fail("\(what) evidence cites `\(e.file)`, not the file as given") }
            guard e.start >= 0 && e.start <= e.end && e.end <= rawCount else {
                throw fail("\(what) evidence span \(e.start)..<\(e.end) outside the file's \(rawCount) bytes")
            }
        }
        for m in t.mentions {
            guard m.cleanStart >= 0 && m.cleanStart <= m.cleanEnd && m.cleanEnd <= text.count else {
                throw fail("\(m.kind) mention clean range \(m.cleanRange) outside the text's \(text.count) bytes")
            }
            // An empty clean range marks a mention outside the body (a byline name): only its evidence is checked.
            // An event's text may be its composed name around the words at its range (finding 11 in
            // schema/reliability.md: the slice must at least lie inside it).
            let slice = String(decoding: text[m.cleanRange], as: UTF8.self)
            let composed = m.kind == .event && containsBytes(m.text, slice)
            guard m.cleanRange.isEmpty || slice == m.text || composed else {
                throw fail("\(m.kind) mention text `\(m.text)` is not the text at \(m.cleanRange)")
            }
            try check(m.evidence, "\(m.kind) mention")
            // The evidence sentence is the one that holds the mention.
            guard m.cleanRange.isEmpty || containsBytes(m.evidence.sentence, composed ? slice : m.text) else {
                throw fail("\(m.kind) mention `\(m.text)` is not in its evidence sentence `\(m.evidence.sentence.prefix(80))`")
            }
            // The raw bytes cited begin and end with the mention's characters and hold all of them in order
            // (up to spaces, line breaks, width, and page furniture the text flows around, e.g. a caption).
            if let raw, !m.cleanRange.isEmpty, m.evidence.end <= raw.count {
                let cited = String(decoding: raw[m.evidence.start..<m.evidence.end], as: UTF8.self)
                guard citesInOrder(folded(cited), folded(composed ? slice : m.text)) else {
                    throw fail(
                        "\(m.kind) mention `\(m.text)` cites raw bytes \(m.evidence.start)..<\(m.evidence.end) = `\(cited.prefix(80))`"
                    )
                }
            }
        }
        for o in t.offices { try check(o.evidence, "office claim") }
        for e in t.events { try check(e.evidence, "event") }
        let keys = Set(t.events.map(\.key))
        for a in t.attendances {
            try check(a.evidence, "attendance")
            guard keys.contains(a.event) else { throw fail("attendance of \(a.person) names unknown event \(a.event)") }
        }
    }

    /// `s` compared as the normalizer sees it: compatibility-folded (full-width forms), without white
    /// space, controls, format characters (zero-width spaces, BOMs) or other ignorable scalars.
    static func folded(_ s: String) -> String {
        String(
            String.UnicodeScalarView(
                s.precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
                    let p = $0.properties
                    return !p.isWhitespace && !p.isDefaultIgnorableCodePoint && p.generalCategory != .control
                        && p.generalCategory != .format
                }))
    }

    /// Byte-wise containment (a mention may end inside a grapheme cluster, e.g. before a combining mark,
    /// where `String.contains` compares whole characters).
    static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8)
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        for i in 0...(h.count - n.count) where h[i] == n[0] && Array(h[i..<(i + n.count)]) == n { return true }
        return false
    }

    /// True when `cited` starts with `mention`'s first scalar, ends with its last, and holds all its scalars in order.
    static func citesInOrder(_ cited: String, _ mention: String) -> Bool {
        let c = Array(cited.unicodeScalars)
        let m = Array(mention.unicodeScalars)
        guard let first = m.first, let last = m.last else { return true }
        guard c.first == first, c.last == last else { return false }
        var k = 0
        for s in c where k < m.count && s == m[k] { k += 1 }
        return k == m.count
    }

    /// A byte-exact summary of what the text and tag stages produced, for the determinism check.
    static func fingerprint(_ tagged: [TaggedArticle]) -> String {
        var s = ""
        for t in tagged {
            let a = t.article
            s += "\(a.id)|\(a.headline ?? "")|\(a.subtitle ?? "")|\(a.rawSpan)|\(a.contentHash)|\(a.text.utf8.count)\n"
            for au in a.authors { s += " author \(au.name) \(au.role.rawValue) \(au.span)\n" }
            for m in t.mentions { s += " \(m.kind) \(m.canonical) \(m.cleanRange) \(m.evidence.span) \(m.evidence.rule)\n" }
            for o in t.offices { s += " office \(o.person) \(o.resolvedTitle) \(o.former) \(o.evidence.span)\n" }
            for e in t.events { s += " event \(e.key) \(e.name) \(e.date?.edtf ?? "-") \(e.evidence.span)\n" }
            for at in t.attendances { s += " attend \(at.person) \(at.event) \(at.role.rawValue)\n" }
        }
        return s
    }
}
