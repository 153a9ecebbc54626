import Foundation
import Testing

@testable import NewsGraph

/// The query commands run as a subprocess over the composed 桐乡 fixture graph.
@Suite(.serialized) struct QueryCommandTests {
    private func withCLI(_ body: (CLIRunner, String) throws -> Void) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let graph = try cli.save(TongxiangFixture.graph)
        try body(cli, graph)
    }

    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    private func expectEvidenceShape(_ value: Any?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let list = value as? [[String: Any]], !list.isEmpty else {
            Issue.record("evidence is not a non-empty list", sourceLocation: sourceLocation)
            return
        }
        for e in list {
            #expect(e["file"] is String && e["article"] is String && e["sentence"] is String, sourceLocation: sourceLocation)
            #expect(e["start"] is Int && e["end"] is Int, sourceLocation: sourceLocation)
        }
    }

    @Test func titlesPrintsATableWhoseColumnsLineUpInDisplayWidth() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["titles", "韩若松", "--graph", graph])
            #expect(r.status == 0)
            #expect(r.stderr.isEmpty)
            let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let ruleIndex = try #require(lines.firstIndex { $0.hasPrefix("---") })
            let starts = DisplayColumns.columnStarts(rule: lines[ruleIndex])
            #expect(starts.count == 9)
            let rows = lines[(ruleIndex - 1)...].filter { !$0.isEmpty && !$0.hasPrefix("---") }
            #expect(rows.count == 1 + 6)  // header + one line per sighting
            for row in rows {
                for start in starts.dropFirst() {
                    guard DisplayColumns.width(Substring(row)) > start else { continue }
                    let head = DisplayColumns.prefix(row, columns: start)
                    #expect(head?.hasSuffix("  ") == true, "column at \(start) misaligned in: \(row)")
                }
            }
            #expect(r.stdout.contains("桐乡市市长"))
            #expect(r.stdout.contains("原市长"))
            #expect(r.stdout.contains("桐乡市人民政府原市长、嘉兴市政协副主席韩若松出席签约仪式。"))
        }
    }

    @Test func titlesJSONCarriesTitleResolvedTitleDateFormerAndEvidence() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["titles", "周立新", "--graph", graph, "--json"])
            #expect(r.status == 0)
            let answer = try json(r.stdout)
            #expect(answer["name"] as? String == "周立新")
            let titles = try #require(answer["titles"] as? [[String: Any]])
            #expect(titles.compactMap { $0["resolvedTitle"] as? String } == ["桐乡市副市长", "桐乡市委副书记", "桐乡市市长"])
            for t in titles {
                #expect(t["title"] is String)
                #expect(t["former"] is Bool)
                #expect(t.keys.contains("date"))
                expectEvidenceShape(t["evidence"])
            }
            #expect(titles[0]["date"] as? String == "2023-03-14")
        }
    }

    @Test func attendeesJSONCarriesEventsWithDatePlaceAndAttendeesWithRoleAndEvidence() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["attendees", "推进会", "--date", "03-14", "--place", "嘉兴", "--graph", graph, "--json"])
            #expect(r.status == 0)
            let events = try #require(try json(r.stdout)["events"] as? [[String: Any]])
            #expect(events.count == 1)
            let event = try #require(events.first)
            #expect(event["name"] as? String == "桐乡市优化营商环境推进会")
            #expect(event["date"] as? String == "2023-03-14")
            #expect(event["place"] as? String == "桐乡市")
            let attendees = try #require(event["attendees"] as? [[String: Any]])
            #expect(attendees.compactMap { $0["name"] as? String } == ["周立新", "邵文斌", "韩若松"])
            for a in attendees {
                #expect(a["role"] is String)
                expectEvidenceShape(a["evidence"])
            }
            let shao = try #require(attendees.first { $0["name"] as? String == "邵文斌" })
            #expect(shao["role"] as? String == "attended,spoke")
            let offices = try #require(shao["offices"] as? [[String: Any]])
            #expect(offices.compactMap { $0["resolvedTitle"] as? String } == ["桐乡市委书记"])
        }
    }

    @Test func attendeesWithNoMatchAnswersEmptyAndSucceeds() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["attendees", "运动会", "--graph", graph])
            #expect(r.status == 0)
            #expect(r.stdout == "No events match.\n")
            let j = try cli.run(["attendees", "运动会", "--graph", graph, "--json"])
            #expect((try json(j.stdout)["events"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func eventsListsAPersonsEventsInDateOrder() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["events", "周立新", "--graph", graph])
            #expect(r.status == 0)
            let order = ["2023-03-14", "2023-09-20", "2023-09-21", "XXXX-12-09"].map { r.stdout.range(of: $0)?.lowerBound }
            #expect(order.allSatisfy { $0 != nil })
            #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
            let j = try json(try cli.run(["events", "周立新", "--graph", graph, "--json"]).stdout)
            let events = try #require(j["events"] as? [[String: Any]])
            #expect(events.count == 4)
            #expect(events.last?["date"] as? String == "XXXX-12-09")
        }
    }

    @Test func aSharedNameListsTheCandidatesOnStdoutAndExits1() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["titles", "王建国", "--graph", graph])
            #expect(r.status == 1)
            #expect(r.stdout.contains("person:王建国@南湖区") && r.stdout.contains("person:王建国@海宁市"))
            #expect(r.stdout.contains("南湖区人民医院院长"))
            #expect(r.stderrLines.count == 1)
            #expect(r.stderr.contains("2 candidates"))
            let j = try cli.run(["events", "王建国", "--graph", graph, "--json"])
            #expect(j.status == 1)
            #expect((try json(j.stdout)["candidates"] as? [Any])?.count == 2)
            let picked = try cli.run(["titles", "person:王建国@海宁市", "--graph", graph])
            #expect(picked.status == 0)
            #expect(picked.stdout.contains("硖石街道党工委书记"))
        }
    }

    @Test func anUnknownPersonFailsWithOneLineOnStderr() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["events", "欧阳无名", "--graph", graph])
            #expect(r.status == 1)
            #expect(r.stdout.isEmpty)
            #expect(r.stderrLines == ["no person matches '欧阳无名'"])
        }
    }

    @Test func usageErrorsExit2() throws {
        try withCLI { cli, graph in
            for args in [
                ["titles", "韩若松", "--bogus", "--graph", graph],
                ["titles", "--graph", graph],
                ["events", "--graph", graph],
                ["holders", "--graph", graph],
                ["attendees", "--graph", graph],
                ["attendees", "推进会", "--date", "13-45", "--graph", graph],
                ["audit", "--since", "yesterday", "--graph", graph],
                ["people", "--graph", graph, "--office"],
                ["stats", "extra", "--graph", graph],
            ] {
                let r = try cli.run(args)
                #expect(r.status == 2, "\(args)")
                #expect(r.stdout.isEmpty, "\(args)")
                #expect(r.stderr.hasPrefix("usage error:"), "\(args)")
            }
        }
    }

    @Test func aMissingOrCorruptGraphFailsWithOneLineNamingTheFile() throws {
        try withCLI { cli, _ in
            let missing = try cli.run(["stats", "--graph", "nowhere.graph.json"])
            #expect(missing.status == 1)
            #expect(missing.stdout.isEmpty)
            #expect(missing.stderrLines.count == 1)
            #expect(missing.stderr.hasPrefix("nowhere.graph.json: error:"))
            let bad = try cli.write("{\"nodes\": [1, 2", as: "bad.graph.json")
            let corrupt = try cli.run(["titles", "韩若松", "--graph", bad])
            #expect(corrupt.status == 1)
            #expect(corrupt.stderr.contains("bad.graph.json"))
        }
    }

    @Test func theDefaultGraphIsReadFromTheCurrentDirectory() throws {
        try withCLI { cli, _ in
            try cli.save(TongxiangFixture.graph, as: "newsgraph.graph.json")
            let r = try cli.run(["holders", "桐乡市市长"])
            #expect(r.status == 0)
            let han = try #require(r.stdout.range(of: "韩若松"))
            let zhou = try #require(r.stdout.range(of: "周立新"))
            #expect(han.lowerBound < zhou.lowerBound)
        }
    }

    @Test func peopleAnswersWhoIsOrWasADeputyMayorOfAPlace() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["people", "--office", "副市长", "--place", "桐乡", "--graph", graph, "--json"])
            #expect(r.status == 0)
            let people = try #require(try json(r.stdout)["people"] as? [[String: Any]])
            #expect(people.compactMap { $0["name"] as? String } == ["周立新", "韩若松"])
            for p in people {
                let titles = try #require(p["titles"] as? [[String: Any]])
                #expect(titles.compactMap { $0["resolvedTitle"] as? String } == ["桐乡市副市长"])
            }
        }
    }

    @Test func auditReportsEachKindWithItsEvidence() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["audit", "--graph", graph, "--json"])
            #expect(r.status == 0)
            let answer = try json(r.stdout)
            let counts = try #require(answer["counts"] as? [String: Int])
            #expect(counts["conflict"] == 1)
            #expect(counts["former-contradicted"] == 1)
            #expect(counts["disagreement"] == 1)
            #expect(counts["homonym"] == 1)
            #expect((counts["title-change"] ?? 0) >= 1)
            let findings = try #require(answer["findings"] as? [[String: Any]])
            for f in findings { expectEvidenceShape(f["evidence"]) }
            let human = try cli.run(["audit", "--graph", graph, "--since", "2023-09"])
            #expect(human.status == 0)
            #expect(human.stdout.contains("[former-contradicted] 2023-11-02"))
            #expect(!human.stdout.contains("[conflict]"))
        }
    }

    @Test func statsCountsByTypeAsTableAndJSON() throws {
        try withCLI { cli, graph in
            let r = try cli.run(["stats", "--graph", graph, "--json"])
            #expect(r.status == 0)
            let s = try json(r.stdout)
            #expect((s["nodes"] as? [String: Int])?["Person"] == 6)
            #expect(s["earliest"] as? String == "2023-03-14")
            let table = try cli.run(["stats", "--graph", graph])
            #expect(table.stdout.contains("Person"))
            #expect(table.stdout.contains("2023-11-05"))
        }
    }

    @Test func everyQueryCommandHasHelpWithExamples() throws {
        try withCLI { cli, _ in
            for command in ["attendees", "events", "people", "titles", "holders", "audit", "stats"] {
                let r = try cli.run(["help", command])
                #expect(r.status == 0, "\(command)")
                #expect(r.stdout.contains("Usage: newsgraph \(command)"), "\(command)")
                #expect(r.stdout.contains("Examples:\n  newsgraph \(command)"), "\(command)")
                #expect(r.stdout.contains("--json"), "\(command)")
            }
        }
    }
}
