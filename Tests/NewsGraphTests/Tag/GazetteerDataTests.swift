import Foundation
import Testing

/// Checks the bundled factual lexicons (divisions.tsv, surnames.tsv) as data, with a
/// tiny parser of its own so that it does not depend on the tagger's loader.
@Suite("Gazetteer data files")
struct GazetteerDataTests {
    /// One parsed entry line.
    struct Entry {
        let line: Int
        let fields: [String]
        var surface: String { fields[0] }
        var type: String { fields.count > 1 ? fields[1] : "" }
        var attributes: [String: String] {
            guard fields.count > 2 else { return [:] }
            var result: [String: String] = [:]
            for pair in fields[2].split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                result[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
            }
            return result
        }
        func list(_ key: String) -> [String] {
            attributes[key].map { $0.split(separator: ",").map(String.init) } ?? []
        }
    }

    static let lexiconFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tag
        .deletingLastPathComponent()  // NewsGraphTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repo root
        .appendingPathComponent("Sources/NewsGraph/Resources/lexicons")

    static func load(_ name: String) throws -> [Entry] {
        let text = try String(contentsOf: lexiconFolder.appendingPathComponent(name), encoding: .utf8)
        var entries: [Entry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            entries.append(
                Entry(line: index + 1, fields: raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return entries
    }

    @Test("every line of both files has two or three tab fields and no (surface, type) repeats")
    func linesAreWellFormed() throws {
        for file in ["divisions.tsv", "surnames.tsv"] {
            let entries = try Self.load(file)
            var seen = Set<String>()
            for entry in entries {
                #expect((2...3).contains(entry.fields.count), "\(file):\(entry.line): \(entry.fields.count) fields")
                #expect(!entry.surface.isEmpty && !entry.surface.contains(" "), "\(file):\(entry.line): bad surface")
                #expect(
                    seen.insert(entry.surface + "\t" + entry.type).inserted, "\(file):\(entry.line): duplicate \(entry.surface)")
            }
        }
    }

    @Test("every division below province names existing parents of a higher level, one per code")
    func divisionParentsExist() throws {
        let entries = try Self.load("divisions.tsv")
        let rank = ["province": 0, "prefecture": 1, "county": 2]
        var levelOf: [String: Int] = [:]
        for entry in entries { levelOf[entry.surface] = rank[entry.attributes["level"] ?? ""] }
        for entry in entries {
            #expect(entry.type == "division", "line \(entry.line)")
            guard let level = levelOf[entry.surface] else {
                Issue.record("line \(entry.line): bad level")
                continue
            }
            let parents = entry.list("parent")
            if level == 0 {
                #expect(parents.isEmpty, "\(entry.surface): province with a parent")
                continue
            }
            #expect(parents.count == entry.list("code").count, "\(entry.surface): parent/code lists differ")
            for parent in parents {
                let parentLevel = levelOf[parent]
                #expect(parentLevel != nil, "\(entry.surface): unknown parent \(parent)")
                #expect((parentLevel ?? 9) < level, "\(entry.surface): parent \(parent) is not higher")
            }
        }
    }

    @Test("division codes are six digits and unique, short forms have at least two characters")
    func codesAndShortForms() throws {
        var codes = Set<String>()
        for entry in try Self.load("divisions.tsv") {
            let entryCodes = entry.list("code")
            #expect(!entryCodes.isEmpty, "\(entry.surface): no code")
            for code in entryCodes {
                #expect(code.utf8.count == 6 && code.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }, "\(entry.surface): code \(code)")
                #expect(codes.insert(code).inserted, "\(entry.surface): code \(code) repeats")
            }
            let shorts = entry.list("short")
            for short in shorts {
                #expect(short.unicodeScalars.count >= 2, "\(entry.surface): short \(short)")
                #expect(short != entry.surface, "\(entry.surface): short equals name")
            }
            for ambiguous in entry.list("ambiguous-short") {
                #expect(shorts.contains(ambiguous), "\(entry.surface): ambiguous \(ambiguous) is not a short form")
            }
        }
    }

    @Test("divisions known from the news sit under the right parents with the right short forms")
    func divisionSpotChecks() throws {
        var byName: [String: Entry] = [:]
        for entry in try Self.load("divisions.tsv") { byName[entry.surface] = entry }
        func parent(_ name: String) -> String? { byName[name]?.attributes["parent"] }
        #expect(parent("汾阳市") == "吕梁市")
        #expect(parent("孝义市") == "吕梁市")
        #expect(parent("兴县") == "吕梁市")
        #expect(parent("临县") == "吕梁市")
        #expect(parent("吕梁市") == "山西省")
        #expect(parent("祁县") == "晋中市")
        #expect(parent("海淀区") == "北京市")
        #expect(parent("仙桃市") == "湖北省")
        for city in ["宁波市", "绍兴市", "杭州市"] { #expect(parent(city) == "浙江省") }
        #expect(byName["祁县"]?.list("short") == [])
        #expect(byName["兴县"]?.list("short") == [])
        #expect(byName["汾阳市"]?.list("short") == ["汾阳"])
        #expect(byName["汾阳市"]?.attributes["kind"] == "city")
        #expect(byName["山西省"]?.list("short") == ["山西"])
        #expect(byName["内蒙古自治区"]?.list("short") == ["内蒙古"])
        #expect(byName["广西壮族自治区"]?.list("short") == ["广西"])
        #expect(byName["延边朝鲜族自治州"]?.list("short").first == "延边")
        #expect(byName["延边朝鲜族自治州"]?.attributes["kind"] == "autonomous-prefecture")
        #expect(byName["吉林市"]?.list("ambiguous-short") == ["吉林"])
        #expect(byName["吉林省"]?.list("ambiguous-short") == ["吉林"])
        #expect(byName["朝阳市"]?.list("ambiguous-short") == ["朝阳"])
        #expect(byName["朝阳区"]?.list("parent") == ["北京市", "长春市"])
        #expect(byName["海淀区"]?.attributes["ambiguous-short"] == nil)
    }

    @Test("the table counts 34 provincial, about 333 prefectural and about 2840 county-level divisions")
    func divisionCounts() throws {
        var counts: [String: Int] = [:]
        var municipalities: [String] = []
        for entry in try Self.load("divisions.tsv") {
            counts[entry.attributes["level"] ?? "", default: 0] += entry.list("code").count
            if entry.attributes["municipality"] == "1" { municipalities.append(entry.surface) }
        }
        #expect(counts["province"] == 34)
        #expect((330...340).contains(counts["prefecture"] ?? 0))
        #expect((2800...2900).contains(counts["county"] ?? 0))
        #expect(municipalities.sorted() == ["上海市", "北京市", "天津市", "重庆市"].sorted())
    }

    @Test("surnames cover the common single and compound surnames with frequency buckets")
    func surnames() throws {
        let entries = try Self.load("surnames.tsv")
        var byName: [String: Entry] = [:]
        var singles = 0
        var compounds = 0
        for entry in entries {
            byName[entry.surface] = entry
            #expect(entry.type == "surname", "line \(entry.line)")
            let length = entry.surface.unicodeScalars.count
            if entry.attributes["compound"] == "1" {
                compounds += 1
                #expect(length == 2, "\(entry.surface)")
            } else {
                singles += 1
                #expect(length == 1, "\(entry.surface)")
            }
            #expect(["1", "2", "3"].contains(entry.attributes["freq"] ?? ""), "\(entry.surface): freq")
        }
        #expect(singles >= 480)
        #expect(compounds >= 50)
        #expect(entries.filter { $0.attributes["freq"] == "1" }.count >= 95)
        for name in ["王", "李", "张", "闫", "雷", "侯"] { #expect(byName[name]?.attributes["freq"] == "1", "\(name)") }
        for name in [
            "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容",
            "长孙", "宇文", "令狐", "夏侯", "端木", "呼延", "南宫",
        ] {
            #expect(byName[name]?.attributes["compound"] == "1", "\(name)")
        }
        for word in ["于", "和", "将", "向", "原", "时", "高", "周"] {
            #expect(byName[word]?.attributes["ambiguous"] == "1", "\(word)")
        }
        #expect(byName["庞"] != nil)
    }
}
