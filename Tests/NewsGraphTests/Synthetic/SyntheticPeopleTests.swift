import Foundation
import NewsGraph
import Testing

@Suite("Synthetic archive: people")
struct SyntheticPeopleTests {
    @Test("Every generated name is a lexicon surname plus one or two given-name characters")
    func namesArePlausible() throws {
        let surnames = try SyntheticFixtures.surnames()
        let people = try SyntheticFixtures.pages(seed: 21, articles: 1_500).flatMap { $0.articles.flatMap(\.people) }
        #expect(!people.isEmpty)
        for p in people {
            let s = Array(p.name.unicodeScalars)
            let single = surnames.contains(String(s[0])) && (2...3).contains(s.count)
            let compound =
                s.count >= 3 && surnames.contains(String(String.UnicodeScalarView(s[0..<2]))) && (3...4).contains(s.count)
            #expect(single || compound, "implausible name \(p.name)")
        }
    }

    @Test("No person of the seed pages is ever generated, nor appears in the text, when the seeds are reserved")
    func noSeedPeople() throws {
        let seedPeople = try SyntheticFixtures.seedPeople()
        #expect(seedPeople.count > 30)
        let pages = try SyntheticFixtures.pages(seed: 23, articles: 4_000, reserved: try SyntheticFixtures.seedTexts())
        let generated = Set(pages.flatMap { $0.articles.flatMap { $0.people.map(\.name) } })
        #expect(generated.isDisjoint(with: seedPeople))
        for page in pages {
            let text = SyntheticArchiveTests.squeezed(page.text)
            for name in seedPeople { #expect(!text.contains(name), "\(page.path) contains \(name)") }
        }
    }

    @Test("Names found in a reserved text are refused")
    func reservationWorks() throws {
        let free = try SyntheticFixtures.pages(seed: 25, articles: 300)
        let taken = Set(free.flatMap { $0.articles.flatMap { $0.people.map(\.name) } })
        #expect(taken.count > 50)
        let reserved = try SyntheticFixtures.pages(seed: 25, articles: 300, reserved: [taken.sorted().joined(separator: "，")])
        let again = Set(reserved.flatMap { $0.articles.flatMap { $0.people.map(\.name) } })
        #expect(again.isDisjoint(with: taken))
    }

    @Test("Officials recur across articles and some are promoted over the years")
    func officialsRecurAndClimb() throws {
        let pages = try SyntheticFixtures.pages(seed: 27, articles: 3_000)
        var articlesOf: [String: Int] = [:]
        var officesOf: [String: Set<String>] = [:]
        for page in pages {
            for a in page.articles {
                for p in a.people where p.kind == .official {
                    articlesOf[p.personID, default: 0] += 1
                    officesOf[p.personID, default: []].insert(Self.office(p))
                }
            }
        }
        #expect(articlesOf.values.filter { $0 >= 10 }.count >= 20)
        let promoted = officesOf.filter { $0.value.count > 1 }
        #expect(promoted.count >= 10)
    }

    @Test("An archive of N articles names roughly N/5 distinct people")
    func distinctPeople() throws {
        let n = 6_000
        let pages = try SyntheticFixtures.pages(seed: 29, articles: n)
        let ids = Set(pages.flatMap { $0.articles.flatMap { $0.people.map(\.personID) } })
        #expect(ids.count > n / 8 && ids.count < n / 3, "\(ids.count) distinct people")
    }

    @Test("Events carry a date, a noun from the genre and attendees named in the article")
    func eventsHaveAttendees() throws {
        let nouns: Set<String> = ["会议", "大会", "推进会", "约谈会", "座谈会", "调度会", "现场会", "签约仪式", "运动会", "培训班", "论坛"]
        for page in try SyntheticFixtures.pages(seed: 31, articles: 500) {
            for a in page.articles {
                for e in a.events {
                    #expect(nouns.contains(e.noun), "\(e.noun)")
                    #expect(e.name.hasSuffix(e.noun) || e.noun == "会议")
                    #expect(!e.attendees.isEmpty)
                    for who in e.attendees { #expect(a.text.contains(who.name)) }
                }
            }
        }
    }

    /// The office with the place written out or not (`汾阳市委书记` and `市委书记` are one office).
    static func office(_ p: SyntheticPersonMention) -> String {
        var s = p.offices.joined(separator: "、")
        if let j = p.jurisdiction {
            s = s.replacingOccurrences(of: j + "人民政府", with: "")
            s = s.replacingOccurrences(of: j, with: String(j.unicodeScalars.last.map(Character.init) ?? "市"))
        }
        return s
    }
}
