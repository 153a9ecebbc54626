import Foundation
import Testing

@testable import NewsGraph

/// The three jobs on the five seed pages, as a user runs them: `newsgraph build` over the
/// seeds, then the query commands, each a subprocess.
@Suite(.serialized) struct SeedQueryCommandTests {
    /// The repository's `seeds/` folder.
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    /// Copies the seeds into the scratch directory, builds their graph there (paths stay
    /// `seeds/…txt`), and hands the runner and the graph path to `body`.
    private func withSeedGraph(_ body: (CLIRunner, String) throws -> Void) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(pages.count == 5)
        let local = cli.directory.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)
        for p in pages {
            try FileManager.default.copyItem(at: Self.seeds.appendingPathComponent(p), to: local.appendingPathComponent(p))
        }
        let build = try cli.run(["build"] + pages.map { "seeds/" + $0 } + ["--graph", "seeds.graph.json"])
        try #require(build.status == 0, "newsgraph build failed: \(build.stderr)")
        try body(cli, "seeds.graph.json")
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func resolvedTitles(_ value: Any?) -> Set<String> {
        Set(((value as? [[String: Any]]) ?? []).compactMap { $0["resolvedTitle"] as? String })
    }

    private func sentences(_ value: Any?) -> [String] {
        ((value as? [[String: Any]]) ?? []).compactMap { $0["sentence"] as? String }
    }

    @Test func theAttendeesOfThe推进会On12_09In汾阳IncludeTheSecretaryAndTheMayorWithTheirOffices() throws {
        try withSeedGraph { cli, graph in
            let r = try cli.run(["attendees", "推进会", "--date", "12-09", "--place", "汾阳", "--graph", graph, "--json"])
            #expect(r.status == 0)
            let events = try #require(try json(r.stdout)["events"] as? [[String: Any]])
            let attendees = events.flatMap { ($0["attendees"] as? [[String: Any]]) ?? [] }
            let li = try #require(attendees.first { $0["name"] as? String == "李正奎" })
            #expect(resolvedTitles(li["offices"]).contains("汾阳市委书记"))
            #expect(sentences(li["evidence"]).contains { $0.contains("李正奎") })
            let jia = try #require(attendees.first { $0["name"] as? String == "贾永祥" })
            #expect(resolvedTitles(jia["offices"]).isSuperset(of: ["汾阳市委副书记", "汾阳市市长"]))
            #expect(sentences(jia["evidence"]).contains { $0.contains("贾永祥") })
            for e in events { #expect((e["date"] as? String)?.hasSuffix("-12-09") == true) }
            let table = try cli.run(["attendees", "推进会", "--date", "12-09", "--place", "汾阳", "--graph", graph])
            #expect(table.stdout.contains("李正奎") && table.stdout.contains("汾阳市委书记"))
        }
    }

    @Test func events孟飞ListsTheThree汾清天下StopsWithTheirDates() throws {
        try withSeedGraph { cli, graph in
            let r = try cli.run(["events", "孟飞", "--graph", graph, "--json"])
            #expect(r.status == 0)
            let events = try #require(try json(r.stdout)["events"] as? [[String: Any]])
            let dates = events.compactMap { ($0["date"] as? String).flatMap(PartialDate.init(edtf:)) }
            #expect(dates.count == events.count)
            #expect(dates == dates.sorted())
            let days = Set(dates.compactMap { d in d.month.flatMap { m in d.day.map { "\(m)-\($0)" } } })
            #expect(days.isSuperset(of: ["12-2", "12-4", "12-6"]))
            for e in events { #expect(sentences(e["evidence"]).contains { $0.contains("孟飞") }) }
        }
    }

    @Test func titles刘晋萍ShowsTheStandingCommitteeSeatAndTheDeputyMayoraltyWithEvidence() throws {
        try withSeedGraph { cli, graph in
            let r = try cli.run(["titles", "刘晋萍", "--graph", graph, "--json"])
            #expect(r.status == 0)
            let titles = try #require(try json(r.stdout)["titles"] as? [[String: Any]])
            for office in ["吕梁市委常委", "吕梁市副市长"] {
                let t = try #require(titles.first { $0["resolvedTitle"] as? String == office }, "\(office) missing")
                #expect(t["former"] as? Bool == false)
                #expect(sentences(t["evidence"]).contains { $0.contains("刘晋萍") })
            }
            let table = try cli.run(["titles", "刘晋萍", "--graph", graph])
            #expect(table.stdout.contains("吕梁市委常委") && table.stdout.contains("吕梁市副市长"))
        }
    }

    @Test func holdersPeopleAuditAndStatsAnswerOnTheSeeds() throws {
        try withSeedGraph { cli, graph in
            let mayors = try json(try cli.run(["holders", "汾阳市市长", "--graph", graph, "--json"]).stdout)
            let names = ((mayors["holders"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
            #expect(names.contains("贾永祥"))
            let deputies = try json(
                try cli.run(["people", "--office", "副市长", "--place", "吕梁", "--graph", graph, "--json"]).stdout)
            #expect(((deputies["people"] as? [[String: Any]]) ?? []).contains { $0["name"] as? String == "刘晋萍" })
            // 杭州市人民政府原副市长、杭州市旅游协会会长王宏: a former office the audit lists.
            let audit = try cli.run(["audit", "--graph", graph, "--json"])
            #expect(audit.status == 0)
            let findings = try #require(try json(audit.stdout)["findings"] as? [[String: Any]])
            #expect(
                findings.contains { f in
                    f["kind"] as? String == "former-office"
                        && ((f["people"] as? [[String: Any]]) ?? []).contains { $0["name"] as? String == "王宏" }
                })
            let stats = try json(try cli.run(["stats", "--graph", graph, "--json"]).stdout)
            #expect(stats["files"] as? Int == 5)
            #expect((stats["articles"] as? Int ?? 0) >= 5)
        }
    }
}
