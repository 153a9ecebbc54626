import Foundation
import Testing

@testable import NewsGraph

/// The seed gold files: they parse, agree with themselves, and agree with the pages they describe.
@Suite struct GoldStandardTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func goldFolder() throws -> URL {
        try #require(Bundle.module.url(forResource: "gold", withExtension: nil, subdirectory: "Fixtures"))
    }

    static func golds() throws -> [GoldFile] { try GoldStandard.loadAll(path: goldFolder().path) }

    /// The raw page with every whitespace removed: names cut across lines and spaced out come back together.
    static func joinedPage(_ file: String) throws -> String {
        let raw = try String(contentsOf: repoRoot.appendingPathComponent("seeds/\(file)"), encoding: .utf8)
        return ValueKey.fold(raw)
    }

    @Test func everySeedHasOneGoldFileNamedAfterIt() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.repoRoot.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let golds = try Self.golds()
        #expect(!seeds.isEmpty)
        #expect(golds.map(\.gold.file) == seeds)
        for g in golds {
            #expect(URL(fileURLWithPath: g.path).deletingPathExtension().lastPathComponent + ".txt" == g.gold.file)
        }
    }

    @Test func goldFilesAreSelfConsistent() throws {
        for g in try Self.golds() {
            #expect(g.gold.problems() == [], "\(g.gold.file)")
            #expect(!g.gold.persons.isEmpty, "\(g.gold.file) lists no person")
        }
    }

    @Test func everyPersonTrapAndWrittenOfficeOccursOnItsPage() throws {
        for g in try Self.golds() {
            let page = try Self.joinedPage(g.gold.file)
            for name in g.gold.persons + g.gold.notPersons {
                #expect(page.contains(name), "\(g.gold.file): \(name) is not on the page")
            }
            for office in g.gold.personOffices {
                #expect(page.contains(ValueKey.fold(office.title)), "\(g.gold.file): \(office.title) is not on the page")
            }
            for a in g.gold.attendance where a.date?.day != nil {
                #expect(page.contains("\(a.date!.month!)月\(a.date!.day!)日"), "\(g.gold.file): no date for \(a.noun)")
            }
        }
    }

    @Test func findsTheMistakesAnAnnotatorMakes() {
        let gold = GoldStandard(
            file: "page.txt", city: "宁州市", persons: ["韩志成", "李大爷"],
            personOffices: [GoldOffice(person: "韩志成", title: "原副市长"), GoldOffice(person: "贺明", title: "市长")],
            resolvedOffices: [GoldResolvedOffice(person: "韩志成", title: "宁州市副市长")],
            events: [GoldEvent(date: PartialDate(month: 3, day: 2), noun: "座谈会", name: "座谈会")],
            attendance: [GoldAttendance(person: "韩志成", noun: "座谈会", date: PartialDate(month: 3, day: 3), role: .spoke)],
            notPersons: ["李大爷"])
        let problems = gold.problems()
        #expect(problems.contains("李大爷 is both in persons and in notPersons"))
        #expect(problems.contains("office holder 贺明 (市长) is not in persons"))
        #expect(problems.contains("贺明 has 1 offices as written but 0 resolved"))
        #expect(problems.contains("韩志成 has 1 titles with 原 but 0 former offices"))
        #expect(problems.contains("韩志成 attends 座谈会 on XXXX-03-03, which is not in events"))
    }

    @Test func tellsTheFormerMarkFromPlaceNamesWithYuan() {
        #expect(GoldStandard.marksFormer("杭州市人民政府原副市长"))
        #expect(GoldStandard.marksFormer("原副市长"))
        #expect(!GoldStandard.marksFormer("太原市委书记"))
        #expect(!GoldStandard.marksFormer("原平市市长"))
        #expect(GoldStandard.marksFormer("原平遥县县长"))
    }

    @Test func rejectsMalformedRowsNamingTheFileAndThePlace() {
        let badRole = Data(#"{"file":"p.txt","city":"宁州市","attendance":[["贺明","会议","XXXX-03-02","cheered"]]}"#.utf8)
        #expect(throws: NewsGraphError.self) { try GoldStandard.decode(badRole, file: "bad.json") }
        do {
            _ = try GoldStandard.decode(Data(#"{"file":"p.txt","city":"x","personOffices":[["贺明"]]}"#.utf8), file: "bad.json")
            Issue.record("a one-element office row was accepted")
        } catch let e as NewsGraphError {
            #expect(e.code == "malformed")
            #expect(e.description.hasPrefix("bad.json: error: not a gold file: .personOffices[0]"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: NewsGraphError.self) {
            try GoldStandard.decode(Data(#"{"file":"p.txt","city":"x","events":[["12-09","会议","x"]]}"#.utf8), file: "bad.json")
        }
    }

    @Test func roundTripsThroughJSON() throws {
        for g in try Self.golds() {
            let data = try JSONEncoder().encode(g.gold)
            #expect(try GoldStandard.decode(data, file: g.path) == g.gold)
        }
    }

    @Test func missingFolderIsAClearError() {
        #expect(throws: NewsGraphError.unreadable(file: "/nonexistent/gold", reason: "no such file or folder")) {
            try GoldStandard.loadAll(path: "/nonexistent/gold")
        }
    }
}
