import Foundation
import Testing

@testable import NewsGraph

@Suite struct LargeInputTests {
    @Test func aFiftyMegabyteSingleLineFileReadsAsOneArticleWithACompactMap() throws {
        let sentence = "汾 阳 市委书记李正奎在观摩现场指出，全市城市基层党建工作有思路、有措施。"
        let unit = Array(sentence.utf8)
        let count = 50_000_000 / unit.count + 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(unit.count * count)
        for _ in 0..<count { bytes.append(contentsOf: unit) }
        #expect(bytes.count >= 50_000_000)
        let path = try TextFixtures.temp(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let articles = try PageReader().read(file: path)
        #expect(articles.count == 1)
        let a = try #require(articles.first)
        let cleanSentence = "汾阳市委书记李正奎在观摩现场指出，全市城市基层党建工作有思路、有措施。"
        #expect(a.text.utf8.count == cleanSentence.utf8.count * count)
        #expect(a.text.hasPrefix(cleanSentence + cleanSentence))
        // The map holds a few segments per sentence (one per removed space), not two Ints per byte.
        #expect(a.offsets.segmentCount <= 2 * count + 1)
        let last = a.text.utf8.count
        #expect(a.offsets.rawSpan(cleanUTF8: (last - 3)..<last) == Span(start: bytes.count - 3, end: bytes.count))
        #expect(a.rawSpan == Span(start: 0, end: bytes.count))
    }
}
