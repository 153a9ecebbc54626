import Foundation
import Testing

@testable import NewsGraph

/// The fragment reader reads what `JSONDecoder` read of a stored node, edge, evidence entry or
/// sentence: any key order, unknown keys, escapes, `null` optionals; it refuses what lacks a key
/// a stored fragment must have, or has bytes after it.
@Suite struct FragmentReaderTests {
    static let cited = Evidence(
        file: "a.txt", article: "a.txt#1", span: Span(start: 3, end: 9), sentence: "县长李明出席会议。", rule: "attendance")

    static func read<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        try Array(text.utf8).withUnsafeBufferPointer { try body($0) }
    }

    @Test func anEdgeIsReadInAnyKeyOrderWithEscapesUnknownKeysAndNullOptionals() throws {
        let text = """
             { "type" : "attended", "observations":[{"evidence":7,"former":false,"date":null,"role":"\\u51fa\\u5e2d"},
            {"title":null,"date":"2024-12","evidence":8,"former":true,"extra":[1,{"x":"}"}]}],
            "source":"person:\\u674e\\u660e","target":"event:2024@会议","id":"attended:1","dates":["2024-12-09","2024-XX"],
            "properties":{"role":"出席","a\\"b":"c\\/d"},"evidence":[7,8],"future":null }\n
            """
        var asked: [Int] = []
        let edge = try Self.read(text) {
            try FragmentReader().edge($0, evidence: true) { i in
                asked.append(i)
                return Self.cited
            }
        }
        #expect(asked == [7, 8, 7, 8])
        #expect(edge.id == "attended:1" && edge.type == .attended)
        #expect(edge.source == "person:李明" && edge.target == "event:2024@会议")
        #expect(edge.properties == ["role": "出席", "a\"b": "c/d"])
        #expect(edge.dates == [PartialDate(edtf: "2024-12-09")!, PartialDate(edtf: "2024-XX")!])
        #expect(edge.evidence == [Self.cited, Self.cited])
        #expect(
            edge.observations == [
                Observation(date: nil, title: nil, role: "出席", former: false, evidence: Self.cited),
                Observation(date: PartialDate(edtf: "2024-12"), title: nil, role: nil, former: true, evidence: Self.cited),
            ])
    }

    @Test func withoutEvidenceNothingIsCitedAndTheCitationsMayBeAbsent() throws {
        let node = try Self.read(#"{"id":"place:汾阳市","type":"Place","label":"汾阳市","properties":{},"dates":[]}"#) {
            try FragmentReader().node($0, evidence: false) { _ in
                Issue.record("cited")
                return Self.cited
            }
        }
        #expect(node == Node(id: "place:汾阳市", type: .place, label: "汾阳市", properties: [:], dates: []))
        #expect(throws: JSONScanError.self) {
            try Self.read(#"{"id":"place:汾阳市","type":"Place","label":"汾阳市","properties":{},"dates":[]}"#) {
                try FragmentReader().node($0, evidence: true) { _ in Self.cited }
            }
        }
    }

    @Test func aFragmentLackingAKeyOrFollowedByMoreBytesIsRefused() throws {
        let node = #"{"id":"p","type":"Person","label":"李明","properties":{},"dates":[],"evidence":[]}"#
        #expect(try Self.read(node) { try FragmentReader().node($0, evidence: true) { _ in Self.cited } }.label == "李明")
        for bad in [
            node + ",", node.replacingOccurrences(of: #""label":"李明","#, with: ""),
            node.replacingOccurrences(of: "Person", with: "Persona"), node.replacingOccurrences(of: "[]}", with: "[1.5]}"),
            String(node.dropLast()),
        ] {
            #expect(throws: JSONScanError.self, "\(bad)") {
                try Self.read(bad) { try FragmentReader().node($0, evidence: true) { _ in Self.cited } }
            }
        }
        #expect(throws: JSONScanError.self) {
            try Self.read(#"{"file":"a.txt","article":"a.txt#1","start":1,"end":2,"rule":"r"}"#) {
                try FragmentReader().evidence($0)
            }
        }
        let entry = try Self.read(#"{"rule":"r","sentence":4,"end":2,"start":1,"article":"a.txt#1","file":"a.txt"}"#) {
            try FragmentReader().evidence($0)
        }
        #expect(entry.file == "a.txt" && entry.article == "a.txt#1" && entry.start == 1 && entry.end == 2 && entry.sentence == 4)
        #expect(try Self.read(#""县长\n李明""#) { try FragmentReader().sentence($0) } == "县长\n李明")
        #expect(throws: JSONScanError.self) { try Self.read(#""a","b""#) { try FragmentReader().sentence($0) } }
    }
}
