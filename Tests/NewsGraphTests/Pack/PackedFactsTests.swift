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
        let rules = StringPool()
        let packed = facts.map { PackedFacts($0, pool: pool, rules: rules) }
        let strings = pool.snapshot()
        let shared = rules.snapshot().map(EvidenceRule.init)
        for (f, p) in zip(facts, packed) {
            let back = try p.unpack(strings: strings, rules: shared)
            // One origin for the article's own evidence, one rule object per name, as the tagger hands them out.
            let evidence = back.mentions.map(\.evidence) + back.offices.map(\.evidence)
            let own = evidence.filter { $0.article == f.id && $0.file == f.file }
            #expect(Set(own.map { ObjectIdentifier($0.origin) }).count <= 1, sourceLocation: sourceLocation)
            #expect(
                Set(evidence.map { ObjectIdentifier($0.ruleRef) }).count == Set(evidence.map(\.rule)).count,
                sourceLocation: sourceLocation)
            #expect(back == f, "\(f.id)", sourceLocation: sourceLocation)
            #expect(try Self.json(back) == (try Self.json(f)), "\(f.id): bytes differ", sourceLocation: sourceLocation)
            let key = try p.key()
            #expect(key.id == f.id && key.contentKey == f.contentKey, sourceLocation: sourceLocation)
            #expect(p.evidenceCount == f.evidenceCount, sourceLocation: sourceLocation)
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
        let facts = try SyntheticFacts.read(seed: 9, articles: 200)
        #expect(facts.count > 150)
        try expectRoundTrip(facts)
        let pool = StringPool()
        let rules = StringPool()
        let packed = facts.reduce(0) { $0 + PackedFacts($1, pool: pool, rules: rules).bytes.count }
        let json = try facts.reduce(0) { $0 + (try Self.json($1)).count }
        // Evidence alone is 80 bytes a piece as a value; packed, an article is a small share of its JSON.
        #expect(packed * 4 < json, "packed \(packed) bytes, JSON \(json)")
    }

    @Test func damagedBytesAreRefusedNotMisread() throws {
        let facts = try SeedGraphTests.facts(Array(SeedGraphTests.seeds.prefix(1)))
        let pool = StringPool()
        let rules = StringPool()
        let packed = try #require(facts.first.map { PackedFacts($0, pool: pool, rules: rules) })
        let strings = pool.snapshot()
        let shared = rules.snapshot().map(EvidenceRule.init)
        for cut in [1, packed.bytes.count / 2, packed.bytes.count - 1] {
            #expect(throws: PackReader.Malformed.self) {
                try PackedFacts(bytes: Array(packed.bytes.prefix(cut))).unpack(strings: strings, rules: shared)
            }
        }
        #expect(throws: PackReader.Malformed.self) { try packed.unpack(strings: [], rules: shared) }
        #expect(throws: PackReader.Malformed.self) { try packed.unpack(strings: strings, rules: []) }
    }
}

/// A packed set keeps the articles `ArticleFactSet` keeps, in its order, and refuses what it refuses.
@Suite struct PackedFactSetTests {
    static func packedSet(_ facts: [ArticleFacts]) throws -> PackedFactSet {
        let pool = StringPool()
        let rules = StringPool()
        let packed = facts.map { PackedFacts($0, pool: pool, rules: rules) }
        return try PackedFactSet(packed, strings: pool.snapshot(), ruleNames: rules.snapshot())
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

    /// `build` from packed facts (on two threads sharing the pool) writes the file the unpacked facts give.
    @Test func aGraphBuiltFromPackedFactsIsTheFileOfTheUnpackedFacts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pipeline = try Pipeline.standard()
        let files = SeedGraphTests.seeds
        let packed = pipeline.packedFacts(files: files, jobs: 2)
        #expect(packed.failures.isEmpty)
        let counts = try GraphBuilder().build(try pipeline.factSet(packed.items), savingTo: dir.file("packed.json"))
        let document = GraphBuilder().build(try ArticleFactSet(try SeedGraphTests.facts(files)))
        try GraphStore.save(document, to: dir.file("plain.json"))
        let a = try Data(contentsOf: URL(fileURLWithPath: dir.file("packed.json")))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir.file("plain.json")))
        #expect(a == b)
        #expect(counts.nodes == document.graph.nodes.count && counts.edges == document.graph.edges.count)
    }

    /// Spilled to a scratch file, the set reads back the same facts and builds the same file, and leaves no
    /// file behind (it is unlinked as soon as it is made).
    @Test func aSetSpilledToAScratchFileBuildsTheSameGraphAndLeavesNothingBehind() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let synthetic = try SyntheticFacts.read(seed: 12, articles: 120)
        let inMemory = try Self.packedSet(synthetic)
        let spilled = try Self.packedSet(synthetic).spilled(toDirectory: dir.path)
        #expect(dir.listing().isEmpty)
        #expect(spilled.count == inMemory.count && spilled.evidenceCount == inMemory.evidenceCount)
        #expect(Array(spilled.facts) == Array(inMemory.facts))
        _ = try GraphBuilder().build(spilled, savingTo: dir.file("spilled.json"))
        _ = try GraphBuilder().build(inMemory, savingTo: dir.file("memory.json"))
        #expect(dir.listing() == ["memory.json", "spilled.json"])
        let a = try Data(contentsOf: URL(fileURLWithPath: dir.file("spilled.json")))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir.file("memory.json")))
        #expect(a == b)
    }

    @Test func aScratchFileThatCannotBeMadeIsAnErrorNamingItsFolder() throws {
        let set = try Self.packedSet(try SyntheticFacts.read(seed: 12, articles: 5))
        let missing = "/nonexistent-newsgraph-folder/sub"
        do {
            _ = try set.spilled(toDirectory: missing)
            Issue.record("a scratch file was made in a folder that does not exist")
        } catch let e as NewsGraphError {
            guard case .writeFailed(let file, _) = e else { throw e }
            #expect(file == missing)
        }
    }

    @Test func aSyntheticArchiveAndHostileFactsGiveTheSameFilePackedOrNot() throws {
        let synthetic = try SyntheticFacts.read(seed: 11, articles: 150)
        let hostile = try #require(try HostileDocument.make().facts).articles
        for facts in [synthetic, hostile] {
            let plain = try ArticleFactSet(facts)
            let packed = try Self.packedSet(facts)
            #expect(try GraphBuilder().encodedFile(of: packed.facts) == (try GraphBuilder().encodedFile(of: plain.articles)))
        }
    }
}
