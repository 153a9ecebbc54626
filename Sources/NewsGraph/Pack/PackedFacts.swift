/// One article's facts packed into bytes: about a fifth of the memory of `ArticleFacts`.
///
/// A million-article build holds every article's facts from tagging to the
/// save. As Swift values they take about 5 KB an article (each `Evidence` alone
/// is 80 bytes, and there are twenty); packed they take about 1 KB: integers as
/// variable-length bytes, repeated strings by number in a shared `StringPool`,
/// each sentence once, and the file and article of evidence left out when they
/// are the article's own. `unpack` gives back facts equal to the packed ones,
/// with every string's bytes unchanged.
public struct PackedFacts: Sendable, Hashable {
    /// The packed bytes; they start with the evidence count (see `evidenceCount`), the article id and
    /// the content hash (see `key()`).
    let bytes: [UInt8]

    /// Bytes packed before.
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Packs `f`, numbering its repeated strings in `pool` and its rule names in `rules`.
    init(_ f: ArticleFacts, pool: StringPool, rules: StringPool) {
        var w = PackWriter(pool: pool, rules: rules)
        w.count(f.evidenceCount)
        w.inline(f.id)
        w.inline(f.contentHash)
        w.pooled(f.file)
        w.int(f.index)
        w.inline(f.headline)
        w.inline(f.subtitle)
        w.int(f.start)
        w.int(f.end)
        w.date(f.metadata.date)
        w.pooled(f.metadata.city)
        w.pooled(f.metadata.province)
        w.count(f.authors.count)
        for a in f.authors {
            w.pooled(a.name)
            w.pooled(a.role.rawValue)
            w.int(a.span.start)
            w.int(a.span.end)
        }
        w.count(f.dates.count)
        for d in f.dates { w.date(d) }
        w.table(f.placePaths)
        // The article's sentences once each, in order of first citation; evidence cites them by number.
        var sentences = SentenceNumbers()
        for m in f.mentions { sentences.number(m.evidence.sentence) }
        for c in f.offices { sentences.number(c.evidence.sentence) }
        for e in f.events { sentences.number(e.evidence.sentence) }
        for a in f.attendances { sentences.number(a.evidence.sentence) }
        w.count(sentences.list.count)
        for s in sentences.list { w.inline(s) }
        func evidence(_ e: Evidence) {
            let own = UTF8Bytes.equal(e.file, f.file) && UTF8Bytes.equal(e.article, f.id)
            w.byte(own ? 0 : 1)
            if !own {
                w.pooled(e.file)
                w.inline(e.article)
            }
            w.int(e.start)
            w.int(e.end)
            w.rule(e.rule)
            w.unsigned(UInt64(sentences.number(e.sentence)))
        }
        w.count(f.mentions.count)
        for m in f.mentions {
            w.pooled(m.kind.rawValue)
            w.pooled(m.text)
            w.pooled(m.canonical)
            w.int(m.cleanStart)
            w.int(m.cleanEnd)
            w.table(m.attributes)
            evidence(m.evidence)
        }
        w.count(f.offices.count)
        for c in f.offices {
            w.pooled(c.person)
            w.pooled(c.title)
            w.pooled(c.resolvedTitle)
            w.pooled(c.organization)
            w.pooled(c.jurisdiction)
            w.pooled(c.role)
            w.byte(c.former ? 1 : 0)
            w.date(c.date)
            evidence(c.evidence)
        }
        w.count(f.events.count)
        for e in f.events {
            w.pooled(e.key)
            w.pooled(e.name)
            w.pooled(e.noun)
            w.date(e.date)
            w.pooled(e.place)
            w.pooled(e.organizer)
            evidence(e.evidence)
        }
        w.count(f.attendances.count)
        for a in f.attendances {
            w.pooled(a.person)
            w.pooled(a.event)
            w.pooled(a.role.rawValue)
            evidence(a.evidence)
        }
        bytes = w.bytes
    }

    /// `ArticleFacts.evidenceCount` of the packed facts, read without unpacking them (0 for damaged bytes).
    var evidenceCount: Int {
        bytes.withUnsafeBufferPointer { p in
            var r = PackReader(p, strings: [])
            return (try? r.unsigned()).map { Int($0) } ?? 0
        }
    }

    /// The article id and content key (`ArticleFacts.contentKey`), read without unpacking the rest.
    func key() throws -> (id: String, contentKey: String) {
        try bytes.withUnsafeBufferPointer { p in
            var r = PackReader(p, strings: [])
            _ = try r.unsigned()
            let id = try r.inline()
            let hash = try r.inline()
            return (id, hash.isEmpty ? "id:" + id : hash)
        }
    }

    /// The facts, given the pools' strings (`StringPool.snapshot()` taken after packing) and one shared rule per
    /// rule name, in the rule pool's order.
    func unpack(strings: [String], rules: [EvidenceRule]) throws -> ArticleFacts {
        try bytes.withUnsafeBufferPointer { p in
            var r = PackReader(p, strings: strings, rules: rules)
            return try Self.unpack(&r)
        }
    }

    private static func unpack(_ r: inout PackReader) throws -> ArticleFacts {
        _ = try r.unsigned()
        let id = try r.inline()
        let contentHash = try r.inline()
        let file = try r.pooled()
        let index = try r.int()
        let headline = try r.inlineOptional()
        let subtitle = try r.inlineOptional()
        let start = try r.int()
        let end = try r.int()
        let metadata = IssueMetadata(date: try r.date(), city: try r.pooledOptional(), province: try r.pooledOptional())
        let authors = try (0..<r.count()).map { _ in
            let name = try r.pooled()
            let role = try enumValue(Author.Role.self, &r)
            var a = Author(name: name, role: role, span: Span(start: 0, end: 0))
            a.span.start = try r.int()
            a.span.end = try r.int()
            return a
        }
        let dates = try (0..<r.count()).map { _ in
            guard let d = try r.date() else { throw PackReader.Malformed(offset: r.offset) }
            return d
        }
        let placePaths = try r.table()
        let sentences = try (0..<r.count()).map { _ in try r.inline() }
        // One origin for the article's own evidence, as the tagger makes it.
        let own = EvidenceOrigin(file: file, article: id)
        func evidence() throws -> Evidence {
            let origin = try r.byte() == 0 ? own : EvidenceOrigin(file: try r.pooled(), article: try r.inline())
            let start = try r.int()
            let end = try r.int()
            let rule = try r.rule()
            let s = try r.unsigned()
            guard s < UInt64(sentences.count) else { throw PackReader.Malformed(offset: r.offset) }
            return Evidence(origin: origin, start: start, end: end, sentence: sentences[Int(s)], rule: rule)
        }
        let mentions = try (0..<r.count()).map { _ in
            let kind = try enumValue(MentionKind.self, &r)
            let text = try r.pooled()
            let canonical = try r.pooled()
            let cleanStart = try r.int()
            let cleanEnd = try r.int()
            let attributes = try r.table()
            var m = Mention(
                kind: kind, text: text, canonical: canonical, cleanRange: 0..<0, evidence: try evidence(),
                attributes: attributes)
            m.cleanStart = cleanStart
            m.cleanEnd = cleanEnd
            return m
        }
        let offices = try (0..<r.count()).map { _ in
            OfficeClaim(
                person: try r.pooled(), title: try r.pooled(), resolvedTitle: try r.pooled(),
                organization: try r.pooledOptional(), jurisdiction: try r.pooledOptional(), role: try r.pooled(),
                former: try r.byte() != 0, date: try r.date(), evidence: try evidence())
        }
        let events = try (0..<r.count()).map { _ in
            EventMention(
                key: try r.pooled(), name: try r.pooled(), noun: try r.pooled(), date: try r.date(),
                place: try r.pooledOptional(), organizer: try r.pooledOptional(), evidence: try evidence())
        }
        let attendances = try (0..<r.count()).map { _ in
            Attendance(
                person: try r.pooled(), event: try r.pooled(), role: try enumValue(AttendanceRole.self, &r),
                evidence: try evidence())
        }
        guard r.atEnd, start <= end else { throw PackReader.Malformed(offset: r.offset) }
        // As facts are made: through `Article` and `TaggedArticle` (the text is not kept).
        let article = Article(
            id: id, file: file, index: index, headline: headline, subtitle: subtitle, authors: authors, text: "",
            offsets: OffsetMap(), rawSpan: Span(start: start, end: end), metadata: metadata, contentHash: contentHash)
        let tagged = TaggedArticle(
            article: article, mentions: mentions, offices: offices, events: events, attendances: attendances, dates: dates)
        return ArticleFacts(tagged, placePaths: placePaths)
    }

    private static func enumValue<T: RawRepresentable>(_: T.Type, _ r: inout PackReader) throws -> T
    where T.RawValue == String {
        guard let v = T(rawValue: try r.pooled()) else { throw PackReader.Malformed(offset: r.offset) }
        return v
    }
}
