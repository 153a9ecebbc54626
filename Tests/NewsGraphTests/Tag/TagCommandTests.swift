import Foundation
import Testing

@testable import NewsGraph

/// `newsgraph tag` run as a subprocess: readable output with inline tags, JSON, and errors.
struct TagCommandTests {
    private func page(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tag-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private let sample = """
        本报讯 11月28日，全县秋冬季森林防火工作推进会召开。县委副书记、县长马晓峰出席会议并讲话，副县长林静主持会议。

        会上，马晓峰强调，要压实责任。（葛思远）

        """

    @Test func printsSentencesWithInlineTagsThenOfficesEventsAndAttendance() throws {
        let url = try page(sample)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try EvaluateCommandTests.run(["tag", url.path, "--city", "正定县"], in: FileManager.default.temporaryDirectory)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("[县委副书记]office(正定县委副书记)、[县长]office(正定县县长)[马晓峰]person"))
        #expect(r.stdout.contains("马晓峰\t正定县县长"))
        #expect(r.stdout.contains("E1\t全县秋冬季森林防火工作推进会\tXXXX-11-28"))
        #expect(r.stdout.contains("林静\tE1\tpresided"))
    }

    @Test func jsonCarriesOfficesWithEvidenceAndRules() throws {
        let url = try page(sample)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try EvaluateCommandTests.run(
            ["tag", url.path, "--json", "--city", "正定县", "--date", "2024-11-29"], in: FileManager.default.temporaryDirectory)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        let offices = try #require(articles.first?["offices"] as? [[String: Any]])
        #expect(offices.compactMap { $0["resolvedTitle"] as? String } == ["正定县委副书记", "正定县县长", "正定县副县长"])
        let evidence = try #require(offices.first?["evidence"] as? [String: Any])
        #expect(evidence["rule"] as? String == "office-chain")
        #expect((evidence["end"] as? Int ?? 0) > (evidence["start"] as? Int ?? 0))
        let events = try #require(articles.first?["events"] as? [[String: Any]])
        #expect(events.first?["date"] as? String == "2024-11-28")
    }

    @Test func aMissingFileIsReportedByNameAndTheExitCodeIsOne() throws {
        let url = try page(sample)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try EvaluateCommandTests.run(
            ["tag", "/nonexistent/page.txt", url.path], in: FileManager.default.temporaryDirectory)
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nonexistent/page.txt"))
        #expect(r.stdout.contains("马晓峰"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let r = try EvaluateCommandTests.run(["tag"], in: FileManager.default.temporaryDirectory)
        #expect(r.status == 2)
        let bad = try EvaluateCommandTests.run(["tag", "x.txt", "--date", "someday"], in: FileManager.default.temporaryDirectory)
        #expect(bad.status == 2)
    }
}
