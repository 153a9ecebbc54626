import Foundation
import Testing

@testable import NewsGraph

/// The bundled lexicons are data with a contract: the manifest lists exactly the files, entries are
/// unique per (surface, type), every type and role is known, and a broken user folder is refused clearly.
struct LexiconValidationTests {
    private var dir: URL { LexiconLoader.bundledDirectory()! }

    @Test func manifestListsExactlyTheFilesInTheFolder() throws {
        let manifest = try String(contentsOf: dir.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        let listed = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t")[0]) }
        let present = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0 != "manifest.tsv" && !$0.hasPrefix(".") }
        #expect(Set(listed) == Set(present))
        #expect(listed.count == Set(listed).count)
        #expect(listed.contains("divisions.tsv") && listed.contains("surnames.tsv"))
    }

    @Test func bundledLexiconsLoadWithUniqueEntriesOfKnownTypes() throws {
        let (entries, removals) = try LexiconLoader.loadFolder(dir)
        #expect(removals.isEmpty)
        var keys: Set<LexiconLoader.Key> = []
        for e in entries { #expect(keys.insert(.init(surface: e.surface, type: e.type)).inserted, "duplicate \(e.surface)") }
        for t in LexiconType.allCases { #expect(entries.contains { $0.type == t }, "no entry of type \(t.rawValue)") }
    }

    @Test func everyAttendanceVerbNamesAKnownRoleAndEveryOfficeAttributeIsWellFormed() throws {
        let entries = try LexiconLoader.loadFolder(dir).entries
        for e in entries where e.type == .attendVerb {
            #expect(AttendanceRole(rawValue: e.attributes["role"] ?? "") != nil, "\(e.origin): bad role")
        }
        for e in entries where e.type == .office {
            if let level = e.attributes["level"] { #expect(["省", "市", "县", "区", "州"].contains(level), "\(e.origin)") }
            if let head = e.attributes["head"] { #expect(e.surface.hasPrefix(head) || e.surface.contains(head), "\(e.origin)") }
        }
        for e in entries where e.type == .division {
            #expect(["province", "prefecture", "county"].contains(e.attributes["level"] ?? ""), "\(e.origin)")
        }
    }

    @Test func everyLexiconLineHasAtMostThreeColumnsAndNoStraySpaces() throws {
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".tsv") {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for (i, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
                #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count <= 3, "\(file):\(i + 1)")
                #expect(!line.hasSuffix(" ") && !line.hasPrefix(" "), "\(file):\(i + 1)")
            }
        }
    }

    private func folder(_ files: [String: String]) throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: d.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return d
    }

    @Test func unknownTypeIsRefusedNamingTheFileAndLine() throws {
        let d = try folder(["manifest.tsv": "extra.tsv\toffice\n", "extra.tsv": "# c\n总干事\n督办\tboss\n"])
        defer { try? FileManager.default.removeItem(at: d) }
        #expect(
            throws: NewsGraphError.invalidLexicon(
                file: d.appendingPathComponent("extra.tsv").path, line: 3, reason: "unknown type 'boss'")
        ) {
            _ = try LexiconLoader.loadFolder(d)
        }
    }

    @Test func unlistedFileAndDuplicateEntryAreRefused() throws {
        let d1 = try folder(["manifest.tsv": "a.tsv\toffice\n", "a.tsv": "总干事\n", "b.tsv": "x\n"])
        defer { try? FileManager.default.removeItem(at: d1) }
        #expect(throws: NewsGraphError.self) { _ = try LexiconLoader.loadFolder(d1) }
        let d2 = try folder(["manifest.tsv": "a.tsv\toffice\n", "a.tsv": "总干事\n总干事\t\tsingle=1\n"])
        defer { try? FileManager.default.removeItem(at: d2) }
        #expect(throws: NewsGraphError.self) { _ = try LexiconLoader.loadFolder(d2) }
    }

    @Test func aUserFolderAddsOfficesAndRemovesEntries() throws {
        let d = try folder(["manifest.tsv": "mine.tsv\toffice\n", "mine.tsv": "总干事\t\tsingle=1\n!院长\toffice\n"])
        defer { try? FileManager.default.removeItem(at: d) }
        let tagger = try Tagger.standard(extraLexicons: d)
        let t = tagger.tag(TagTestSupport.article("12月1日，座谈会召开。县红十字会总干事蒋明远出席会议，县医院院长庞博主持。", city: "正定县"))
        #expect(t.offices.map(\.person) == ["蒋明远"])
        #expect(t.offices.first?.resolvedTitle == "正定县红十字会总干事")
    }
}
