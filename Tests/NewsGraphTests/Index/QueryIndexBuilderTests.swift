import Foundation
import Testing

@testable import NewsGraph

/// The compact, windowed index builder writes exactly the bytes of the first, plain builder
/// (`ReferenceIndexBuilder`), refuses what it refused with the same reason, and leaves little of
/// the graph file resident.
@Suite struct QueryIndexBuilderTests {
    static func seedFixture() throws -> IndexFixture { try IndexFixture(try SeedGraphTests.built.get()) }
    static func syntheticFixture() throws -> IndexFixture { try IndexFixture(try QueryIndexEquivalenceTests.synthetic.get()) }

    /// Rewrites the graph file with its body changed by `change` (serialised by Foundation's
    /// writer, with a fresh checksum), and removes its index.
    static func rewrite(_ f: IndexFixture, pretty: Bool = false, _ change: (inout [String: Any]) throws -> Void) throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: f.graphPath))
        let top = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        var body = try #require(top["body"] as? [String: Any])
        try change(&body)
        let options: JSONSerialization.WritingOptions = pretty ? [.prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        let bodyBytes = [UInt8](try JSONSerialization.data(withJSONObject: body, options: options))
        var file = Array("{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:".utf8)
        file += Array(FNV1a64.hex(of: bodyBytes).utf8) + Array("\",\"body\":".utf8) + bodyBytes + Array("}\n".utf8)
        try Data(file).write(to: URL(fileURLWithPath: f.graphPath))
        try? FileManager.default.removeItem(atPath: f.indexPath)
    }

    /// Changes the node and edge lists of a body.
    static func changeGraph(
        _ body: inout [String: Any], _ change: (inout [[String: Any]], inout [[String: Any]]) throws -> Void
    ) throws {
        var graph = try #require(body["graph"] as? [String: Any])
        var nodes = try #require(graph["nodes"] as? [[String: Any]])
        var edges = try #require(graph["edges"] as? [[String: Any]])
        try change(&nodes, &edges)
        graph["nodes"] = nodes
        graph["edges"] = edges
        body["graph"] = graph
    }

    /// The index `QueryIndex.write` writes for the graph file, and the reference builder's bytes.
    static func writtenAndReference(_ f: IndexFixture) throws -> (written: [UInt8], reference: [UInt8]) {
        try QueryIndex.write(forGraph: f.graphPath)
        let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: f.indexPath)))
        return (written, try ReferenceIndexBuilder.build(try MappedFile(f.graphPath)).bytes)
    }

    @Test func theIndexOfTheSeedsAndOfASyntheticArchiveHasTheBytesOfTheReferenceBuilder() throws {
        for f in [try Self.seedFixture(), try Self.syntheticFixture()] {
            defer { f.cleanUp() }
            let (written, reference) = try Self.writtenAndReference(f)
            #expect(written.count > 4096)
            #expect(written == reference)
        }
    }

    /// Another writer's spelling: pretty-printed, its own key order, `\/` and `\uXXXX` escapes.
    @Test func anotherWritersSpellingIndexesToTheBytesOfTheReferenceBuilder() throws {
        let f = try Self.seedFixture()
        defer { f.cleanUp() }
        try Self.rewrite(f, pretty: true) { _ in }
        var text = try String(contentsOfFile: f.graphPath, encoding: .utf8)
        text = text.replacingOccurrences(of: "孟", with: "\\u5b5f").replacingOccurrences(of: "市", with: "\\u5e02")
        let body = String(text[text.range(of: "\"body\":")!.upperBound...].dropLast(2))
        text =
            "{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:\(FNV1a64.hex(of: Array(body.utf8)))\",\"body\":"
            + body + "}\n"
        try text.write(toFile: f.graphPath, atomically: false, encoding: .utf8)
        _ = try GraphStore.load(f.graphPath)
        let (written, reference) = try Self.writtenAndReference(f)
        #expect(written == reference)
    }

    /// An edge may name its node in another canonical spelling (`e` + U+0301 for `é`): the full
    /// load takes it as that node (Swift's `String ==`), so must the index.
    @Test func anEdgeNamingItsNodeInAnotherCanonicalSpellingFindsTheNode() throws {
        let f = try Self.seedFixture()
        defer { f.cleanUp() }
        var renamed = ""
        try Self.rewrite(f) { body in
            try Self.changeGraph(&body) { nodes, edges in
                // The last node: a suffix cannot move it among the others.
                let old = try #require(nodes[nodes.count - 1]["id"] as? String)
                renamed = old + "\u{E9}"
                nodes[nodes.count - 1]["id"] = renamed
                var changed = 0
                for k in edges.indices {
                    for end in ["source", "target"] where edges[k][end] as? String == old {
                        edges[k][end] = old + "e\u{301}"
                        changed += 1
                    }
                }
                #expect(changed > 0)
            }
        }
        #expect(try String(contentsOfFile: f.graphPath, encoding: .utf8).contains("e\u{301}\""))
        let full = try GraphStore.load(f.graphPath)
        let (written, reference) = try Self.writtenAndReference(f)
        #expect(written == reference)
        let index = try f.open()
        let node = index.nodeCount - 1
        #expect(full.nodes[node].id == renamed)
        let edges = try index.edges(of: node, outgoing: true) + index.edges(of: node, outgoing: false)
        #expect(edges.count == full.edges.filter { $0.source == renamed || $0.target == renamed }.count)
        #expect(!edges.isEmpty)
    }

    @Test func givingThePagesBackAsTheScanGoesChangesNoByte() throws {
        for f in [try Self.seedFixture(), try Self.syntheticFixture()] {
            defer { f.cleanUp() }
            let whole = try QueryIndexBuilder(try MappedFile(f.graphPath), step: nil).bytes()
            let paged = try QueryIndexBuilder(try MappedFile(f.graphPath), step: MappedFile.pageSize).bytes()
            #expect(paged == whole)
            #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: f.indexPath))) == whole)
        }
    }

    #if os(Linux)
        /// Kilobytes of `file`'s mapping resident in this process (its `Rss` in /proc/self/smaps).
        static func residentKB(_ file: MappedFile) throws -> Int {
            // /proc files state no size: read to the end.
            let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
            defer { try? handle.close() }
            let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
            var inMapping = false
            for line in smaps.split(separator: "\n") {
                let first = line.prefix { $0 != " " }
                if let dash = first.firstIndex(of: "-"), first.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
                    inMapping = UInt(first[..<dash], radix: 16) == UInt(bitPattern: file.base)
                } else if inMapping, line.hasPrefix("Rss:") {
                    return Int(line.split(separator: " ")[1]) ?? -1
                }
            }
            return -1
        }

        @Test func theScanLeavesLittleOfTheGraphFileResident() throws {
            let f = try Self.syntheticFixture()
            defer { f.cleanUp() }
            let kept = try MappedFile(f.graphPath)
            _ = try QueryIndexBuilder(kept, step: nil)
            let whole = try Self.residentKB(kept)
            let given = try MappedFile(f.graphPath)
            _ = try QueryIndexBuilder(given, step: 1 << 16)
            let paged = try Self.residentKB(given)
            let size = given.count / 1024
            #expect(size > 1024)
            #expect(whole >= size * 9 / 10, "without giving pages back: \(whole) of \(size) kB resident")
            #expect(paged >= 0 && paged <= 64 + 8, "whole \(whole); giving pages back: \(paged) of \(size) kB resident")
        }
    #endif

    /// What the full load refuses, the index refuses, with the reason the reference builder gave.
    @Test func aFileTheFullLoadRefusesGetsNoIndexForTheReasonTheReferenceGives() throws {
        let changes: [(String, (inout [[String: Any]], inout [[String: Any]]) -> Void)] = [
            ("a node repeated next to itself", { nodes, _ in nodes.insert(nodes[3], at: 4) }),
            ("a node repeated further on", { nodes, _ in nodes.insert(nodes[1], at: 6) }),
            ("two nodes swapped", { nodes, _ in nodes.swapAt(5, 6) }),
            ("an edge to a missing node", { _, edges in edges[7]["target"] = "person:没有这个人" }),
            ("two edges swapped", { _, edges in edges.swapAt(2, 3) }),
            ("a node without a label", { nodes, _ in nodes[2]["label"] = nil }),
        ]
        for (what, change) in changes {
            let f = try Self.seedFixture()
            defer { f.cleanUp() }
            try Self.rewrite(f) { body in try Self.changeGraph(&body, change) }
            #expect(throws: NewsGraphError.self, "\(what): the full load") { try GraphStore.load(f.graphPath) }
            var reason: String?
            do { try QueryIndex.write(forGraph: f.graphPath) } catch NewsGraphError.corruptGraph(_, let r) { reason = r }
            var expected: String?
            do { _ = try ReferenceIndexBuilder.build(try MappedFile(f.graphPath)) } catch NewsGraphError.corruptGraph(_, let r) {
                expected = r
            }
            #expect(reason != nil && reason == expected, "\(what): \(reason ?? "indexed") vs \(expected ?? "indexed")")
            #expect(!FileManager.default.fileExists(atPath: f.indexPath), "\(what)")
        }
    }

    @Test func theChecksumFedInPiecesIsTheChecksumOfTheWhole() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return seed >> 33
        }
        for size in [0, 1, 55, 63, 64, 65, 71, 72, 100, 517, 4099] {
            let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: next()) }
            bytes.withUnsafeBytes { raw in
                let expected = referenceChecksum(raw)
                #expect(QueryIndexLayout.checksum(raw) == expected, "\(size) bytes")
                guard size >= QueryIndexLayout.checksumAt + 8 else { return }
                var h = QueryIndexChecksum()
                for part in [0..<QueryIndexLayout.checksumAt, (QueryIndexLayout.checksumAt + 8)..<size] {
                    var at = part.lowerBound
                    while at < part.upperBound {
                        let n = min(Int(next() % 13), part.upperBound - at)
                        h.update(UnsafeRawBufferPointer(rebasing: raw[at..<(at + n)]))
                        at += n
                    }
                    h.endPart()
                }
                #expect(h.value == expected, "\(size) bytes in pieces")
            }
        }
    }

    @Test func aColumnKeepsEveryValueInOrderAcrossItsChunks() {
        let values = (0..<200_000).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761) }
        var column = Column<UInt32>()
        column.append(contentsOf: values)
        #expect(column.count == values.count)
        #expect([0, 65_535, 65_536, 131_072, 199_999].allSatisfy { column[$0] == values[$0] })
        var bytes: [UInt8] = []
        column.forEachChunk { bytes += $0 }
        #expect(bytes == values.withUnsafeBytes { [UInt8]($0) })
    }
}
