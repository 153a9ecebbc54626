import Foundation
import Testing

@testable import NewsGraph

/// `newsgraph report` run as a subprocess: writes the page, byte-identical across runs.
@Suite struct ReportCommandTests {
    static func binary() throws -> URL {
        let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("newsgraph")
        try #require(FileManager.default.isExecutableFile(atPath: url.path), "build the CLI first: swift build")
        return url
    }

    static func run(_ args: [String], in folder: URL) throws -> (status: Int32, stderr: String, stdout: String) {
        let p = Process()
        p.executableURL = try binary()
        p.arguments = args
        p.currentDirectoryURL = folder
        let err = Pipe()
        let out = Pipe()
        p.standardError = err
        p.standardOutput = out
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: e, as: UTF8.self), String(decoding: o, as: UTF8.self))
    }

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "newsgraph-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func twoRunsWriteTheSameBytes() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try GraphStore.save(ReportFixture.standard().graph, to: dir.appendingPathComponent("g.json").path)
        for out in ["a.html", "b.html"] {
            let r = try Self.run(["report", "--graph", "g.json", "-o", out], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let a = try Data(contentsOf: dir.appendingPathComponent("a.html"))
        let b = try Data(contentsOf: dir.appendingPathComponent("b.html"))
        #expect(a == b)
        #expect(String(decoding: a, as: UTF8.self).contains("<svg class=\"timeline\""))
    }

    @Test func theReportShowsTheFindingsTheAuditCommandPrints() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try GraphStore.save(ReportFixture.standard().graph, to: dir.appendingPathComponent("g.json").path)
        let audit = try Self.run(["audit", "--graph", "g.json", "--json"], in: dir)
        #expect(audit.status == 0, "\(audit.stderr)")
        struct Answer: Decodable {
            struct Finding: Decodable { var summary: String }
            var findings: [Finding]
        }
        let answer = try JSONDecoder().decode(Answer.self, from: Data(audit.stdout.utf8))
        #expect(!answer.findings.isEmpty)
        let report = try Self.run(["report", "--graph", "g.json", "-o", "-"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.components(separatedBy: "<li class=\"finding ").count - 1 == answer.findings.count)
        for finding in answer.findings {
            #expect(report.stdout.contains(HTMLText.escape(finding.summary)))
        }
    }

    @Test func withoutAnOutputItIsAUsageError() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["report", "--graph", "g.json"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("-o FILE"))
    }

    @Test func aMissingGraphIsNamedAndNoPageIsWritten() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["report", "--graph", "missing.json", "-o", "r.html"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("missing.json"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.html").path))
    }
}
