import Foundation

@testable import NewsGraph

/// Hand-built system output for scorer tests: one article with the given tags.
enum EvaluationFixtures {
    static let evidence = Evidence(
        file: "page.txt", article: "page.txt#1", span: Span(start: 0, end: 3), sentence: "", rule: "test")

    static func article(authors: [String] = []) -> Article {
        Article(
            id: "page.txt#1", file: "page.txt", index: 1,
            authors: authors.map { Author(name: $0, role: .reporter, span: Span(start: 0, end: 3)) },
            text: "", offsets: OffsetMap(), rawSpan: Span(start: 0, end: 0))
    }

    static func mention(_ kind: MentionKind, _ canonical: String) -> Mention {
        Mention(kind: kind, text: canonical, canonical: canonical, cleanRange: 0..<3, evidence: evidence)
    }

    static func office(
        _ person: String, _ title: String, resolved: String, organization: String? = nil, former: Bool = false
    ) -> OfficeClaim {
        OfficeClaim(
            person: person, title: title, resolvedTitle: resolved, organization: organization, jurisdiction: nil,
            role: title, former: former, date: nil, evidence: evidence)
    }

    static func event(_ key: String, _ edtf: String?, _ noun: String) -> EventMention {
        EventMention(
            key: key, name: noun, noun: noun, date: edtf.flatMap(PartialDate.init(edtf:)), place: nil, organizer: nil,
            evidence: evidence)
    }

    static func attendance(_ person: String, _ key: String, _ role: AttendanceRole) -> Attendance {
        Attendance(person: person, event: key, role: role, evidence: evidence)
    }

    static func date(_ edtf: String?) -> PartialDate? { edtf.flatMap(PartialDate.init(edtf:)) }
}
