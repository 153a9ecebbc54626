import Foundation
import Testing

@testable import NewsGraph

@Suite struct FactsInternerTests {
    /// The storage of a string's bytes (equal for two copies sharing one allocation).
    static func storage(_ s: String) -> UnsafeRawPointer? {
        var s = s
        return s.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func theSeedsFactsAreUnchangedAndRepeatedOrganisationsShareOneCopy() throws {
        let pipeline = try Pipeline.standard()
        var interned: [ArticleFacts] = []
        for file in SeedGraphTests.seeds {
            for tagged in try pipeline.tag(file: file) {
                let facts = pipeline.facts(tagged)
                #expect(facts == pipeline.rawFacts(tagged))
                interned.append(facts)
            }
        }
        var first: [String: UnsafeRawPointer?] = [:]
        var repeats = 0
        for a in interned {
            for m in a.mentions where m.kind == .organization && m.canonical.utf8.count > 15 {
                if let seen = first[m.canonical] {
                    #expect(seen == Self.storage(m.canonical), "\(m.canonical) in \(a.id) is a second copy")
                    repeats += 1
                } else {
                    first[m.canonical] = Self.storage(m.canonical)
                }
            }
        }
        #expect(repeats > 0)
    }

    @Test func equalAttributeTablesAreSharedAndDifferentOnesKept() {
        let interner = FactsInterner()
        func facts(_ id: String, _ attributes: [String: String]) -> ArticleFacts {
            let ev = Evidence(file: "a.txt", article: id, span: Span(start: 0, end: 21), sentence: "汾阳市委组织部", rule: "org")
            // A fresh allocation each time, as the tagger makes them (a literal would be one static copy).
            let name = String(decoding: Array("汾阳市委组织部".utf8), as: UTF8.self)
            let mention = Mention(
                kind: .organization, text: name, canonical: name, cleanRange: 0..<21, evidence: ev,
                attributes: attributes)
            let tagged = TaggedArticle(
                article: Article(
                    id: id, file: "a.txt", index: 1, text: "汾阳市委组织部", offsets: OffsetMap(), rawSpan: Span(start: 0, end: 21)),
                mentions: [mention])
            return interner.intern(ArticleFacts(tagged))
        }
        let a = facts("a.txt#1", ["jurisdiction": "汾阳市", "parent": "中共汾阳市委员会"])
        let b = facts("a.txt#2", ["parent": "中共汾阳市委员会", "jurisdiction": "汾阳市"])
        let c = facts("a.txt#3", ["jurisdiction": "汾阳", "parent": "市中共汾阳市委员会"])
        #expect(a.mentions[0].attributes == b.mentions[0].attributes)
        #expect(c.mentions[0].attributes == ["jurisdiction": "汾阳", "parent": "市中共汾阳市委员会"])
        #expect(Self.storage(a.mentions[0].canonical) == Self.storage(b.mentions[0].canonical))
    }
}
