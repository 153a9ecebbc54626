import Testing

@testable import NewsGraph

@Suite struct XMLTextTests {
    @Test func removesCharactersXMLForbidsAndKeepsTabsAndLineBreaks() {
        #expect(XMLText.clean("a\u{0}b\u{1}c\u{1F}d\u{FFFE}e\u{FFFF}f") == "abcdef")
        #expect(XMLText.clean("a\tb\nc\rd") == "a\tb\nc\rd")
        #expect(XMLText.clean("汾阳市\u{7F}\u{85}") == "汾阳市\u{7F}\u{85}")
    }

    @Test func escapesMarkupQuotesAndWhitespaceThatAttributesWouldNormalise() {
        #expect(XMLText.escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
        #expect(XMLText.escape("x]]>y") == "x]]&gt;y")
        #expect(XMLText.escape("a\tb\nc\rd\u{1B}") == "a&#9;b&#10;c&#13;d")
        #expect(XMLText.escape("李明") == "李明")
    }

    @Test func reducesLabelsToTokens() {
        #expect(XMLText.token("  a \t b\n\nc  ") == "a b c")
        #expect(XMLText.token("\u{1}") == "")
    }

    @Test func encodesIdsAsDistinctNameTokens() {
        #expect(XMLText.nmtoken("person:李明@汾阳市") == "person:李明_40汾阳市")
        #expect(XMLText.nmtoken("a_b") == "a_5Fb")
        #expect(XMLText.nmtoken("a b") == "a_20b")
        #expect(XMLText.nmtoken("a_20b") != XMLText.nmtoken("a b"))
        #expect(XMLText.nmtoken("𠀀") == "_F0_A0_80_80")
    }
}
