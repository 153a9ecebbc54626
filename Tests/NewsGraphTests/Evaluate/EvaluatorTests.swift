import Foundation
import Testing

@testable import NewsGraph

@Suite struct EvaluatorTests {
    typealias F = EvaluationFixtures

    @Test func countsPersonsFromMentionsAndBylinesOncePerPage() {
        let gold = GoldStandard(file: "page.txt", city: "吕梁市", persons: ["周文涛", "钱海燕", "罗丽"])
        let tagged = TaggedArticle(
            article: F.article(authors: ["罗丽"]),
            mentions: [
                F.mention(.person, "周文涛"), F.mention(.person, "周文涛"), F.mention(.person, "钱海燕"),
                F.mention(.person, "冯家庄"), F.mention(.place, "吕梁市"),
            ])
        let k = Evaluator().evaluate(gold: gold, articles: [tagged]).evaluation(of: .persons)!
        #expect(k.score == Score(truePositives: 3, falsePositives: 1, falseNegatives: 0))
        #expect(k.falsePositives == ["冯家庄"])
        #expect(k.falseNegatives.isEmpty)
        #expect(abs(k.score.precision - 0.75) < 1e-9)
        #expect(k.score.recall == 1)
    }

    @Test func comparesOfficesAsWrittenAndResolvedWithTheFormerFlag() {
        let gold = GoldStandard(
            file: "page.txt", city: "宁州市", persons: ["韩志成"],
            personOffices: [
                GoldOffice(person: "韩志成", title: "宁州市人民政府原副市长"), GoldOffice(person: "韩志成", title: "宁州市体育协会会长"),
            ],
            resolvedOffices: [
                GoldResolvedOffice(person: "韩志成", title: "宁州市人民政府副市长", former: true),
                GoldResolvedOffice(person: "韩志成", title: "宁州市体育协会会长"),
            ])
        let tagged = TaggedArticle(
            article: F.article(),
            offices: [
                // Right as written, but the former flag is lost when resolving.
                F.office("韩志成", "宁州市人民政府原副市长", resolved: "宁州市人民政府副市长", former: false),
                F.office("韩志成", "会长", resolved: "宁州市体育协会会长"),
            ])
        let page = Evaluator().evaluate(gold: gold, articles: [tagged])
        #expect(page.evaluation(of: .personOffices)!.score == Score(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(page.evaluation(of: .personOffices)!.falseNegatives == ["韩志成 | 宁州市体育协会会长"])
        let resolved = page.evaluation(of: .resolvedOffices)!
        #expect(resolved.score == Score(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(resolved.falseNegatives == ["韩志成 | 宁州市人民政府副市长 | former"])
    }

    @Test func foldsWidthAndSpacesBeforeComparingNames() {
        let gold = GoldStandard(file: "page.txt", city: "杭州市", organizations: ["浙瓯（杭州）商贸有限责任公司"], places: ["西河街道"])
        let tagged = TaggedArticle(
            article: F.article(),
            mentions: [F.mention(.organization, "浙瓯(杭州)商贸有限责任公司"), F.mention(.place, "西河 街道")])
        let page = Evaluator().evaluate(gold: gold, articles: [tagged])
        #expect(page.evaluation(of: .organizations)!.score == Score(truePositives: 1))
        #expect(page.evaluation(of: .places)!.score == Score(truePositives: 1))
    }

    @Test func countsOrganisationsNamedByOfficesToo() {
        let gold = GoldStandard(file: "page.txt", city: "临州市", organizations: ["临州市委", "临州市公安局"])
        let tagged = TaggedArticle(
            article: F.article(), mentions: [F.mention(.organization, "临州市公安局")],
            offices: [F.office("高建", "临州市委书记", resolved: "临州市委书记", organization: "临州市委")])
        let k = Evaluator().evaluate(gold: gold, articles: [tagged]).evaluation(of: .organizations)!
        #expect(k.score == Score(truePositives: 2))
    }

    @Test func matchesEventsOnMonthDayAndNounWhateverTheYear() {
        let gold = GoldStandard(
            file: "page.txt", city: "宁州市",
            events: [
                GoldEvent(date: F.date("XXXX-12-06"), noun: "推介会", name: "推介会"),
                GoldEvent(date: F.date("2024-12-09"), noun: "推进会", name: "推进会"),
                GoldEvent(date: nil, noun: "座谈会", name: "座谈会"),
            ])
        let tagged = TaggedArticle(
            article: F.article(),
            events: [
                F.event("E1", "2024-12-06", "推介会"),  // year known only to the system
                F.event("E2", "XXXX-12-09", "推进会"),  // year known only to the gold
                F.event("E3", nil, "座谈会"),
                F.event("E4", "XXXX-12-07", "推介会"),  // another day
                F.event("E5", "XXXX-12-06", "会议"),  // another noun
            ])
        let k = Evaluator().evaluate(gold: gold, articles: [tagged]).evaluation(of: .events)!
        #expect(k.score == Score(truePositives: 3, falsePositives: 2, falseNegatives: 0))
        #expect(k.falsePositives == ["12-06 | 会议", "12-07 | 推介会"])
    }

    @Test func readsAttendanceThroughTheEventKeyOfItsArticle() {
        let gold = GoldStandard(
            file: "page.txt", city: "宁州市", persons: ["贺明"],
            events: [GoldEvent(date: F.date("XXXX-03-02"), noun: "座谈会", name: "座谈会")],
            attendance: [
                GoldAttendance(person: "贺明", noun: "座谈会", date: F.date("XXXX-03-02"), role: .attended),
                GoldAttendance(person: "贺明", noun: "座谈会", date: F.date("XXXX-03-02"), role: .spoke),
            ])
        // Two articles both use the key E1 for different events: keys are article-local.
        let first = TaggedArticle(
            article: F.article(), events: [F.event("E1", "XXXX-03-02", "座谈会")],
            attendances: [F.attendance("贺明", "E1", .attended), F.attendance("贺明", "E1", .presided)])
        let second = TaggedArticle(
            article: F.article(), events: [F.event("E1", "XXXX-03-05", "会议")],
            attendances: [F.attendance("贺明", "E1", .spoke), F.attendance("贺明", "E9", .spoke)])
        let k = Evaluator().evaluate(gold: gold, articles: [first, second]).evaluation(of: .attendance)!
        #expect(k.score == Score(truePositives: 1, falsePositives: 3, falseNegatives: 1))
        #expect(k.falseNegatives == ["贺明 | 03-02 | 座谈会 | spoke"])
        #expect(k.falsePositives.contains("贺明 | 03-05 | 会议 | spoke"))
        #expect(k.falsePositives.contains("贺明 | no date | ?E9 | spoke"))
    }

    @Test func reportsTrapStringsTaggedAsPersons() {
        let gold = GoldStandard(file: "page.txt", city: "宁州市", persons: ["罗丽"], notPersons: ["李大爷", "司马断面"])
        let tagged = TaggedArticle(
            article: F.article(), mentions: [F.mention(.person, "李大爷"), F.mention(.place, "司马断面")])
        let page = Evaluator().evaluate(gold: gold, articles: [tagged])
        #expect(page.trapHits == ["李大爷"])
    }

    @Test func sumsPagesKindByKindAndNamesThePageOfEachError() {
        let a = GoldStandard(file: "a.txt", city: "宁州市", persons: ["周文涛", "钱海燕"])
        let b = GoldStandard(file: "b.txt", city: "宁州市", persons: ["罗丽"], places: ["宁州市"])
        let summary = Evaluator().evaluate([
            (gold: a, articles: [TaggedArticle(article: F.article(), mentions: [F.mention(.person, "周文涛")])]),
            (
                gold: b,
                articles: [TaggedArticle(article: F.article(), mentions: [F.mention(.person, "罗丽"), F.mention(.person, "宁州")])]
            ),
        ])
        #expect(summary.evaluation(of: .persons)!.score == Score(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(summary.evaluation(of: .persons)!.falseNegatives == ["a.txt: 钱海燕"])
        #expect(summary.evaluation(of: .places)!.score == Score(falseNegatives: 1))
        #expect(summary.overall == Score(truePositives: 2, falsePositives: 1, falseNegatives: 2))
        #expect(summary.pages.map(\.file) == ["a.txt", "b.txt"])
    }

    @Test func scoresEmptySidesSensibly() {
        #expect(Score().precision == 1 && Score().recall == 1 && Score().f1 == 1)
        let missedAll = Score(falseNegatives: 4)
        #expect(missedAll.precision == 1 && missedAll.recall == 0 && missedAll.f1 == 0)
        let s = Score(truePositives: 8, falsePositives: 2, falseNegatives: 8)
        #expect(abs(s.f1 - 2 * 0.8 * 0.5 / 1.3) < 1e-9)
    }

    @Test func writesScoresWithTheirRatiosForScripts() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(
            decoding: try encoder.encode(Score(truePositives: 2, falsePositives: 1, falseNegatives: 1)), as: UTF8.self)
        #expect(json == #"{"f1":0.6667,"fn":1,"fp":1,"precision":0.6667,"recall":0.6667,"tp":2}"#)
    }
}
