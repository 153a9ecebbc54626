import Testing

@testable import NewsGraph

/// The multi-pattern matcher must report every occurrence of every pattern, overlaps included.
struct PatternMatcherTests {
    /// Brute force: every pattern at every byte offset.
    private func naive(_ patterns: [String], _ text: String) -> [[Int]] {
        let t = Array(text.utf8)
        var out: [[Int]] = []
        for (p, s) in patterns.enumerated() {
            let b = Array(s.utf8)
            guard b.count <= t.count else { continue }
            for i in 0...(t.count - b.count) where Array(t[i..<(i + b.count)]) == b { out.append([p, i, i + b.count]) }
        }
        return out.sorted { $0.lexicographicallyPrecedes($1) }
    }

    private func found(_ m: PatternMatcher, _ text: String) -> [[Int]] {
        m.matches(in: text).map { [Int($0.pattern), Int($0.start), Int($0.end)] }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func findsEveryOverlappingOfficeAndBodyWord() {
        let patterns = ["市长", "副市长", "常务副市长", "长", "市委", "市委常委", "常委", "委员会", "委员", "员", "湖州", "湖州市"]
        let m = PatternMatcher(patterns: patterns.map { Array($0.utf8) })
        let text = "浙江省湖州市委常委、常务副市长张三在市委员会议上讲话，市长和副市长出席"
        let got = found(m, text)
        #expect(got == naive(patterns, text))
        // 常务副市长 holds 副市长, 市长 and 长: all four end at the same byte.
        let ends = got.filter { [1, 2, 0, 3].contains($0[0]) }.map { $0[2] }
        #expect(Set(ends).count < ends.count)
    }

    @Test func agreesWithBruteForceOnMixedScriptText() {
        let patterns = ["a", "ab", "bab", "b", "中", "中国", "国人", "人民", "中国人民银行", "银", "ABC中"]
        let m = PatternMatcher(patterns: patterns.map { Array($0.utf8) })
        let text = "ababab 中国人民银行 ABC中国人 bab中中国国人民"
        #expect(found(m, text) == naive(patterns, text))
    }

    @Test func reportsNothingWhenNoPatternOccurs() {
        let m = PatternMatcher(patterns: ["书记", "市长"].map { Array($0.utf8) })
        #expect(m.matches(in: "今天天气很好，群众十分满意。").isEmpty)
    }
}

/// The per-article index answers "longest word starting/ending here" correctly.
struct TagDocumentIndexTests {
    @Test func theLongestMatchEndingAtAPositionIsTheLongestWord() {
        let doc = TagDocument(text: "各社区负责人关于社区党建", lexicon: TagTestSupport.tagger.lexicon)
        let end = "各社区负责人关于".utf8.count
        let m = doc.longest(TypeBits.boundary, endingAt: end)
        #expect(m.map(doc.surface) == "关于")
        let start = "各社区".utf8.count
        #expect(doc.longest(TypeBits.personRole, startingAt: start).map(doc.surface) == "负责人")
    }
}

/// The literal type masks agree with the lexicon types' order.
struct TypeBitsTests {
    @Test func everyLiteralMaskIsTheBitOfItsType() {
        let pairs: [(UInt32, LexiconType)] = [
            (TypeBits.surname, .surname), (TypeBits.fullDivision, .division), (TypeBits.placeSuffix, .placeSuffix),
            (TypeBits.placeRef, .placeRef), (TypeBits.notPlace, .notPlace), (TypeBits.office, .office),
            (TypeBits.orgSuffix, .orgSuffix), (TypeBits.orgAbbrev, .orgAbbrev), (TypeBits.eventNoun, .eventNoun),
            (TypeBits.eventRef, .eventRef), (TypeBits.announceVerb, .announceVerb), (TypeBits.attendVerb, .attendVerb),
            (TypeBits.boundary, .boundary), (TypeBits.notPerson, .notPerson), (TypeBits.personRole, .personRole),
            (TypeBits.former, .former), (TypeBits.notOrg, .notOrg), (TypeBits.relativeDate, .relativeDate),
        ]
        #expect(pairs.count == LexiconType.allCases.count)
        for (mask, type) in pairs { #expect(mask == CompiledLexicon.bit(type), "\(type)") }
        #expect(TypeBits.shortDivision == CompiledLexicon.shortDivisionBit)
    }

    @Test func everyTypeOrdinalIsItsPositionInAllCases() {
        for (i, t) in LexiconType.allCases.enumerated() { #expect(t.ordinal == i, "\(t)") }
    }
}
