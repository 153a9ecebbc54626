import Foundation
import Testing

@testable import NewsGraph

/// The readers that judge every export: strict CSV, XML with no entities, JSON.
@Suite struct ExportValidationTests {
    @Test func csvParsesQuotedCommasQuotesAndLineBreaks() throws {
        let csv = "id,label\r\n1,\"王某, 市长\"\n2,\"说“好”\"\"引号\"\"\"\n3,\"两\n行\"\n"
        let records = try CSVParser.parse(Array(csv.utf8))
        #expect(records == [["id", "label"], ["1", "王某, 市长"], ["2", "说“好”\"引号\""], ["3", "两\n行"]])
    }

    @Test func csvWithAStrayQuoteOrAnOpenQuoteIsRefused() {
        #expect(throws: CSVParser.SyntaxError.self) { try CSVParser.parse(Array("a,b\n1,x\"y\n".utf8)) }
        #expect(throws: CSVParser.SyntaxError.self) { try CSVParser.parse(Array("a,b\n1,\"open\n".utf8)) }
        #expect(throws: CSVParser.SyntaxError.self) { try CSVParser.parse(Array("a,b\n1,\"x\"y\n".utf8)) }
    }

    @Test func cellsASpreadsheetWouldRunAreFlaggedAndNumbersAreNot() {
        for cell in ["=1+1", "+cmd", "@SUM(A1)", "-x", "\t=1", "=HYPERLINK(\"x\")"] {
            #expect(CSVParser.isFormulaTrigger(cell), "\(cell)")
        }
        for cell in ["-12", "-0.5", "'=1+1", "王某", "", "12月9日"] {
            #expect(!CSVParser.isFormulaTrigger(cell), "\(cell)")
        }
        #expect(throws: OutputValidator.Invalid.self) {
            try OutputValidator.validate(Data("name\n=cmd|' /C calc'!A0\n".utf8), as: .csv)
        }
        #expect(throws: OutputValidator.Invalid.self) { try OutputValidator.validate(Data("a,b\n1\n".utf8), as: .csv) }
    }

    @Test func xmlWithAControlCharacterOrAnEntityDeclarationIsRefused() throws {
        try OutputValidator.validate(Data("<g><n label=\"&lt;王&amp;&quot;\"/></g>".utf8), as: .xml)
        #expect(throws: OutputValidator.Invalid.self) {
            try OutputValidator.validate(Data("<g><n label=\"a\u{1}b\"/></g>".utf8), as: .xml)
        }
        #expect(throws: OutputValidator.Invalid.self) {
            try OutputValidator.validate(Data("<g><n label=\"a<b\"/></g>".utf8), as: .xml)
        }
        #expect(throws: OutputValidator.Invalid.self) {
            try OutputValidator.validate(Data("<!DOCTYPE g [<!ENTITY e \"x\">]><g>&e;</g>".utf8), as: .xml)
        }
    }

    @Test func jsonThatDoesNotParseIsRefused() throws {
        try OutputValidator.validate(Data("{\"a\":\"\\u0001<&>\"}".utf8), as: .json)
        #expect(throws: OutputValidator.Invalid.self) { try OutputValidator.validate(Data("{\"a\":\"x\u{1}\"}".utf8), as: .json) }
        #expect(throws: OutputValidator.Invalid.self) { try OutputValidator.validate(Data("{\"a\":1,}".utf8), as: .json) }
    }

    @Test func strictXMLCatchesWhatTheLinuxXMLParserLetsThrough() throws {
        // XMLParser on Linux returns true for these; the strict checker must not.
        for bad in ["<g>", "<g><n/>", "<g>&nbsp;</g>", "<g a=\"1\" a=\"2\"/>", "<g>&#1;</g>", "<g>x</h>", "<g/><g/>", "text<g/>"]
        {
            #expect(throws: XMLWellFormedness.Violation.self, "\(bad)") { try XMLWellFormedness.check(Array(bad.utf8)) }
        }
        try XMLWellFormedness.check(
            Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c --><g x='&#x4E2D;&amp;'><![CDATA[<&>]]>王</g>\n".utf8))
    }

    @Test func strictXMLAndJSONSurviveAHundredThousandLevelsOfNesting() throws {
        let depth = 100_000
        try XMLWellFormedness.check(
            Array((String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)).utf8))
        try JSONWellFormedness.check(Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8))
        #expect(throws: JSONWellFormedness.Violation.self) {
            try JSONWellFormedness.check(Array(String(repeating: "[", count: depth).utf8))
        }
    }

    @Test func strictJSONAcceptsRFC8259AndRefusesItsNearMisses() throws {
        try JSONWellFormedness.check(Array(" {\"a\": [1, -0.5e+3, true, false, null, \"\\u4e2d\\n王\"], \"b\": {}} ".utf8))
        for bad in ["{\"a\":1,}", "[01]", "{a:1}", "[1 2]", "\"\u{1}\"", "[\"\\x\"]", "{\"a\":1}}", "", "nul"] {
            #expect(throws: JSONWellFormedness.Violation.self, "\(bad)") { try JSONWellFormedness.check(Array(bad.utf8)) }
        }
    }
}
