/// The per-article facts of a graph file's body, rebuilt as `ArticleFacts` exactly as they were saved.
extension GraphFileReader {
    mutating func readFacts() throws -> [ArticleFacts] {
        var out: [ArticleFacts] = []
        try s.beginArray()
        while try s.nextElement() {
            progress()
            out.append(try readArticleFacts())
        }
        return out
    }

    private mutating func readArticleFacts() throws -> ArticleFacts {
        var id: String?
        var file: String?
        var index: Int?
        var headline: String?
        var subtitle: String?
        var authors: [Author]?
        var start: Int?
        var end: Int?
        var metadata: IssueMetadata?
        var contentHash: String?
        var mentions: [(Mention, Int)]?
        var offices: [(OfficeClaim, Int)]?
        var events: [(EventMention, Int)]?
        var attendances: [(Attendance, Int)]?
        var dates: [PartialDate]?
        var placePaths: [String: String]?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "attendances") {
                attendances = try list { try $0.readAttendance() }
            } else if s.keyIs(key, "authors") {
                authors = try list { try $0.readAuthor() }
            } else if s.keyIs(key, "contentHash") {
                contentHash = try string()
            } else if s.keyIs(key, "dates") {
                dates = try self.dates()
            } else if s.keyIs(key, "end") {
                end = try s.int()
            } else if s.keyIs(key, "events") {
                events = try list { try $0.readEvent() }
            } else if s.keyIs(key, "file") {
                file = try string()
            } else if s.keyIs(key, "headline") {
                headline = try optionalString()
            } else if s.keyIs(key, "id") {
                id = try string()
            } else if s.keyIs(key, "index") {
                index = try s.int()
            } else if s.keyIs(key, "mentions") {
                mentions = try list { try $0.readMention() }
            } else if s.keyIs(key, "metadata") {
                metadata = try readMetadata()
            } else if s.keyIs(key, "offices") {
                offices = try list { try $0.readOffice() }
            } else if s.keyIs(key, "placePaths") {
                placePaths = try dictionary()
            } else if s.keyIs(key, "start") {
                start = try s.int()
            } else if s.keyIs(key, "subtitle") {
                subtitle = try optionalString()
            } else {
                try s.skipValue()
            }
        }
        guard let id, let file, let index, let authors, let start, let end, let metadata, let contentHash, let mentions,
            let offices, let events, let attendances, let dates, let placePaths
        else { throw missing("a field of the facts of an article") }
        let owner = "article \(id)"
        func ev(_ i: Int) throws -> Evidence { try cited(i, owner: owner) }
        // As the file's facts always were rebuilt: through `Article` and `TaggedArticle`.
        let article = Article(
            id: id, file: file, index: index, headline: headline, subtitle: subtitle, authors: authors, text: "",
            offsets: OffsetMap(), rawSpan: Span(start: start, end: max(start, end)), metadata: metadata, contentHash: contentHash)
        let tagged = TaggedArticle(
            article: article,
            mentions: try mentions.map { m, e in
                var m = m
                m.evidence = try ev(e)
                return m
            },
            offices: try offices.map { o, e in
                var o = o
                o.evidence = try ev(e)
                return o
            },
            events: try events.map { x, e in
                var x = x
                x.evidence = try ev(e)
                return x
            },
            attendances: try attendances.map { a, e in
                var a = a
                a.evidence = try ev(e)
                return a
            },
            dates: dates)
        return ArticleFacts(tagged, placePaths: placePaths)
    }

    private mutating func list<T>(_ element: (inout GraphFileReader) throws -> T) throws -> [T] {
        var out: [T] = []
        try s.beginArray()
        while try s.nextElement() { out.append(try element(&self)) }
        return out
    }

    /// A placeholder evidence, replaced by the cited one once the article's id is known.
    private static let pending = Evidence(file: "", article: "", span: Span(start: 0, end: 0), sentence: "", rule: "")

    private mutating func readMention() throws -> (Mention, Int) {
        var kind: MentionKind?
        var text: String?
        var canonical: String?
        var cleanStart: Int?
        var cleanEnd: Int?
        var evidence: Int?
        var attributes: [String: String]?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "attributes") {
                attributes = try dictionary()
            } else if s.keyIs(key, "canonical") {
                canonical = try string()
            } else if s.keyIs(key, "cleanEnd") {
                cleanEnd = try s.int()
            } else if s.keyIs(key, "cleanStart") {
                cleanStart = try s.int()
            } else if s.keyIs(key, "evidence") {
                evidence = try s.int()
            } else if s.keyIs(key, "kind") {
                kind = try rawValue(MentionKind.self, "mention kind")
            } else if s.keyIs(key, "text") {
                text = try string()
            } else {
                try s.skipValue()
            }
        }
        guard let kind, let text, let canonical, let cleanStart, let cleanEnd, let evidence, let attributes else {
            throw missing("a field of a mention")
        }
        let m = Mention(
            kind: kind, text: text, canonical: canonical, cleanRange: cleanStart..<max(cleanStart, cleanEnd),
            evidence: Self.pending, attributes: attributes)
        return (m, evidence)
    }

    private mutating func readOffice() throws -> (OfficeClaim, Int) {
        var person: String?
        var title: String?
        var resolvedTitle: String?
        var organization: String?
        var jurisdiction: String?
        var role: String?
        var former: Bool?
        var date: PartialDate?
        var evidence: Int?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "date") {
                date = try optionalDate()
            } else if s.keyIs(key, "evidence") {
                evidence = try s.int()
            } else if s.keyIs(key, "former") {
                former = try s.bool()
            } else if s.keyIs(key, "jurisdiction") {
                jurisdiction = try optionalString()
            } else if s.keyIs(key, "organization") {
                organization = try optionalString()
            } else if s.keyIs(key, "person") {
                person = try string()
            } else if s.keyIs(key, "resolvedTitle") {
                resolvedTitle = try string()
            } else if s.keyIs(key, "role") {
                role = try string()
            } else if s.keyIs(key, "title") {
                title = try string()
            } else {
                try s.skipValue()
            }
        }
        guard let person, let title, let resolvedTitle, let role, let former, let evidence else {
            throw missing("a field of an office")
        }
        let o = OfficeClaim(
            person: person, title: title, resolvedTitle: resolvedTitle, organization: organization,
            jurisdiction: jurisdiction, role: role, former: former, date: date, evidence: Self.pending)
        return (o, evidence)
    }

    private mutating func readEvent() throws -> (EventMention, Int) {
        var key: String?
        var name: String?
        var noun: String?
        var date: PartialDate?
        var place: String?
        var organizer: String?
        var evidence: Int?
        try s.beginObject()
        while let k = try s.nextKey() {
            if s.keyIs(k, "date") {
                date = try optionalDate()
            } else if s.keyIs(k, "evidence") {
                evidence = try s.int()
            } else if s.keyIs(k, "key") {
                key = try string()
            } else if s.keyIs(k, "name") {
                name = try string()
            } else if s.keyIs(k, "noun") {
                noun = try string()
            } else if s.keyIs(k, "organizer") {
                organizer = try optionalString()
            } else if s.keyIs(k, "place") {
                place = try optionalString()
            } else {
                try s.skipValue()
            }
        }
        guard let key, let name, let noun, let evidence else { throw missing("a field of an event") }
        let e = EventMention(
            key: key, name: name, noun: noun, date: date, place: place, organizer: organizer, evidence: Self.pending)
        return (e, evidence)
    }

    private mutating func readAttendance() throws -> (Attendance, Int) {
        var person: String?
        var event: String?
        var role: AttendanceRole?
        var evidence: Int?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "event") {
                event = try string()
            } else if s.keyIs(key, "evidence") {
                evidence = try s.int()
            } else if s.keyIs(key, "person") {
                person = try string()
            } else if s.keyIs(key, "role") {
                role = try rawValue(AttendanceRole.self, "attendance role")
            } else {
                try s.skipValue()
            }
        }
        guard let person, let event, let role, let evidence else { throw missing("a field of an attendance") }
        return (Attendance(person: person, event: event, role: role, evidence: Self.pending), evidence)
    }

    private mutating func readAuthor() throws -> Author {
        var name: String?
        var role: Author.Role?
        var start: Int?
        var end: Int?
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "name") {
                name = try string()
            } else if s.keyIs(key, "role") {
                role = try rawValue(Author.Role.self, "author role")
            } else if s.keyIs(key, "span") {
                try s.beginObject()
                while let k = try s.nextKey() {
                    if s.keyIs(k, "end") {
                        end = try s.int()
                    } else if s.keyIs(k, "start") {
                        start = try s.int()
                    } else {
                        try s.skipValue()
                    }
                }
            } else {
                try s.skipValue()
            }
        }
        guard let name, let role, let start, let end else { throw missing("a field of an author") }
        guard start <= end else { throw s.error("an author span that ends before it starts") }
        return Author(name: name, role: role, span: Span(start: start, end: end))
    }

    private mutating func readMetadata() throws -> IssueMetadata {
        var m = IssueMetadata()
        try s.beginObject()
        while let key = try s.nextKey() {
            if s.keyIs(key, "city") {
                m.city = try optionalString()
            } else if s.keyIs(key, "date") {
                m.date = try optionalDate()
            } else if s.keyIs(key, "province") {
                m.province = try optionalString()
            } else {
                try s.skipValue()
            }
        }
        return m
    }

    private mutating func rawValue<T: RawRepresentable>(_: T.Type, _ what: String) throws -> T where T.RawValue == String {
        let at = s.pos
        let raw = try string()
        guard let v = T(rawValue: raw) else { throw JSONScanError(message: "unknown \(what) \(raw)", offset: at) }
        return v
    }
}
