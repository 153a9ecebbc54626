import Foundation
import Testing

@testable import NewsGraph

@Suite struct AuditorTests {
    let findings: [AuditFinding]

    init() throws {
        findings = try Auditor(graph: TongxiangFixture.graph).audit()
    }

    private func of(_ kind: AuditFinding.Kind) -> [AuditFinding] { findings.filter { $0.kind == kind } }

    @Test func aPromotionFromDeputyMayorToMayorIsATitleChange() throws {
        let promotion = try #require(of(.titleChange).first { $0.people.map(\.name) == ["周立新"] && $0.offices.last == "桐乡市市长" })
        #expect(promotion.offices == ["桐乡市副市长", "桐乡市市长"])
        #expect(promotion.date?.edtf == "2023-09-20")
        #expect(promotion.summary.contains("桐乡市副市长 (last seen 2023-03-14) → 桐乡市市长 (first seen 2023-09-20)"))
        #expect(Set(promotion.evidence.map(\.article)) == [TongxiangFixture.a.id, TongxiangFixture.c.id])
        #expect(promotion.evidence.map(\.sentence).contains("副市长周立新通报了一季度工作情况。"))
    }

    @Test func anOfficeStillSeenLaterIsNotChanged() {
        // 韩若松 is 市长 before and after the 政协 post appears: no change away from 市长.
        let han = of(.titleChange).filter { $0.people.map(\.name) == ["韩若松"] }
        #expect(han.allSatisfy { !$0.offices.dropLast().contains("桐乡市市长") })
        #expect(han.map { $0.offices.last } == ["嘉兴市政协副主席"])
    }

    @Test func twoPeopleInOneSingleHolderOfficeOnOneDateAreAConflict() throws {
        let conflicts = of(.conflict)
        #expect(conflicts.count == 1)
        let c = try #require(conflicts.first)
        #expect(c.offices == ["桐乡市委书记"])
        #expect(c.date?.edtf == "2023-03-14")
        #expect(c.people.map(\.name) == ["邵文斌", "钱卫东"])
        #expect(Set(c.evidence.map(\.article)) == [TongxiangFixture.a.id, TongxiangFixture.b.id])
        // Two 副市长 on that day (周立新, 韩若松) are no conflict: deputies are many.
        #expect(!conflicts.contains { $0.offices.contains("桐乡市副市长") })
    }

    @Test func aFormerOfficeSeenAsCurrentLaterIsFlagged() throws {
        let former = try #require(of(.formerOffice).first)
        #expect(of(.formerOffice).count == 1)
        #expect(former.people.map(\.name) == ["韩若松"])
        #expect(former.offices == ["桐乡市市长"])
        #expect(former.evidence.map(\.sentence) == ["桐乡市人民政府原市长、嘉兴市政协副主席韩若松出席签约仪式。"])
        let contradicted = try #require(of(.formerContradicted).first)
        #expect(contradicted.date?.edtf == "2023-11-02")
        #expect(contradicted.summary == "韩若松: 桐乡市市长 former on 2023-09-20 but current on 2023-11-02")
        #expect(contradicted.evidence.map(\.article) == [TongxiangFixture.e.id, TongxiangFixture.c.id])
    }

    @Test func articlesDisagreeingOnOnePersonsOfficeOnOneDateAreFlagged() throws {
        let d = try #require(of(.disagreement).first)
        #expect(of(.disagreement).count == 1)
        #expect(d.people.map(\.name) == ["韩若松"])
        #expect(d.date?.edtf == "2023-03-14")
        #expect(d.offices == ["桐乡市副市长", "桐乡市市长"])
        #expect(Set(d.evidence.map(\.article)) == [TongxiangFixture.a.id, TongxiangFixture.b.id])
    }

    @Test func namesakesKeptApartAreReportedWithWhatTellsThemApart() throws {
        let h = try #require(of(.homonym).first)
        #expect(h.people.map(\.id) == ["person:王建国@南湖区", "person:王建国@海宁市"])
        #expect(h.summary.contains("南湖区人民医院院长") && h.summary.contains("硖石街道党工委书记"))
        #expect(h.evidence.count == 2)
    }

    @Test func aPeriodKeepsOnlySightingsWithinIt() throws {
        let autumn = try Auditor(graph: TongxiangFixture.graph).audit(since: PartialDate(year: 2023, month: 9))
        #expect(!autumn.contains { $0.kind == .conflict || $0.kind == .disagreement })
        #expect(autumn.contains { $0.kind == .formerContradicted })
        let spring = try Auditor(graph: TongxiangFixture.graph).audit(until: PartialDate(year: 2023, month: 6, day: 30))
        #expect(spring.contains { $0.kind == .conflict })
        #expect(!spring.contains { $0.kind == .formerOffice || $0.kind == .titleChange || $0.kind == .homonym })
    }

    @Test func findingsAreSortedAndTheSameOnEveryRun() throws {
        #expect(findings == findings.sorted())
        #expect(findings == (try Auditor(graph: TongxiangFixture.graph).audit()))
        #expect(findings.map(\.kind) == findings.map(\.kind).sorted())
        let data = try JSONEncoder().encode(findings)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let first = try #require(json.first)
        #expect(Set(first.keys) == ["kind", "date", "people", "offices", "summary", "evidence"])
        let ev = try #require((first["evidence"] as? [[String: Any]])?.first)
        #expect(Set(["file", "article", "start", "end", "sentence"]).isSubset(of: Set(ev.keys)))
    }

    @Test func theOfficeLexiconSaysWhichOfficesHaveOneHolder() throws {
        let rule = try SingleHolderRule.bundled()
        for role in ["书记", "市长", "县长", "主席", "院长", "检察长", "常务副市长"] {
            #expect(rule.isSingleHolder(role: role, resolvedTitle: "汾水市" + role), "\(role)")
        }
        for role in ["副书记", "副市长", "常委", "委员", "三级调研员", "副主席"] {
            #expect(!rule.isSingleHolder(role: role, resolvedTitle: "汾水市" + role), "\(role)")
        }
        // Without a role the title's ending decides, and a deputy is not the head.
        #expect(rule.isSingleHolder(role: nil, resolvedTitle: "汾水市市长"))
        #expect(!rule.isSingleHolder(role: nil, resolvedTitle: "汾水市副市长"))
        #expect(rule.family(resolvedTitle: "汾水市副市长", role: "副市长") == "汾水市|市长")
        #expect(rule.family(resolvedTitle: "汾水市市长", role: nil) == "汾水市|市长")
        #expect(rule.family(resolvedTitle: "汾水市委副书记", role: nil) == "汾水市委|书记")
        #expect(rule.family(resolvedTitle: "汾水市委常委", role: nil) == nil)
    }

    @Test func aRuleWithoutAnOfficeFindsNoConflictInIt() {
        let rule = SingleHolderRule(roles: ["市长"])
        let findings = Auditor(graph: TongxiangFixture.graph, singleHolder: rule).audit()
        #expect(!findings.contains { $0.kind == .conflict })
    }

    @Test func homonymEvidencePrefersSentencesAtDistinctPlaces() {
        let bare = Evidence(file: "p.txt", article: "p.txt#1", span: Span(start: 4, end: 13), sentence: "", rule: "byline")
        var told = bare
        told.sentence = "（记者 程一帆）"
        let other = Evidence(file: "p.txt", article: "p.txt#2", span: Span(start: 40, end: 49), sentence: "", rule: "byline")
        let picked = Auditor.telling([bare, other, told], limit: 3)
        #expect(picked == [told, other])
        #expect(Auditor.telling([bare, other, told], limit: 1) == [told])
    }
}
