@testable import NewsGraph

/// Builds a hand-tagged article from Chinese text whose mentions are marked `⟦…⟧`.
///
/// Until the text stage and the tagger land, graph tests compose their
/// articles here: offsets are computed from the marks (raw = clean, as for
/// a page that needed no repair), so no offset is counted by hand.
struct ArticleFixture {
    let file: String
    let index: Int
    let text: String
    let marks: [(surface: String, range: Range<Int>)]
    var metadata: IssueMetadata
    var headline: String?
    var mentions: [Mention] = []
    var offices: [OfficeClaim] = []
    var events: [EventMention] = []
    var attendances: [Attendance] = []
    var authors: [Author] = []

    init(file: String, index: Int = 1, city: String? = nil, province: String? = nil, date: String? = nil, _ marked: String) {
        self.file = file
        self.index = index
        metadata = IssueMetadata(date: date.flatMap(PartialDate.init(edtf:)), city: city, province: province)
        var clean: [UInt8] = []
        var found: [(String, Range<Int>)] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" {
                open = clean.count
            } else if scalar == "⟧", let o = open {
                found.append((String(decoding: clean[o...], as: UTF8.self), o..<clean.count))
                open = nil
            } else {
                clean += Array(String(scalar).utf8)
            }
        }
        text = String(decoding: clean, as: UTF8.self)
        marks = found
    }

    var id: String { "\(file)#\(index)" }

    /// The range of the `occurrence`-th mark whose text is `surface`.
    func range(_ surface: String, _ occurrence: Int = 0) -> Range<Int> {
        let hits = marks.filter { $0.surface == surface }
        precondition(occurrence < hits.count, "no mark ⟦\(surface)⟧ #\(occurrence)")
        return hits[occurrence].range
    }

    /// Evidence for a marked range: the sentence around it (up to 。！？).
    func evidence(_ surface: String, _ occurrence: Int = 0, rule: String = "fixture") -> Evidence {
        let r = range(surface, occurrence)
        let bytes = Array(text.utf8)
        let stops: Set<String> = ["。", "！", "？"]
        var lo = r.lowerBound
        while lo > 0 {
            let prev = String(decoding: bytes[max(0, lo - 3)..<lo], as: UTF8.self)
            if stops.contains(prev) { break }
            lo -= 1
        }
        var hi = r.upperBound
        while hi < bytes.count {
            if hi + 3 <= bytes.count, stops.contains(String(decoding: bytes[hi..<(hi + 3)], as: UTF8.self)) {
                hi += 3
                break
            }
            hi += 1
        }
        let sentence = String(decoding: bytes[lo..<hi], as: UTF8.self)
        return Evidence(
            file: file, article: id, span: Span(start: r.lowerBound, end: r.upperBound), sentence: sentence, rule: rule)
    }

    mutating func mention(
        _ kind: MentionKind, _ surface: String, canonical: String? = nil, _ occurrence: Int = 0,
        attributes: [String: String] = [:]
    ) {
        mentions.append(
            Mention(
                kind: kind, text: surface, canonical: canonical ?? surface, cleanRange: range(surface, occurrence),
                evidence: evidence(surface, occurrence), attributes: attributes))
    }

    mutating func person(_ name: String, _ occurrence: Int = 0) { mention(.person, name, occurrence) }

    mutating func place(
        _ surface: String, canonical: String? = nil, parent: String? = nil, level: String? = nil, _ occurrence: Int = 0
    ) {
        var attrs: [String: String] = [:]
        attrs["parent"] = parent
        attrs["level"] = level
        mention(.place, surface, canonical: canonical, occurrence, attributes: attrs)
    }

    /// An office claim whose evidence is the marked chain (`⟦平遥县委副书记韩东明⟧`).
    mutating func office(
        _ chain: String, person: String, title: String, resolved: String, organization: String?, jurisdiction: String?,
        role: String, former: Bool = false, date: String? = nil, _ occurrence: Int = 0
    ) {
        offices.append(
            OfficeClaim(
                person: person, title: title, resolvedTitle: resolved, organization: organization,
                jurisdiction: jurisdiction, role: role, former: former,
                date: date.flatMap(PartialDate.init(edtf:)) ?? metadata.date,
                evidence: evidence(chain, occurrence, rule: "office-chain")))
    }

    mutating func event(
        _ key: String, _ marked: String, name: String, noun: String, date: String?, place: String?, organizer: String? = nil
    ) {
        events.append(
            EventMention(
                key: key, name: name, noun: noun, date: date.flatMap(PartialDate.init(edtf:)), place: place,
                organizer: organizer, evidence: evidence(marked, rule: "event-announce")))
    }

    mutating func attend(_ person: String, _ event: String, _ role: AttendanceRole, _ marked: String, _ occurrence: Int = 0) {
        attendances.append(
            Attendance(person: person, event: event, role: role, evidence: evidence(marked, occurrence, rule: "attendance")))
    }

    mutating func author(_ name: String, _ role: Author.Role) {
        let r = range(name)
        authors.append(Author(name: name, role: role, span: Span(start: r.lowerBound, end: r.upperBound)))
    }

    /// The tagged article; its content hash is the FNV-1a of the text (the real reader hashes the raw bytes).
    var tagged: TaggedArticle {
        let n = text.utf8.count
        let article = Article(
            id: id, file: file, index: index, headline: headline, authors: authors, text: text,
            offsets: OffsetMap(starts: (0..<n).map { Int32($0) }, ends: (0..<n).map { Int32($0 + 1) }),
            rawSpan: Span(start: 0, end: n), metadata: metadata, contentHash: FNV1a64.hex(of: Array(text.utf8)))
        return TaggedArticle(
            article: article, mentions: mentions.sorted { $0.cleanStart < $1.cleanStart }, offices: offices, events: events,
            attendances: attendances)
    }

    var facts: ArticleFacts { ArticleFacts(tagged) }
}
