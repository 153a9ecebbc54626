import Foundation
import Testing

@testable import NewsGraph

/// The evidence of one article shares one origin (file and id) wherever it is made: by the tagger,
/// by the pipeline's interner, by the graph builder and by the graph file reader.
@Suite struct EvidenceSharingTests {
    /// Every piece of evidence of the facts, with the article that holds it.
    static func evidence(of facts: ArticleFacts) -> [Evidence] {
        facts.mentions.map(\.evidence) + facts.offices.map(\.evidence) + facts.events.map(\.evidence)
            + facts.attendances.map(\.evidence)
    }

    /// The distinct origins of `evidence`, by identity.
    static func origins(_ evidence: some Sequence<Evidence>) -> Set<ObjectIdentifier> {
        Set(evidence.map { ObjectIdentifier($0.origin) })
    }

    /// The number of rule objects per rule name (by bytes) in `evidence`.
    static func rulesPerName(_ evidence: some Sequence<Evidence>) -> [String: Int] {
        var objects: [[UInt8]: Set<ObjectIdentifier>] = [:]
        for e in evidence { objects[Array(e.rule.utf8), default: []].insert(ObjectIdentifier(e.ruleRef)) }
        return Dictionary(uniqueKeysWithValues: objects.map { (String(decoding: $0.key, as: UTF8.self), $0.value.count) })
    }

    /// Evidence anywhere in the graph, by the article it cites.
    static func graphEvidence(_ graph: KnowledgeGraph) -> [String: [Evidence]] {
        var out: [String: [Evidence]] = [:]
        let all =
            graph.nodes.flatMap(\.evidence) + graph.edges.flatMap(\.evidence)
            + graph.edges.flatMap { $0.observations.map(\.evidence) }
        for e in all { out[e.article, default: []].append(e) }
        return out
    }

    @Test func theTaggersEvidenceOfAnArticleSharesOneOrigin() throws {
        let pipeline = try Pipeline.standard()
        var articles = 0
        for file in SeedGraphTests.seeds {
            for tagged in try pipeline.tag(file: file) {
                let all = Self.evidence(of: ArticleFacts(tagged))
                guard !all.isEmpty else { continue }
                articles += 1
                #expect(Self.origins(all).count == 1, "\(tagged.article.id)")
                #expect(Self.rulesPerName(all).values.allSatisfy { $0 == 1 }, "\(tagged.article.id)")
                #expect(all.allSatisfy { $0.file == tagged.article.file && $0.article == tagged.article.id })
            }
        }
        #expect(articles > 10)
    }

    @Test func theInternerGivesEvidenceMadeOneByOneTheArticlesOrigin() throws {
        let pipeline = try Pipeline.standard()
        let tagged = try #require(try pipeline.tag(file: SeedGraphTests.seeds[0]).first { !$0.mentions.isEmpty })
        var separate = tagged
        // As a caller outside the tagger would make them: one origin per piece.
        for i in separate.mentions.indices {
            let e = separate.mentions[i].evidence
            separate.mentions[i].evidence = Evidence(
                file: String(decoding: Array(e.file.utf8), as: UTF8.self), article: e.article, span: e.span,
                sentence: e.sentence, rule: e.rule)
        }
        let raw = pipeline.rawFacts(separate)
        #expect(Self.origins(Self.evidence(of: raw)).count > 1)
        let interned = pipeline.facts(separate)
        #expect(interned == raw)
        #expect(Self.origins(Self.evidence(of: interned)).count == 1)
    }

    @Test func thePipelinesFactsShareOneRuleObjectPerRuleAcrossArticles() throws {
        let facts = try SeedGraphTests.facts(SeedGraphTests.seeds)
        let all = facts.flatMap(Self.evidence(of:))
        let perName = Self.rulesPerName(all)
        #expect(perName.count > 5)
        #expect(perName.values.allSatisfy { $0 == 1 }, "\(perName)")
        #expect(Set(all.map(\.article)).count > 10)
    }

    @Test func aBuiltGraphCitesOneOriginPerArticle() throws {
        let document = try SeedGraphTests.built.get()
        let byArticle = Self.graphEvidence(document.graph)
        #expect(byArticle.count == document.articles.count)
        for (article, evidence) in byArticle {
            // The article's node and bylines too, which the builder makes itself.
            #expect(Self.origins(evidence).count == 1, "\(article)")
        }
        #expect(Self.rulesPerName(byArticle.values.joined()).values.allSatisfy { $0 == 1 })
    }

    @Test func aGraphFileReadBackSharesOneOriginPerArticleAcrossFactsAndGraph() throws {
        let document = try SeedGraphTests.built.get()
        let back = try GraphStore.decode(try GraphStore.encode(document), file: "g.json")
        #expect(back == document)
        let facts = try #require(back.facts)
        let byArticle = Self.graphEvidence(back.graph)
        for a in facts.articles {
            let all = Self.evidence(of: a) + (byArticle[a.id] ?? [])
            #expect(Self.origins(all).count == 1, "\(a.id)")
        }
        let everything = facts.articles.flatMap(Self.evidence(of:)) + byArticle.values.joined()
        #expect(Self.origins(everything).count == facts.articles.count)
        let perName = Self.rulesPerName(everything)
        #expect(perName["article"] == 1 && perName["office-chain"] == 1)
        #expect(perName.values.allSatisfy { $0 == 1 }, "\(perName)")
    }

    @Test func aGraphFileReadBackSharesTheArrayOfEveryListOfOnePiece() throws {
        let document = try SeedGraphTests.built.get()
        let back = try GraphStore.decode(try GraphStore.encode(document), file: "g.json", includingFacts: false)
        let lists = back.graph.nodes.map(\.evidence) + back.graph.edges.map(\.evidence)
        var storage: [PlainKey: Set<UInt>] = [:]
        for list in lists where list.count == 1 {
            let address = list.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            storage[PlainKey(list[0]), default: []].insert(address)
        }
        #expect(storage.values.contains { _ in true })
        #expect(storage.values.allSatisfy { $0.count == 1 }, "one piece, one array")
        // The same lists as the builder's: several owners cite one piece alone.
        #expect(lists.filter { $0.count == 1 }.count > storage.count)
    }

    /// Evidence by its bytes and fields (not `Evidence`'s own hashing, which these tests examine).
    struct PlainKey: Hashable {
        var file, article, sentence, rule: String
        var start, end: Int
        init(_ e: Evidence) {
            (file, article, sentence, rule, start, end) = (e.file, e.article, e.sentence, e.rule, e.start, e.end)
        }
    }
}
