import Foundation
import Testing

@testable import NewsGraph

/// An index is used only for the graph file it was built from, and a damaged one is ignored:
/// never a crash, never a wrong answer.
@Suite struct QueryIndexTrustTests {
    static func reason(_ opening: QueryIndex.Opening) -> String? {
        switch opening {
        case .ready: return nil
        case .missing: return "missing"
        case .unusable(let r): return r
        }
    }

    func seedFixture() throws -> IndexFixture { try IndexFixture(try SeedGraphTests.built.get()) }

    @Test func anIntactIndexOfTheCurrentFileIsUsedAndAMissingOneIsReported() throws {
        let f = try seedFixture()
        defer { f.cleanUp() }
        #expect(Self.reason(QueryIndex.open(graph: f.graphPath)) == nil)
        #expect(QueryIndex.isCurrent(forGraph: f.graphPath))
        try FileManager.default.removeItem(atPath: f.indexPath)
        #expect(Self.reason(QueryIndex.open(graph: f.graphPath)) == "missing")
    }

    @Test func aFlippedByteAnywhereInTheIndexMakesItUnusable() throws {
        let f = try seedFixture()
        defer { f.cleanUp() }
        let good = try Data(contentsOf: URL(fileURLWithPath: f.indexPath))
        let person = "person:孟飞@山西省/吕梁市/汾阳市"
        let expected = IndexFixture.text(
            QueryEngine(graph: try #require(try f.open().personGraph(matching: person, events: true))).events(of: person))
        var used = 0
        // Every byte of the header, every 61st of the tables.
        for i in Array(0..<QueryIndexLayout.headerSize) + Array(stride(from: QueryIndexLayout.headerSize, to: good.count, by: 61))
        {
            var bad = good
            bad[i] ^= 0x5A
            try bad.write(to: URL(fileURLWithPath: f.indexPath))
            guard case .ready(let index) = QueryIndex.open(graph: f.graphPath) else { continue }
            used += 1
            // Were one used, it must throw (the command then reads the whole graph) or answer right.
            if let sub = (try? index.personGraph(matching: person, events: true)) ?? nil {
                #expect(IndexFixture.text(QueryEngine(graph: sub).events(of: person)) == expected, "byte \(i)")
            }
        }
        #expect(used == 0, "\(used) damaged indexes were opened")
    }

    @Test func aTruncatedOrForeignIndexIsIgnored() throws {
        let f = try seedFixture()
        defer { f.cleanUp() }
        let good = try Data(contentsOf: URL(fileURLWithPath: f.indexPath))
        for cut in [0, 7, 100, 511, 512, good.count / 2, good.count - 1] {
            try good.prefix(cut).write(to: URL(fileURLWithPath: f.indexPath))
            #expect(Self.reason(QueryIndex.open(graph: f.graphPath)) != nil, "cut at \(cut)")
        }
        try Data("{\"not\":\"an index\"}".utf8).write(to: URL(fileURLWithPath: f.indexPath))
        #expect(Self.reason(QueryIndex.open(graph: f.graphPath)) != nil)
    }

    @Test func anIndexOfAnotherVersionOfTheGraphFileIsNotUsed() throws {
        let f = try seedFixture()
        defer { f.cleanUp() }
        // Same bytes, new modification time.
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: f.graphPath)
        #expect(Self.reason(QueryIndex.open(graph: f.graphPath))?.contains("changed") == true)
        // Another graph saved over it, then the old index put back.
        let f2 = try IndexFixture(try IndexFixture.synthetic(seed: 3, articles: 30))
        defer { f2.cleanUp() }
        let old = try Data(contentsOf: URL(fileURLWithPath: f.indexPath))
        try FileManager.default.removeItem(atPath: f2.indexPath)
        try old.write(to: URL(fileURLWithPath: f2.indexPath))
        #expect(Self.reason(QueryIndex.open(graph: f2.graphPath)) != nil)
    }

    @Test func aDamagedGraphFileGetsNoIndex() throws {
        let f = try seedFixture()
        defer { f.cleanUp() }
        try FileManager.default.removeItem(atPath: f.indexPath)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: f.graphPath))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: f.graphPath))
        #expect(throws: NewsGraphError.self) { try QueryIndex.write(forGraph: f.graphPath) }
        #expect(!FileManager.default.fileExists(atPath: f.indexPath))
    }

    /// The scan does not depend on the writer: another JSON writer's spelling of the same graph
    /// (pretty-printed, keys in its own order, `\/` and `\uXXXX` escapes) indexes to the same answers.
    @Test func aGraphWrittenByAnotherJSONWriterIndexesToTheSameAnswers() throws {
        let f = try seedFixture()
        defer { f.cleanUp() }
        let original = try Data(contentsOf: URL(fileURLWithPath: f.graphPath))
        let top = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        var body = String(
            decoding: try JSONSerialization.data(withJSONObject: top["body"]!, options: [.prettyPrinted]), as: UTF8.self)
        body = body.replacingOccurrences(of: "孟", with: "\\u5b5f").replacingOccurrences(of: "市", with: "\\u5e02")
        #expect(body.contains("\\/") || body.contains("\\u5e02"))
        let bodyBytes = Array(body.utf8)
        let file =
            "{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:\(FNV1a64.hex(of: bodyBytes))\",\"body\":"
            + body + "}\n"
        try Data(file.utf8).write(to: URL(fileURLWithPath: f.graphPath))
        try QueryIndex.write(forGraph: f.graphPath)
        let index = try f.open()
        let full = QueryEngine(graph: try GraphStore.load(f.graphPath))
        for q in ["孟飞", "刘晋萍", "任万伟", "李", "person:孟飞@山西省/吕梁市/汾阳市"] {
            let titles = QueryEngine(graph: try #require(try index.personGraph(matching: q, events: false))).titles(of: q)
            #expect(IndexFixture.text(titles) == IndexFixture.text(full.titles(of: q)), "titles \(q)")
            let events = QueryEngine(graph: try #require(try index.personGraph(matching: q, events: true))).events(of: q)
            #expect(IndexFixture.text(events) == IndexFixture.text(full.events(of: q)), "events \(q)")
        }
        for q in ["推进会", "汾清天下", "会"] {
            let sub = try index.attendeesGraph(matching: q, date: nil)
            let answer = QueryEngine(graph: sub).attendees(matching: q, date: nil, place: "汾阳")
            #expect(IndexFixture.text(answer) == IndexFixture.text(full.attendees(matching: q, date: nil, place: "汾阳")), "\(q)")
            #expect(!answer.isEmpty || q == "汾清天下", "\(q)")
        }
    }
}
