import Foundation
import Testing

/// `newsgraph articles` run as a subprocess, the way a user runs it.
@Suite struct ArticlesCommandTests {
    /// The built `newsgraph` executable next to the test bundle.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("newsgraph")
    }

    func run(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = Self.executable
        p.arguments = args
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func printsAHeaderPerArticleThenItsText() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path))
        let seed = TextFixtures.seed("000")
        let r = try run(["articles", seed, "--date", "2024-12-10"])
        #expect(r.code == 0)
        let headers = r.out.split(separator: "\n").filter { $0.hasPrefix("== ") }
        #expect(headers.count == 4)
        #expect(headers[1].contains("\(seed)#2 | 携香越千年，甬城新篇话酒缘"))
        #expect(headers[1].contains("武子祺 (writer), 任梦雅 (writer)"))
        #expect(headers[1].contains("date 2024-12-10"))
        #expect(headers[1].contains("bytes 4683..<"))
        #expect(r.out.contains("汾阳市委书记李正奎在观摩现场指出"))
    }

    @Test func jsonOutputIsOneObjectPerArticleWithDatesAndAuthors() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path))
        let r = try run(["articles", "--json", "--city", "吕梁市", TextFixtures.seed("003")])
        #expect(r.code == 0)
        let objects = try r.out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 6)
        #expect(objects[0]["headline"] as? String == "刘晋萍出席全市社会消费品零售额完成情况约谈会")
        #expect(objects[0]["city"] as? String == "吕梁市")
        let dates = try #require(objects[0]["dates"] as? [[String: Any]])
        #expect(dates.first?["date"] as? String == "XXXX-12-03")
        let authors = try #require(objects[0]["authors"] as? [[String: Any]])
        #expect(authors.first?["role"] as? String == "reporter")
    }

    @Test func aBadFileGetsOneStderrLineWhileTheOthersGoOnAndExitIsOne() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path))
        let bad = try TextFixtures.temp(Array("本报讯 汾阳".utf8) + [0xE9, 0x41])
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let r = try run(["articles", bad, TextFixtures.seed("004")])
        #expect(r.code == 1)
        #expect(r.err == "\(bad): error: invalid utf-8 at byte 16\n")
        #expect(r.out.split(separator: "\n").filter { $0.hasPrefix("== ") }.count == 2)
        let usage = try run(["articles", "--encoding", "ebcdic", TextFixtures.seed("004")])
        #expect(usage.code == 2)
    }
}
