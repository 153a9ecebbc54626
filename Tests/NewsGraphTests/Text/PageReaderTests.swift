import Foundation
import Testing

@testable import NewsGraph

@Suite struct PageReaderTests {
    @Test func anEmptyFileHasNoArticlesAndNoError() throws {
        let path = try TextFixtures.temp([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PageReader().read(file: path).isEmpty)
        // Only blank lines and spaces: also nothing.
        #expect(try PageReader().read(bytes: Array(" \n\n　\n".utf8), file: "blank.txt").isEmpty)
    }

    @Test func aBinaryFileIsRefusedNamingTheFile() throws {
        let path = try TextFixtures.temp([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x01], ext: "pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: NewsGraphError.binary(file: path, byteOffset: 6)) { try PageReader().read(file: path) }
    }

    @Test func invalidUTF8IsReportedWithItsByteOffset() throws {
        // Latin-1 `é` (0xE9) followed by ASCII: neither UTF-8 nor GB18030.
        let bytes = Array("本报讯 汾阳".utf8) + [0xE9, 0x41]
        let error = NewsGraphError.undecodable(file: "x.txt", encoding: "utf-8", byteOffset: 16)
        #expect(throws: error) { try PageReader().read(bytes: bytes, file: "x.txt") }
        #expect(error.description == "x.txt: error: invalid utf-8 at byte 16")
    }

    @Test func aMissingFileIsUnreadable() {
        #expect(throws: NewsGraphError.unreadable(file: "/nonexistent/p.txt", reason: "no such file")) {
            try PageReader().read(file: "/nonexistent/p.txt")
        }
    }

    @Test func frontMatterGivesTheIssueDateAndCityAndOffsetsStayRaw() throws {
        let path = TextFixtures.fixture("gb18030-page.txt")
        let raw = TextFixtures.bytes(path)
        let articles = try PageReader().read(file: path)
        #expect(articles.count == 1)
        let a = try #require(articles.first)
        #expect(a.metadata.date?.edtf == "2024-12-10")
        #expect(a.metadata.city == "汾阳市")
        #expect(a.authors.map(\.name) == ["武子祺"])
        #expect(a.text.contains("12月9日，汾阳市组织开展城市基层党建工作现场观摩并召开推进会"))
        // Offsets count GB18030 bytes of the whole file, front matter included.
        #expect(OffsetCheck.problems(a, raw: raw, decode: OffsetCheck.gb).isEmpty)
        let header = "---\ndate: 2024-12-10\ncity: 汾阳市\npaper: 汾阳日报\n---\n".data(using: TextFixtures.gb18030)!.count
        #expect(a.rawSpan.start > header)
    }

    @Test func optionsOverrideTheFrontMatter() throws {
        let page = "---\ndate: 2024-12-10\ncity: 汾阳市\n---\n本报讯 12月9日，市委召开会议。\n"
        let meta = IssueMetadata(date: PartialDate(year: 2025, month: 1, day: 2), city: nil, province: "山西省")
        let a = try PageReader(options: ReadOptions(metadata: meta)).read(bytes: Array(page.utf8), file: "p.txt")
        #expect(a.count == 1)
        #expect(a[0].metadata == IssueMetadata(date: PartialDate(year: 2025, month: 1, day: 2), city: "汾阳市", province: "山西省"))
        #expect(a[0].text == "12月9日，市委召开会议。")
        let start = page.utf8.count - "12月9日，市委召开会议。\n".utf8.count
        #expect(a[0].offsets.rawSpan(cleanUTF8: 0..<2) == Span(start: start, end: start + 2))
    }

    @Test func aMalformedFrontMatterNamesTheLine() {
        let page = "---\ndate: 2024-12-10\nthis line has no colon\n---\n正文。"
        #expect(throws: NewsGraphError.malformed(file: "m.txt", line: 3, reason: "front matter line is not `key: value`")) {
            try PageReader().read(bytes: Array(page.utf8), file: "m.txt")
        }
        #expect(throws: NewsGraphError.self) {
            try PageReader().read(bytes: Array("---\ndate: 明天\n---\n正文。".utf8), file: "m.txt")
        }
    }

    @Test func aForcedEncodingIsUsedAndAnUnknownOneIsAUsageError() throws {
        let gb = [UInt8]("本报讯 汾阳市召开会议。".data(using: TextFixtures.gb18030)!)
        let a = try PageReader(options: ReadOptions(encoding: "gbk")).read(bytes: gb, file: "g.txt")
        #expect(a.map(\.text) == ["汾阳市召开会议。"])
        #expect(throws: NewsGraphError.self) {
            try PageReader(options: ReadOptions(encoding: "gbk")).read(bytes: Array("汾阳".utf8) + [0x80], file: "g.txt")
        }
        #expect(throws: NewsGraphError.usage("unknown encoding `ebcdic` (use utf-8, utf-16 or gb18030)")) {
            try PageReader(options: ReadOptions(encoding: "ebcdic")).read(bytes: gb, file: "g.txt")
        }
    }
}
