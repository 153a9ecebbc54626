import Foundation
import Testing

@testable import NewsGraph

/// `Evidence` is stored compactly (shared origin, 32-bit offsets) but must behave exactly as the
/// plain struct of six fields it was: these tests hold it to that struct, field for field.
@Suite struct EvidenceEquivalenceTests {
    /// The struct `Evidence` was, with the compiler's own `==`, `hash(into:)` and Codable.
    struct PlainEvidence: Hashable, Codable {
        var file: String
        var article: String
        var start: Int
        var end: Int
        var sentence: String
        var rule: String

        init(_ e: Evidence) {
            (file, article, start, end, sentence, rule) = (e.file, e.article, e.start, e.end, e.sentence, e.rule)
        }

        /// The tuple order the old `<` was defined by.
        static func < (l: PlainEvidence, r: PlainEvidence) -> Bool {
            (l.file, l.article, l.start, l.end, l.rule, l.sentence) < (r.file, r.article, r.start, r.end, r.rule, r.sentence)
        }
    }

    /// Every piece of evidence the tagger gives for the seed pages.
    static let seedEvidence: [Evidence] = {
        guard let pipeline = try? Pipeline.standard() else { return [] }
        var out: [Evidence] = []
        for file in SeedGraphTests.seeds {
            for t in (try? pipeline.tag(file: file)) ?? [] {
                out += t.mentions.map(\.evidence) + t.offices.map(\.evidence) + t.events.map(\.evidence)
                out += t.attendances.map(\.evidence)
            }
        }
        return out
    }()

    /// Strings that look alike: canonically equivalent pairs (composed and decomposed Latin and Hangul,
    /// a compatibility ideograph and its unified form, the Ångström sign), prefixes, the empty string,
    /// a leading combining mark, characters outside the BMP.
    static let trickyStrings = [
        "", "a", "a.txt", "a.txt#1", "a.txt#10", "a.txt#2", "caf\u{E9}.txt", "cafe\u{301}.txt", "caf\u{E9}.txt#1",
        "cafe\u{301}.txt#1", "\u{D55C}국", "\u{1112}\u{1161}\u{11AB}국", "\u{F900}会议", "\u{8C48}会议", "\u{212B}",
        "\u{C5}", "A\u{30A}", "\u{301}开头", "汾阳市", "汾阳市委", "汾阳市委组织部", "汾阳/a.txt", "汾阳/a.txt#1",
        "𠀀字", "😀", "office-chain", "byline", "article", "孟飞同志出席会议并讲话。", "孟飞同志出席会议并讲话",
    ]

    /// Offsets at the edges of the 32-bit storage and beyond it, negative ones included.
    static let offsets = [
        0, 1, 7, 8, 1 << 20, Int(UInt32.max) - 1, Int(UInt32.max), Int(UInt32.max) + 1, 1 << 40, -1, Int.max, Int.min,
    ]

    /// Evidence with fields drawn from the tricky strings and offsets, set one by one (so reversed
    /// and negative ranges are possible), some of it sharing one origin.
    static let trickyEvidence: [Evidence] = {
        var rng = SplitMix64(seed: 7)
        func pick<T>(_ a: [T]) -> T { a[rng.below(a.count)] }
        var out: [Evidence] = []
        let shared = EvidenceOrigin(file: "a.txt", article: "a.txt#1")
        var rules = EvidenceRuleTable()
        for i in 0..<400 {
            var e =
                i % 3 == 0
                ? Evidence(origin: shared, span: Span(start: 0, end: 0), sentence: "", rule: rules.rule(pick(trickyStrings)))
                : Evidence(file: "", article: "", span: Span(start: 0, end: 0), sentence: "", rule: "")
            if i % 3 != 0 {
                e.file = pick(trickyStrings)
                e.article = pick(trickyStrings)
            }
            e.start = i % 2 == 0 ? pick(offsets) : rng.below(12)
            e.end = i % 2 == 0 ? pick(offsets) : rng.below(12)
            e.sentence = pick(trickyStrings)
            if i % 3 != 0 { e.rule = pick(trickyStrings) }
            out.append(e)
        }
        return out
    }()

    @Test func evidenceTakesAtMost40BytesInline() {
        #expect(MemoryLayout<Evidence>.size <= 40)
        #expect(MemoryLayout<Evidence>.stride <= 40)
    }

    @Test func everyFieldReadsBackWhatWasSetIncludingOffsetsBeyond32Bits() {
        var e = Evidence(file: "a.txt", article: "a.txt#1", span: Span(start: 3, end: 9), sentence: "甲。", rule: "r")
        for start in Self.offsets {
            for end in Self.offsets {
                e.start = start
                e.end = end
                #expect(e.start == start && e.end == end)
                #expect(e.file == "a.txt" && e.article == "a.txt#1" && e.sentence == "甲。" && e.rule == "r")
            }
        }
        e.file = "b.txt"
        e.article = "b.txt#2"
        #expect(e.start == Int.min && e.end == Int.min, "a wide offset survives a new origin")
        e.start = 5
        e.end = 6
        #expect(
            PlainEvidence(e)
                == PlainEvidence(
                    Evidence(file: "b.txt", article: "b.txt#2", span: Span(start: 5, end: 6), sentence: "甲。", rule: "r")))
    }

    @Test func changingACopySharingAnOriginLeavesTheOthersAlone() {
        let origin = EvidenceOrigin(file: "汾阳/a.txt", article: "汾阳/a.txt#1")
        let a = Evidence(origin: origin, span: Span(start: 1, end: 2), sentence: "甲。", rule: EvidenceRule("r"))
        var b = a
        var c = a
        b.file = "b.txt"
        b.rule = "other"
        c.start = 1 << 40
        #expect(a.file == "汾阳/a.txt" && a.article == "汾阳/a.txt#1" && a.start == 1)
        #expect(b.file == "b.txt" && b.article == "汾阳/a.txt#1" && b.rule == "other" && a.rule == "r")
        #expect(c.start == 1 << 40 && c.file == "汾阳/a.txt")
        #expect(a.origin === origin && b.origin !== origin && c.origin !== origin)
        // A wide offset keeps its own origin: sharing another would lose it.
        let shared = c.share(origin)
        #expect(!shared)
        #expect(c.start == 1 << 40)
    }

    /// `==`, `<` and hashing against the plain struct on every pair of `all`.
    func expectSameRelations(_ all: [Evidence]) {
        let plain = all.map(PlainEvidence.init)
        var mismatches: [String] = []
        for i in all.indices {
            for j in all.indices {
                let (a, b, pa, pb) = (all[i], all[j], plain[i], plain[j])
                if (a == b) != (pa == pb) || (a < b) != (pa < pb) || (a == b && a.hashValue != b.hashValue) {
                    mismatches.append("\(pa) vs \(pb)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(Set(all).count == Set(plain).count)
        #expect(all.sorted().map(PlainEvidence.init) == plain.sorted(by: <))
    }

    @Test func seedEvidenceComparesHashesAndSortsAsThePlainStruct() {
        let seeds = Self.seedEvidence
        #expect(seeds.count > 500)
        // Every 4th piece, pairwise (the seeds' articles, ranges and rules interleave), and all of it sorted.
        expectSameRelations(stride(from: 0, to: seeds.count, by: 4).map { seeds[$0] })
        #expect(seeds.sorted().map(PlainEvidence.init) == seeds.map(PlainEvidence.init).sorted(by: <))
        #expect(Set(seeds).count == Set(seeds.map(PlainEvidence.init)).count)
    }

    @Test func canonicallyEquivalentAndWideEvidenceComparesHashesAndSortsAsThePlainStruct() {
        expectSameRelations(Self.trickyEvidence + Array(Self.seedEvidence.prefix(60)))
    }

    @Test func jsonIsByteForByteThePlainStructs() throws {
        for formatting: JSONEncoder.OutputFormatting in [[.sortedKeys], [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = formatting
            let all = Self.trickyEvidence + Self.seedEvidence
            #expect(try encoder.encode(all) == encoder.encode(all.map(PlainEvidence.init)))
            let back = try JSONDecoder().decode([Evidence].self, from: encoder.encode(all.map(PlainEvidence.init)))
            #expect(back.map(PlainEvidence.init) == all.map(PlainEvidence.init))
        }
    }

    @Test func decodingFailsAsThePlainStructsDid() {
        let cases = [
            #"{"file":"a","article":"a#1","start":1,"end":2,"sentence":"s"}"#,
            #"{"file":"a","start":1,"end":2,"sentence":"s","rule":"r"}"#,
            #"{"file":"a","article":"a#1","start":"1","end":2,"sentence":"s","rule":"r"}"#,
            #"{"file":"a","article":"a#1","start":1.5,"end":2,"sentence":"s","rule":"r"}"#,
            #"{"file":null,"article":"a#1","start":1,"end":2,"sentence":"s","rule":"r"}"#,
        ]
        for json in cases {
            let data = Data(json.utf8)
            let plainError = String(describing: Result { try JSONDecoder().decode(PlainEvidence.self, from: data) })
            let error = String(describing: Result { try JSONDecoder().decode(Evidence.self, from: data) })
            #expect(error == plainError)
            #expect(error.contains("failure"))
        }
    }

    @Test func printingShowsTheSixFieldsAsThePlainStructDid() {
        for e in Self.trickyEvidence.prefix(20) + Self.seedEvidence.prefix(20) {
            let shown = String(describing: e)
            #expect(shown == String(describing: PlainEvidence(e)).replacingOccurrences(of: "PlainEvidence(", with: "Evidence("))
        }
    }

    @Test func sharingNeverSwapsANameForACanonicallyEquivalentOneWithOtherBytes() {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        var rules = EvidenceRuleTable()
        let a = rules.rule(composed)
        let b = rules.rule(decomposed)
        #expect(a !== b && rules.rule(composed) === a && rules.rule(EvidenceRule(decomposed)) === b)
        #expect(Array(a.name.utf8) == Array(composed.utf8) && Array(b.name.utf8) == Array(decomposed.utf8))
        var e = Evidence(
            origin: EvidenceOrigin(file: decomposed, article: decomposed + "#1"), span: Span(start: 1, end: 2), sentence: "",
            rule: b)
        let swappedOrigin = e.share(EvidenceOrigin(file: composed, article: composed + "#1"))
        let swappedRule = e.share(rule: a)
        #expect(!swappedOrigin && !swappedRule)
        #expect(Array(e.file.utf8) == Array(decomposed.utf8) && Array(e.rule.utf8) == Array(decomposed.utf8))
        // Still equal to its composed twin, as the plain struct was.
        #expect(
            e == Evidence(file: composed, article: composed + "#1", span: Span(start: 1, end: 2), sentence: "", rule: composed))
    }
}
