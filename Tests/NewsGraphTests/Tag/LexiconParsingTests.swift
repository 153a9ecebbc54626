import Foundation
import Testing

@testable import NewsGraph

/// The lexicon loader splits on bytes for speed; it must split exactly as the `Character` and
/// Foundation operations it replaces, combining marks and odd spaces included.
struct LexiconParsingTests {
    static let samples = [
        "level=county;parent=北京市,长春市;code=110105,220104", ";;a;;b;", "a;\u{301}b;c", "e\u{301};x=\u{301}y",
        "key=va=lue;=bad;novalue", "", ";", "山西省", "a,,b,", "x,\u{20DD}y", "\u{301};a",
    ]

    @Test func fieldsSplitLikeCharacterSplitEvenAroundCombiningMarks() {
        for s in Self.samples {
            for sep: Unicode.Scalar in [";", ",", "="] {
                #expect(s.fields(separatedBy: sep) == s.split(separator: Character(sep)).map(String.init), "\(s)")
            }
        }
    }

    @Test func trimmingMatchesFoundationForTabsAndUnicodeSpaces() {
        let texts = ["\t东城区\t", "\u{3000}西城区\u{00A0}", " \u{2003}a b\u{2009} ", "\r\n", "\u{3000}", "plain", " \u{301}x"]
        for t in texts {
            #expect(LexiconLoader.trimmingWhitespaces(t) == t.trimmingCharacters(in: .whitespaces), "\(t.debugDescription)")
        }
    }

    @Test func attributePairsSplitAtTheFirstEqualsSign() {
        for s in Self.samples {
            let expected: [(String?, String?, String)] = s.split(separator: ";").filter { !$0.isEmpty }.map { pair in
                guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else { return (nil, nil, String(pair)) }
                return (String(pair[..<eq]), String(pair[pair.index(after: eq)...]), String(pair))
            }
            let got = LexiconLoader.attributePairs(s)
            #expect(got.count == expected.count, "\(s)")
            for (g, e) in zip(got, expected) {
                #expect(g.key == e.0 && g.value == e.1 && g.pair == e.2, "\(s)")
            }
        }
    }

    @Test func linesSplitLikeCharacterSplitWithAndWithoutCarriageReturns() {
        for text in ["a\nb\n\nc\n", "a\r\nb\nc", "\n", "", "东\n西"] {
            #expect(
                LexiconLoader.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
    }
}
