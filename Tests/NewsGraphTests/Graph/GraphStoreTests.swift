import Foundation
import Testing

@testable import NewsGraph

@Suite struct GraphStoreTests {
    func document() throws -> GraphDocument { try GraphBuilder().build(GraphCorpus.all.map(\.tagged)) }

    @Test func aSavedGraphLoadsBackEqualWithItsFactsAndHeader() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let doc = try document()
        let path = dir.file("g.graph.json")
        try GraphStore.save(doc, to: path)
        let back = try GraphStore.loadDocument(path)
        #expect(back == doc)
        #expect(back.articles.map(\.id) == GraphCorpus.all.map(\.id).sorted())
        #expect(try GraphStore.load(path) == doc.graph)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:"))
        // Re-encoding what was loaded gives the same bytes: the format is canonical.
        #expect(try GraphStore.encode(back) == (try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func aBareGraphSavesAndLoadsWithItsArticlesListedFromArticleNodes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let doc = try document()
        let path = dir.file("bare.json")
        try GraphStore.save(doc.graph, to: path)
        let back = try GraphStore.loadDocument(path)
        #expect(back.graph == doc.graph)
        #expect(back.facts == nil)
        #expect(back.articles == doc.articles)
        // Without facts it cannot be extended.
        var copy = back
        #expect(throws: NewsGraphError.self) { _ = try copy.add([GraphCorpus.loose.facts], file: path) }
    }

    /// Loading `bytes` fails with `corruptGraph` naming the file and `fragment`; unless `overwritable`
    /// (a file with a valid header and checksum: NewsGraph wrote it), `save` refuses to replace it.
    func expectRefused(
        _ bytes: Data, _ fragment: String, overwritable: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("bad.graph.json")
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            _ = try GraphStore.loadDocument(path)
            Issue.record("loaded a bad file (\(fragment))", sourceLocation: sourceLocation)
        } catch let NewsGraphError.corruptGraph(file, reason) {
            #expect(file == path, sourceLocation: sourceLocation)
            #expect(reason.contains(fragment), "reason: \(reason)", sourceLocation: sourceLocation)
        }
        if overwritable { return }
        // And `save` refuses to overwrite it: the bytes stay as they were.
        #expect(throws: NewsGraphError.self, sourceLocation: sourceLocation) {
            try GraphStore.save(try self.document(), to: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, sourceLocation: sourceLocation)
    }

    @Test func aTruncatedFileIsRefusedAndKept() throws {
        let good = try GraphStore.encode(try document())
        try expectRefused(good.prefix(good.count / 2), "truncated")
        try expectRefused(good.prefix(20), "truncated")
        try expectRefused(good.dropLast(3), "truncated")
    }

    @Test func aTamperedFileIsRefusedByItsChecksum() throws {
        var bytes = [UInt8](try GraphStore.encode(try document()))
        // Change one digit of a byte offset deep in the body: still valid JSON, wrong content.
        let needle = Array("\"start\":".utf8)
        let at = try #require((0..<(bytes.count - needle.count)).last { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
        let digit = at + needle.count
        bytes[digit] = bytes[digit] == UInt8(ascii: "9") ? UInt8(ascii: "8") : bytes[digit] + 1
        try expectRefused(Data(bytes), "checksum mismatch")
    }

    @Test func aForeignJSONFileIsRefusedAndNeverOverwritten() throws {
        try expectRefused(Data("{\"nodes\":[],\"edges\":[]}".utf8), "not a NewsGraph graph")
        try expectRefused(Data("name,age\n李明,40\n".utf8), "not a NewsGraph graph")
    }

    @Test func anUnknownVersionIsRefused() throws {
        let good = String(decoding: try GraphStore.encode(try document()), as: UTF8.self)
        let future = good.replacingOccurrences(of: "\"version\":1,", with: "\"version\":7,")
        try expectRefused(Data(future.utf8), "version 7 is not supported")
    }

    /// A file whose body was changed and whose checksum was recomputed, as a buggy foreign writer would produce.
    func resealed(_ edit: (String) -> String) throws -> Data {
        let text = String(decoding: try GraphStore.encode(try document()), as: UTF8.self)
        let marker = "\"body\":"
        let bodyStart = text.range(of: marker)!.upperBound
        let body = edit(String(text[bodyStart...].dropLast(2)))
        let header =
            "{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:\(FNV1a64.hex(of: Array(body.utf8)))\","
        return Data((header + marker + body + "}\n").utf8)
    }

    @Test func aFileWithAValidChecksumButBrokenStructureIsRefused() throws {
        // Sealed correctly, yet citing evidence that is not in the table.
        try expectRefused(
            try resealed { $0.replacingOccurrences(of: "\"evidence\":[0", with: "\"evidence\":[99999") }, "does not exist",
            overwritable: true)
        // Sealed correctly, yet an edge to a node that is not there.
        try expectRefused(
            try resealed { $0.replacingOccurrences(of: "\"target\":\"place:山西省\"", with: "\"target\":\"place:火星\"") },
            "points to a missing node", overwritable: true)
        // Sealed correctly, yet not the shape of a graph.
        try expectRefused(try resealed { _ in "{\"graph\":[]}" }, "does not match the format", overwritable: true)
    }

    @Test func aWriteThatFailsHalfwayLeavesTheOldFileIntactAndNoTemporaryFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("g.graph.json")
        let small = GraphBuilder().build(try ArticleFactSet([GraphCorpus.pingyao1.facts]))
        try GraphStore.save(small, to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // A disk that accepts half the bytes and then fails (ENOSPC).
        let failing = AtomicFileWriter { fd, bytes in
            let half = UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count / 2)])
            try AtomicFileWriter.posixWrite(fd, half)
            throw NewsGraphError.writeFailed(file: "", reason: "No space left on device")
        }
        let big = try document()
        #expect(throws: NewsGraphError.self) { try GraphStore.save(big, to: path, writer: failing) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try GraphStore.loadDocument(path) == small)
        #expect(dir.listing() == ["g.graph.json"])
        // The same write with a healthy disk replaces it.
        try GraphStore.save(big, to: path)
        #expect(try GraphStore.loadDocument(path) == big)
    }

    @Test func everyRandomDamageToAGraphFileIsRefusedWithoutACrash() throws {
        let good = [UInt8](try GraphStore.encode(try document()))
        var rng = SeededGenerator(seed: 7)
        for round in 0..<300 {
            var bad = good
            switch round % 3 {
            case 0:  // flip one bit anywhere
                let i = Int.random(in: 0..<bad.count, using: &rng)
                bad[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            case 1:  // cut anywhere
                bad = Array(bad.prefix(Int.random(in: 0..<bad.count, using: &rng)))
            default:  // overwrite a run with random bytes
                let i = Int.random(in: 0..<bad.count, using: &rng)
                for j in i..<min(bad.count, i + 8) { bad[j] = UInt8.random(in: 0...255, using: &rng) }
            }
            if bad == good { continue }
            do {
                _ = try GraphStore.decode(Data(bad), file: "g.json")
                Issue.record("round \(round): damaged file accepted")
            } catch let e as NewsGraphError {
                #expect(e.code == "corrupt-graph", "round \(round): \(e)")
            }
        }
    }

    @Test func theSameInputGivesByteIdenticalFilesWhateverTheOrder() throws {
        let facts = GraphCorpus.all.map(\.tagged)
        let reference = try GraphStore.encode(try GraphBuilder().build(facts))
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<8 {
            let shuffled = facts.shuffled(using: &rng)
            #expect(try GraphStore.encode(try GraphBuilder().build(shuffled)) == reference)
        }
    }
}

/// A small deterministic generator (SplitMix64) so shuffles are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
