import Foundation
import Testing

@testable import NewsGraph

/// The streaming graph codec against the format's first implementation (`JSONEncoder`/`JSONDecoder`):
/// the same bytes out, the same document back, on real, synthetic and hostile content.
@Suite struct GraphFileCodecTests {
    /// Writes with both codecs, expects the same bytes, and reads them back with both readers.
    func expectSameAsReference(_ document: GraphDocument, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let streamed = try GraphStore.encode(document)
        let reference = try ReferenceGraphCodec.encode(document)
        #expect(streamed == reference, "the streaming writer's bytes differ", sourceLocation: sourceLocation)
        if streamed != reference {
            let a = [UInt8](streamed)
            let b = [UInt8](reference)
            let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let lo = max(0, at - 80)
            Issue.record(
                "first difference at byte \(at):\n new: \(String(decoding: a[lo..<min(a.count, at + 80)], as: UTF8.self))\n ref: \(String(decoding: b[lo..<min(b.count, at + 80)], as: UTF8.self))",
                sourceLocation: sourceLocation)
        }
        let back = try GraphStore.decode(streamed, file: "g.json")
        #expect(back == (try ReferenceGraphCodec.decode(reference, file: "g.json")), sourceLocation: sourceLocation)
        #expect(try GraphStore.encode(back) == streamed, sourceLocation: sourceLocation)
        let lean = try GraphStore.decode(streamed, file: "g.json", includingFacts: false)
        #expect(lean.graph == back.graph && lean.articles == back.articles && lean.facts == nil, sourceLocation: sourceLocation)
    }

    @Test func theSeedGraphIsWrittenByteForByteAsJSONEncoderWroteItAndReadsBackEqual() throws {
        let document = try SeedGraphTests.built.get()
        try expectSameAsReference(document)
        #expect(try GraphStore.decode(try GraphStore.encode(document), file: "g.json") == document)
        // A bare graph (no facts key) too.
        try expectSameAsReference(GraphDocument(graph: document.graph))
    }

    @Test func aSyntheticArchiveIsWrittenAsJSONEncoderWroteItAndReadsBackEqual() throws {
        let facts = try SyntheticFacts.read(seed: 5, articles: 120)
        #expect(facts.count > 100)
        let document = GraphBuilder().build(try ArticleFactSet(facts))
        try expectSameAsReference(document)
        #expect(try GraphStore.decode(try GraphStore.encode(document), file: "g.json") == document)
    }

    @Test func hostileStringsAreEscapedAndOrderedExactlyAsJSONEncoderDoes() throws {
        let document = try HostileDocument.make()
        try expectSameAsReference(document)
        #expect(try GraphStore.decode(try GraphStore.encode(document), file: "g.json") == document)
    }

    @Test func datesOutsideTheUsualFormsAreWrittenAsTheirEDTF() throws {
        var document = try HostileDocument.make()
        document.graph.nodes[0].dates = [
            PartialDate(year: 12345), PartialDate(year: -5, month: 3), PartialDate(year: 7), PartialDate(month: 100),
        ]
        #expect(try GraphStore.encode(document) == (try ReferenceGraphCodec.encode(document)))
    }

    @Test func aValidFileInAnotherLayoutReadsAsJSONDecoderReadIt() throws {
        // Keys in any order, whitespace, escaped slashes and `\u` escapes: what another JSON writer makes.
        for document in [try HostileDocument.make(), try SeedGraphTests.built.get()] {
            let canonical = [UInt8](try GraphStore.encode(document))
            let text = String(decoding: canonical, as: UTF8.self)
            let bodyStart = text.utf8.distance(from: text.startIndex, to: text.range(of: "\"body\":")!.upperBound)
            let bodyBytes = Data(canonical[bodyStart..<(canonical.count - 2)])
            let object = try JSONSerialization.jsonObject(with: bodyBytes)
            var body = [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]))
            body = Array(String(decoding: body, as: UTF8.self).replacingOccurrences(of: "é", with: "\\u00e9").utf8)
            let sealed = Data(
                Array(
                    "{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:\(FNV1a64.hex(of: body))\",\"body\":"
                        .utf8)
                    + body + Array("}\n".utf8))
            let streamed = try GraphStore.decode(sealed, file: "other.json")
            let reference = try ReferenceGraphCodec.decode(sealed, file: "other.json")
            #expect(streamed == reference)
            // (Foundation's JSONSerialization drops a U+FEFF inside a string, so only the seeds compare to the original.)
            if document.graph.nodes.count > 10 { #expect(streamed == document) }
        }
    }

    @Test func sentenceOrderAgreesWithStringOrderOnMixedScripts() {
        let pieces = [
            "", "a", "B", "é", "e\u{301}", "会议", "會議", "Ａ", "，", "。", "\u{2028}", "😀", "\u{0}", "\u{7F}", "가", "\u{1100}\u{1161}",
            "か", "か\u{3099}", "が", "ｶﾞ", "Å", "A\u{30A}", "\u{212B}", "\u{F900}", "豈", "10", "9", "—", "\u{2000}", "\u{2002}",
        ]
        var rng = SeededGenerator(seed: 3)
        var strings: [String] = pieces
        for _ in 0..<400 {
            let n = Int.random(in: 1...4, using: &rng)
            strings.append((0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        for a in strings {
            for b in strings.prefix(120) {
                let expected = a == b ? 0 : (a < b ? -1 : 1)
                let got = SentenceOrder.compare(a, SentenceOrder.isPlain(a), b, SentenceOrder.isPlain(b))
                #expect(got == expected, "\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func aDamagedBodyWithAValidChecksumIsRefusedWithItsPlace() throws {
        let text = String(decoding: try GraphStore.encode(try HostileDocument.make()), as: UTF8.self)
        let bodyStart = text.range(of: "\"body\":")!.upperBound
        for (edit, fragment) in [
            (
                { (s: String) in s.replacingOccurrences(of: "\"type\":\"Person\"", with: "\"type\":\"Martian\"") },
                "unknown node type"
            ),
            ({ (s: String) in s.replacingOccurrences(of: "\"former\":false", with: "\"former\":0") }, "expected true or false"),
            ({ (s: String) in s.replacingOccurrences(of: "\"sentences\":[", with: "\"sentences\":[1,") }, "expected a string"),
            ({ (s: String) in String(s.dropLast(1)) + ",}" }, "expected a key"),
        ] {
            let body = edit(String(text[bodyStart...].dropLast(2)))
            let sealed = Data(
                ("{\"format\":\"newsgraph-graph\",\"version\":1,\"checksum\":\"fnv1a64:\(FNV1a64.hex(of: Array(body.utf8)))\",\"body\":"
                    + body + "}\n").utf8)
            do {
                _ = try GraphStore.decode(sealed, file: "g.json")
                Issue.record("accepted a damaged body (\(fragment))")
            } catch let NewsGraphError.corruptGraph(file, reason) {
                #expect(file == "g.json")
                #expect(reason.contains("does not match the format") && reason.contains(fragment), "\(reason)")
                #expect(reason.contains("at byte"), "\(reason)")
            }
        }
    }

    @Test func theChecksumOnASecondThreadRefusesWhatTheInlineOneRefuses() throws {
        let good = [UInt8](try GraphStore.encode(try HostileDocument.make()))
        let doc = try GraphStore.decode(Data(good), file: "g.json", includingFacts: true, parallelChecksumFrom: 0)
        #expect(doc == (try HostileDocument.make()))
        var rng = SeededGenerator(seed: 11)
        for round in 0..<200 {
            var bad = good
            let i = Int.random(in: 0..<bad.count, using: &rng)
            bad[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            if round % 2 == 1 { bad = Array(bad.prefix(Int.random(in: 0..<bad.count, using: &rng))) }
            var inline: String?
            var threaded: String?
            do { _ = try GraphStore.decode(Data(bad), file: "g.json") } catch let e as NewsGraphError { inline = "\(e)" }
            do {
                _ = try GraphStore.decode(Data(bad), file: "g.json", includingFacts: true, parallelChecksumFrom: 0)
            } catch let e as NewsGraphError { threaded = "\(e)" }
            #expect(inline != nil && inline == threaded, "round \(round)")
        }
    }
}
