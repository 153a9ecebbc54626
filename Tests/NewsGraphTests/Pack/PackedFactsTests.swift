import Foundation
import Testing

@testable import NewsGraph

/// Packed facts give back the very facts that were packed (every string's bytes too), in far less memory.
@Suite struct PackedFactsTests {
    /// The facts' JSON (`JSONEncoder` writes strings' bytes as they are, so equal JSON means byte-equal strings).
    static func json(_ f: ArticleFacts) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(f)
    }

    func expectRoundTrip(_ facts: [ArticleFacts], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pool = StringPool()
        let packed = facts.map { PackedFacts($0, pool: pool) }
        let strings = pool.snapshot()
        for (f, p) in zip(facts, packed) {
            let back = try p.unpack(strings: strings)
            #expect(back == f, "\(f.id)", sourceLocation: sourceLocation)
            #expect(try Self.json(back) == (try Self.json(f)), "\(f.id): bytes differ", sourceLocation: sourceLocation)
            let key = try p.key()
            #expect(key.id == f.id && key.contentKey == f.contentKey, sourceLocation: sourceLocation)
        }
    }

    @Test func theSeedsFactsUnpackExactlyAsTheyWerePacked() throws {
        let facts = try SeedGraphTests.facts(SeedGraphTests.seeds)
        #expect(facts.count > 20)
        try expectRoundTrip(facts)
    }

    @Test func hostileStringsSurvivePackingByteForByte() throws {
        let document = try HostileDocument.make()
        let facts = try #require(document.facts).articles
        #expect(!facts.isEmpty)
        try expectRoundTrip(facts)
        // Canonically equivalent spellings stay two strings in the pool: bytes, not `==`, decide.
        let pool = StringPool()
        #expect(pool.number("Caf\u{E9}") != pool.number("Cafe\u{301}"))
        #expect(pool.number("Caf\u{E9}") == pool.number("Caf\u{E9}"))
    }

    @Test func evidenceFromAnotherArticleOrFileKeepsItsOwnFileAndArticle() throws {
        var f = try #require(try SeedGraphTests.facts(Array(SeedGraphTests.seeds.prefix(1))).first)
        try #require(!f.mentions.isEmpty)
        f.mentions[0].evidence.file = "elsewhere.txt"
        f.mentions[0].evidence.article = "elsewhere.txt#9"
        f.mentions[0].evidence.start = -5
        try expectRoundTrip([f])
    }

    @Test func aSyntheticArchivePacksToAFractionOfItsFactsJSON() throws {
        var facts: [ArticleFacts] = []
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pipeline = try Pipeline.standard()
        for page in try SyntheticFixtures.pages(seed: 9, articles: 200) {
            let path = dir.file(page.path)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(page.text.utf8).write(to: URL(fileURLWithPath: path))
            var p = pipeline
            p.reader.options.metadata = page.metadata
            facts += try p.tag(file: path).map(p.facts)
        }
        #expect(facts.count > 150)
        try expectRoundTrip(facts)
        let pool = StringPool()
        let packed = facts.reduce(0) { $0 + PackedFacts($1, pool: pool).bytes.count }
        let json = try facts.reduce(0) { $0 + (try Self.json($1)).count }
        // Evidence alone is 80 bytes a piece as a value; packed, an article is a small share of its JSON.
        #expect(packed * 4 < json, "packed \(packed) bytes, JSON \(json)")
    }

    @Test func damagedBytesAreRefusedNotMisread() throws {
        let facts = try SeedGraphTests.facts(Array(SeedGraphTests.seeds.prefix(1)))
        let pool = StringPool()
        let packed = try #require(facts.first.map { PackedFacts($0, pool: pool) })
        let strings = pool.snapshot()
        for cut in [1, packed.bytes.count / 2, packed.bytes.count - 1] {
            #expect(throws: PackReader.Malformed.self) {
                try PackedFacts(bytes: Array(packed.bytes.prefix(cut))).unpack(strings: strings)
            }
        }
        #expect(throws: PackReader.Malformed.self) { try packed.unpack(strings: []) }
    }
}

/// A packed set keeps the articles `ArticleFactSet` keeps, in its order, and refuses what it refuses.
@Suite struct PackedFactSetTests {
    static func packedSet(_ facts: [ArticleFacts]) throws -> PackedFactSet {
        let pool = StringPool()
        let packed = facts.map { PackedFacts($0, pool: pool) }
        return try PackedFactSet(packed, strings: pool.snapshot())
    }

    @Test func repeatedContentKeepsTheSmallestIdInIdOrderAsArticleFactSetDoes() throws {
        let seeds = try SeedGraphTests.facts(SeedGraphTests.seeds)
        var input: [ArticleFacts] = []
        // The same content again under a larger and a smaller id, and everything in reverse order.
        for f in seeds.reversed() {
            var later = f
            later.id = "zz/" + f.id
            var earlier = f
            earlier.id = "!/" + f.id
            input += [later, f, earlier]
        }
        let expected = try ArticleFactSet(input).articles
        let packed = try Self.packedSet(input)
        #expect(packed.count == seeds.count)
        #expect(Array(packed.facts) == expected)
        #expect(packed.facts.map(\.id).allSatisfy { $0.hasPrefix("!/") })
    }

    @Test func twoContentsUnderOneIdAreRefusedWithArticleFactSetsMessage() throws {
        let seeds = try SeedGraphTests.facts(Array(SeedGraphTests.seeds.prefix(1)))
        var other = try #require(seeds.first)
        other.contentHash = "0000000000000000"
        let input = seeds + [other]
        var expected = ""
        do { _ = try ArticleFactSet(input) } catch { expected = "\(error)" }
        #expect(expected.contains("two different contents"))
        #expect(throws: NewsGraphError.self) { try Self.packedSet(input) }
        do { _ = try Self.packedSet(input) } catch { #expect("\(error)" == expected) }
    }
}
