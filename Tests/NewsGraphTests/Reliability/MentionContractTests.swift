import Foundation
import Testing

@testable import NewsGraph

/// `Mention.text` is "the text as it stands in the clean article": the probe checks it on every fuzz case.
@Suite struct MentionContractTests {
    @Test func everyMentionOfTheSeedPagesIsTheCleanTextAtItsRange() throws {
        let tagger = try Tagger.standard()
        var broken: [String] = []
        var checked = 0
        for path in ReliabilityFixtures.seedPaths {
            for article in try PageReader().read(file: path) {
                let text = Array(article.text.utf8)
                for m in tagger.tag(article).mentions where !m.cleanRange.isEmpty {
                    checked += 1
                    let slice = String(decoding: text[m.cleanRange], as: UTF8.self)
                    if slice != m.text { broken.append("\(m.kind) `\(m.text)` at `\(slice)`") }
                }
            }
        }
        #expect(checked > 100)
        let events = broken.filter { $0.hasPrefix("event ") }
        let others = broken.filter { !$0.hasPrefix("event ") }
        #expect(others.isEmpty, "\(others.prefix(3))")
        #expect(events.isEmpty, "\(events.prefix(3))")

    }
}
