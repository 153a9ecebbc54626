import Foundation
import Testing

@testable import NewsGraph

/// Hostile strings in the input come out of every exporter escaped: markup, JSON breakers, formulas, controls.
@Suite(.serialized) struct OutputSafetyTests {
    /// A JSON Lines archive whose ids, titles, places and text carry what an exporter must neutralise.
    static let hostileArchive: String = {
        let hostile = [
            "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\"quoted\" & 'apos'",
            "a\u{1}b\u{1B}[31m", "]]>", "{\"@id\":\"x\"}", "\\u0000", "\u{FFFE}\u{FFFF}", "\u{202E}reversed", "line\nbreak",
        ]
        var lines: [String] = []
        for (k, h) in hostile.enumerated() {
            let obj: [String: Any] = [
                "id": "\(h)#\(k)", "title": h, "city": h + "市", "province": "山西省", "date": "2024-12-0\(k % 9 + 1)",
                "text": "本报讯 \(h) 12月\(k % 9 + 1)日，\(h)市委书记王建国出席\(h)座谈会并讲话。王建国强调，要\(h)。",
            ]
            let data = try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func everyExportOfAHostileArchiveParsesStrictlyAndCarriesNoFormula() throws {
        try #require(ReliabilityFixtures.executableExists)
        let dir = try ReliabilityFixtures.tempDir("hostile")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(Self.hostileArchive.utf8).write(to: URL(fileURLWithPath: dir + "/hostile.jsonl"))
        let build = try ReliabilityFixtures.run(["build", "hostile.jsonl", "--graph", "g.json"], cwd: dir)
        #expect(!build.signaled)
        #expect(build.code == 0, "\(build.err)")
        for (format, out) in [("graphml", "g.graphml"), ("gexf", "g.gexf"), ("jsonld", "g.jsonld"), ("csv", "g-csv")] {
            let r = try ReliabilityFixtures.run(["export", format, "--graph", "g.json", "-o", out], cwd: dir)
            #expect(r.code == 0, "\(format): \(r.err)")
        }
        let graph = try GraphStore.load(dir + "/g.json")
        #expect(graph.nodes.contains { $0.type == .article })
        try OutputValidator.validate(try Data(contentsOf: URL(fileURLWithPath: dir + "/g.json")), as: .json)
        for (file, syntax) in [("g.graphml", OutputValidator.Syntax.xml), ("g.gexf", .xml), ("g.jsonld", .json)] {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + file))
            #expect(throws: Never.self, "\(file)") { try OutputValidator.validate(data, as: syntax) }
        }
        let csvDir = dir + "/g-csv"
        for name in try FileManager.default.contentsOfDirectory(atPath: csvDir).sorted() {
            let data = try Data(contentsOf: URL(fileURLWithPath: csvDir + "/" + name))
            #expect(throws: Never.self, "\(name)") { try OutputValidator.validate(data, as: .csv) }
        }
    }

    @Test func theFuzzProbeExportsAHostilePageInEveryFormat() throws {
        let probe = FuzzProbe(tagger: try Tagger.standard())
        let o = probe.run(
            FuzzCase(index: 0, origin: "hostile", fileName: "hostile.jsonl", bytes: Array(Self.hostileArchive.utf8)))
        #expect(o.status == .passed, "\(o.status)")
        #expect(o.articles > 0)
    }
}
