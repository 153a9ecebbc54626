import Foundation
import Testing

@testable import NewsGraph

@Suite struct CSVWriterTests {
    func table(_ body: (CSVWriter, ExportOutput) throws -> Void) throws -> [[String]] {
        let bytes = try ExportTestSupport.render { try body(CSVWriter(), $0) }
        return ExportTestSupport.parseCSV(String(decoding: bytes, as: UTF8.self))
    }

    /// Undoes the formula defence: one leading `'` is always one the writer added.
    func unguard(_ cell: String) -> String { cell.hasPrefix("'") ? String(cell.dropFirst()) : cell }

    @Test func writesTheHeadersGephiAndNeo4jExpect() throws {
        let g = ExportTestGraphs.small()
        let nodes = try table { try $0.writeGephiNodes(g, to: $1) }
        #expect(Array(nodes[0].prefix(3)) == ["Id", "Label", "type"])
        let edges = try table { try $0.writeGephiEdges(g, to: $1) }
        #expect(Array(edges[0].prefix(7)) == ["Source", "Target", "Type", "Id", "Label", "Weight", "relation"])
        #expect(Set(edges.dropFirst().map { $0[2] }) == ["Directed"])
        let n4 = try table { try $0.writeNeo4jNodes(g, to: $1) }
        #expect(Array(n4[0].prefix(3)) == ["id:ID", ":LABEL", "name"])
        let e4 = try table { try $0.writeNeo4jEdges(g, to: $1) }
        #expect(Array(e4[0].prefix(3)) == [":START_ID", ":END_ID", ":TYPE"])
        #expect(e4.dropFirst().map { $0[2] }.contains("PART_OF"))
        #expect(nodes.count == g.nodes.count + 1 && n4.count == g.nodes.count + 1)
        #expect(edges.count == g.edges.count + 1 && e4.count == g.edges.count + 1)
        // Every row as long as its header.
        for t in [nodes, edges, n4, e4] { #expect(t.allSatisfy { $0.count == t[0].count }) }
    }

    @Test func namesNeo4jRelationshipTypesInUpperSnakeCase() {
        #expect(CSVWriter.neo4jType(.partOf) == "PART_OF")
        #expect(CSVWriter.neo4jType(.organizedBy) == "ORGANIZED_BY")
        #expect(CSVWriter.neo4jType(.holds) == "HOLDS")
    }

    @Test func defusesFormulasAndQuotesPerRFC4180() {
        #expect(CSVText.text("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVText.text("+1") == "'+1")
        #expect(CSVText.text("-1") == "'-1")
        #expect(CSVText.text("@x") == "'@x")
        #expect(CSVText.text("\tx") == "'\tx")
        #expect(CSVText.text("\rx") == "\"'\rx\"")
        #expect(CSVText.text("'x") == "''x")
        #expect(CSVText.text("a,b") == "\"a,b\"")
        #expect(CSVText.text("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.text("汾阳市") == "汾阳市")
    }

    @Test func hostileNamesSurviveAReparse() throws {
        let g = ExportTestGraphs.hostile()
        for writeNodes in [true, false] {
            let rows = try table { w, out in
                if writeNodes { try w.writeGephiNodes(g, to: out) } else { try w.writeNeo4jNodes(g, to: out) }
            }
            #expect(rows.count == g.nodes.count + 1)
            let labelColumn = writeNodes ? 1 : 2
            for n in g.nodes {
                let row = try #require(rows.first { unguard($0[0]) == XMLText.clean(n.id) }, "\(n.id.debugDescription)")
                #expect(unguard(row[labelColumn]) == XMLText.clean(n.label))
            }
        }
        let edges = try table { try $0.writeGephiEdges(g, to: $1) }
        let ids = Set(try table { try $0.writeGephiNodes(g, to: $1) }.dropFirst().map { $0[0] })
        for row in edges.dropFirst() {
            #expect(ids.contains(row[0]) && ids.contains(row[1]))
        }
    }
}
