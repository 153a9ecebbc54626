import Foundation
import Testing

@testable import NewsGraph

@Suite struct GraphMergeTests {
    let builder = GraphBuilder()

    func bytes(_ d: GraphDocument) throws -> Data { try GraphStore.encode(d) }
    func build(_ fixtures: [ArticleFixture]) throws -> GraphDocument { try builder.build(fixtures.map(\.tagged)) }

    /// Shards that split the same official, the same event and a homonym across inputs.
    var shards: [[ArticleFixture]] {
        [
            [GraphCorpus.pingyao1, GraphCorpus.datong], [GraphCorpus.pingyao2, GraphCorpus.loose],
            [GraphCorpus.jinzhong3, GraphCorpus.jinzhongOrg],
        ]
    }

    @Test func mergingTwoShardsEqualsBuildingTheirUnionByteForByteInEitherOrder() throws {
        let a = [GraphCorpus.pingyao1, GraphCorpus.jinzhong3, GraphCorpus.datong]
        let b = [GraphCorpus.pingyao2, GraphCorpus.loose, GraphCorpus.jinzhongOrg]
        let whole = try bytes(try build(a + b))
        let ab = try GraphMerger().merge([try build(a), try build(b)])
        let ba = try GraphMerger().merge([try build(b), try build(a)])
        #expect(try bytes(ab) == whole)
        #expect(try bytes(ba) == whole)
        // The shards really did need merging: the official's node gathers evidence from both.
        let person = try #require(ab.graph.nodes.first { $0.id == "person:韩东明@山西省/晋中市/平遥县" })
        #expect(person.articleCount == 3)
    }

    @Test func mergingManyShardsThroughSavedFilesEqualsOneBuildInEveryOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let whole = try bytes(try build(shards.flatMap { $0 }))
        var paths: [String] = []
        for (i, shard) in shards.enumerated() {
            let p = dir.file("shard\(i).graph.json")
            try GraphStore.save(try build(shard), to: p)
            paths.append(p)
        }
        for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]] {
            let docs = try order.map { try GraphStore.loadDocument(paths[$0]) }
            #expect(try bytes(try GraphMerger().merge(docs)) == whole)
        }
        // Merging is associative: merge(merge(A, B), C) == merge(A, B, C).
        let ab = try GraphMerger().merge([try build(shards[0]), try build(shards[1])])
        #expect(try bytes(try GraphMerger().merge([ab, try build(shards[2])])) == whole)
    }

    @Test func mergingAGraphWithItselfChangesNothing() throws {
        let doc = try build(GraphCorpus.all)
        #expect(try bytes(try GraphMerger().merge([doc, doc])) == (try bytes(doc)))
    }

    @Test func shardsThatDisagreeOnOneArticleAreRefused() throws {
        var edited = GraphCorpus.loose
        edited = ArticleFixture(file: edited.file, index: edited.index, "会上，⟦韩东明⟧作了补充发言。")
        edited.person("韩东明")
        let a = try build([GraphCorpus.loose])
        let b = try build([edited])
        #expect(throws: NewsGraphError.self) { try GraphMerger().merge([a, b], names: ["a.json", "b.json"]) }
    }

    @Test func addingArticlesAlreadyInTheGraphLeavesTheFileByteIdentical() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("g.graph.json")
        let first = try GraphUpdater.add(GraphCorpus.all.map(\.facts), to: path)
        #expect(first.wrote)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = try GraphUpdater.add([GraphCorpus.pingyao2.facts, GraphCorpus.loose.facts], to: path)
        #expect(!again.wrote)
        #expect(again.outcomes == [.unchanged, .unchanged])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // The same content under another path is the same article too: under a larger id nothing changes…
        var copy = ArticleFixture(file: "zz/copy.txt", index: 1, "会上，⟦韩东明⟧作了发言。")
        copy.person("韩东明")
        #expect(try GraphUpdater.add([copy.facts], to: path).outcomes == [.unchanged])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // …under a smaller id it takes the stored article's place, as a build of both keeps the smallest id.
        var smaller = ArticleFixture(file: "0/copy.txt", index: 1, "会上，⟦韩东明⟧作了发言。")
        smaller.person("韩东明")
        #expect(try GraphUpdater.add([smaller.facts], to: path).outcomes == [.replaced])
        let both = dir.file("both.graph.json")
        _ = try GraphUpdater.add(GraphCorpus.all.map(\.facts) + [smaller.facts], to: both)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: both)))
    }

    @Test func addingInStepsGivesTheSameFileAsBuildingAtOnce() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("g.graph.json")
        for shard in shards.reversed() {
            _ = try GraphUpdater.add(shard.map(\.facts), to: path)
        }
        let whole = try bytes(try build(shards.flatMap { $0 }))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole)
    }

    @Test func anEditedFileReplacesItsOldArticleOnAdd() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("g.graph.json")
        _ = try GraphUpdater.add([GraphCorpus.loose.facts], to: path)
        var edited = ArticleFixture(file: GraphCorpus.loose.file, index: GraphCorpus.loose.index, "会上，⟦韩东明⟧作了补充发言。")
        edited.person("韩东明")
        let r = try GraphUpdater.add([edited.facts], to: path)
        #expect(r.outcomes == [.replaced])
        #expect(try GraphStore.loadDocument(path) == (try build([edited])))
    }

    @Test func reReadingAnEditedPageWithFewerArticlesRemovesTheOnesItNoLongerHas() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("g.graph.json")
        var second = ArticleFixture(file: GraphCorpus.loose.file, index: 4, "⟦李秋生⟧在会上发言。")
        second.person("李秋生")
        _ = try GraphUpdater.add([GraphCorpus.loose.facts, second.facts, GraphCorpus.datong.facts], to: path)
        // The page now holds only its first article, unchanged.
        let r = try GraphUpdater.add([GraphCorpus.loose.facts], to: path)
        #expect(r.outcomes == [.unchanged])
        #expect(r.removed == [second.id])
        #expect(try GraphStore.loadDocument(path) == (try build([GraphCorpus.loose, GraphCorpus.datong])))
    }

    @Test func addStartsAGraphInAnEmptyFileAndRefusesAForeignOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let empty = dir.file("empty.graph.json")
        FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(try GraphUpdater.add([GraphCorpus.loose.facts], to: empty).outcomes == [.added])
        #expect(try GraphStore.loadDocument(empty).articles.map(\.id) == [GraphCorpus.loose.id])
        let foreign = dir.file("notes.json")
        let notes = Data("[1,2,3]".utf8)
        try notes.write(to: URL(fileURLWithPath: foreign))
        #expect(throws: NewsGraphError.self) { try GraphUpdater.add([GraphCorpus.loose.facts], to: foreign) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == notes)
    }

    @Test func concurrentAddsToOneFileKeepEveryArticle() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("g.graph.json")
        let all = GraphCorpus.all.map(\.facts)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for f in all {
                group.addTask { _ = try GraphUpdater.add([f], to: path) }
            }
            try await group.waitForAll()
        }
        let doc = try GraphStore.loadDocument(path)
        #expect(doc.articles.count == all.count)
        #expect(try bytes(doc) == (try bytes(try build(GraphCorpus.all))))
    }
}
