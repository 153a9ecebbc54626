import Testing

@testable import NewsGraph

/// The report renders the auditor's own findings: the same list `newsgraph audit` prints.
@Suite struct ReportAuditTests {
    static let graph = ReportFixture.standard().graph
    static let findings = Auditor(graph: graph, singleHolder: SingleHolderRule(roles: ["市长"])).audit()

    @Test func everyAuditorFindingIsOnThePageLinkedToItsPeopleAndOffices() throws {
        // 陈志远 was called 原副市长, and 赵丽华 went from 副市长 to 市长: the auditor sees both.
        #expect(Self.findings.contains { $0.kind == .formerOffice && $0.people.map(\.name) == ["陈志远"] })
        #expect(Self.findings.contains { $0.kind == .titleChange && $0.people.map(\.name) == ["赵丽华"] })
        let html = ReportWriter().render(Self.graph, findings: Self.findings.map(ReportFinding.init))
        let audit = try #require(ReportWriterTests.section("audit", in: html))
        let index = ReportIndex(Self.graph)
        #expect(audit.components(separatedBy: "<li class=\"finding ").count - 1 == Self.findings.count)
        for finding in Self.findings {
            #expect(audit.contains(HTMLText.escape(finding.summary)))
            for person in finding.people {
                #expect(audit.contains("<a href=\"#\(index.anchor(person.id))\">"))
            }
        }
        #expect(audit.contains("原任职务 former office"))
        #expect(audit.contains("<mark>原副市长</mark><mark>陈志远</mark>"))
    }
}
