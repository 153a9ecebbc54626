/// Writes one synthetic article of the genre from a paper's population on a given day.
///
/// Each article kind (meeting, inspection, signing …) lives in
/// `SyntheticArticleComposer+Kinds.swift`; this file holds the shared pieces:
/// office chains with names, dates, bylines and the stock sentences.
struct SyntheticArticleComposer {
    var population: SyntheticPopulation
    var rng: SplitMix64
    let names: SyntheticNameMaker
    /// The date the article reports.
    let date: PartialDate
    var draft = SyntheticDraft()

    /// The paper's own jurisdiction.
    var own: SyntheticJurisdiction { population.jurisdictions[0] }

    init(population: SyntheticPopulation, rng: SplitMix64, names: SyntheticNameMaker, date: PartialDate) {
        self.population = population
        self.rng = rng
        self.names = names
        self.date = date
    }

    /// Writes the article: picks a kind by the genre's mix, then its byline and photo.
    mutating func compose() -> SyntheticDraft {
        let r = rng.below(100)
        switch r {
        case 0..<30: meeting()
        case 30..<38: observation()
        case 38..<52: inspection()
        case 52..<60: signing()
        case 60..<66: sportsMeet()
        case 66..<74: training()
        case 74..<79: forum()
        case 79..<88: residentStory()
        case 88..<95: provincialVisit()
        default: associationMeeting()
        }
        // Real articles run to several paragraphs of stock prose around the news.
        for _ in 0..<rng.int(in: 1...3) where !draft.paragraphs.isEmpty {
            draft.paragraphs.insert(fillerParagraph(), at: Swift.max(1, draft.paragraphs.count - 1))
        }
        addByline()
        return draft
    }

    // MARK: people and their chains

    /// An office of the own jurisdiction within `ranks` (any office when none fits), not in `excluding`.
    mutating func ownOffice(_ ranks: ClosedRange<Int>, excluding: [Int] = []) -> Int {
        let pool = population.offices.indices.filter {
            population.offices[$0].jurisdiction == 0 && ranks.contains(population.offices[$0].rank) && !excluding.contains($0)
        }
        if !pool.isEmpty { return rng.pick(pool) }
        return rng.pick(population.offices.indices.filter { !excluding.contains($0) })
    }

    /// An office of another jurisdiction of the given level, if the paper's world has one.
    mutating func otherOffice(_ level: SyntheticJurisdiction.Level, topRanked: Bool = false) -> Int? {
        var pool = population.offices.indices.filter {
            population.offices[$0].jurisdiction != 0
                && population.jurisdictions[population.offices[$0].jurisdiction].level == level
        }
        if topRanked, let best = pool.map({ population.offices[$0].rank }).max() {
            pool = pool.filter { population.offices[$0].rank >= best - 1 }
        }
        return pool.isEmpty ? nil : rng.pick(pool)
    }

    /// `chain + name` for the holder of office `o`, recorded in the ground truth.
    mutating func official(_ o: Int) -> (text: String, person: SyntheticPopulation.Person) {
        let office = population.offices[o]
        let place = population.jurisdictions[office.jurisdiction]
        // The own city is often written locally (`市委常委、副市长`); other places always by name.
        let qualified: Bool
        switch place.level {
        case .prefecture, .county: qualified = office.jurisdiction != 0 || rng.chance(0.5)
        case .province: qualified = rng.chance(0.5)
        case .township: qualified = true
        }
        let chain = population.chains[o][qualified ? 1 : 0]
        let person = population.people[population.holder[o]]
        let kind: SyntheticPersonMention.Kind = place.level == .province ? .visitor : .official
        draft.mention(person, kind, offices: chain, jurisdiction: place.name)
        return (chain.joined(separator: "、") + person.name, person)
    }

    /// A new person met once (a resident, a winner, a business leader).
    mutating func newcomer(_ kind: SyntheticPersonMention.Kind, offices: [String] = []) -> SyntheticPopulation.Person {
        let p = population.newPerson(&rng, names)
        let person = population.people[p]
        draft.mention(person, kind, offices: offices)
        return person
    }

    // MARK: places

    /// A township of the paper's world and the county it lies in, as written.
    mutating func countyAndTown() -> (county: String, town: String) {
        let towns = population.jurisdictions.filter { $0.level == .township }
        guard !towns.isEmpty else { return (own.name, madeUpPlace("镇")) }
        let town = rng.pick(towns)
        return (town.parent ?? own.name, town.name)
    }

    /// A made-up place name with the given suffix (`柳泉村`, `金河社区`).
    mutating func madeUpPlace(_ suffix: String) -> String {
        var s = String.UnicodeScalarView()
        s.append(rng.pick(SyntheticVocabulary.placeCharacters))
        s.append(rng.pick(SyntheticVocabulary.placeCharacters))
        return String(s) + suffix
    }

    /// A made-up company of the paper's city.
    mutating func company() -> String {
        own.short + madeUpPlace("") + rng.pick(SyntheticVocabulary.industries) + rng.pick(SyntheticVocabulary.companySuffixes)
    }

    /// Where a ceremony or meeting is held.
    mutating func venue() -> String {
        switch rng.below(4) {
        case 0: return own.short + "市民之家"
        case 1: return own.name + "会议中心"
        case 2: return own.name + "体育中心"
        default: return countyAndTown().county
        }
    }

    // MARK: dates, numbers and stock sentences

    /// `12月9日`, sometimes with its year.
    mutating func dateText() -> String {
        let md = "\(date.month ?? 1)月\(date.day ?? 1)日"
        guard let y = date.year, rng.chance(0.3) else { return md }
        return "\(y)年" + md
    }

    /// A Chinese numeral for 1…99 (`第十二届`).
    static func chineseNumber(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return digits[n] }
        let tens = n / 10
        let ones = n % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }

    /// `要…，…` without the final stop.
    mutating func instruction() -> String {
        "要" + rng.pick(SyntheticVocabulary.actions) + rng.pick(SyntheticVocabulary.objects) + "，"
            + rng.pick(SyntheticVocabulary.purposes)
    }

    /// A sentence with figures, as every report has.
    mutating func statistic() -> String {
        let topic = rng.pick(SyntheticVocabulary.topics)
        switch rng.below(3) {
        case 0:
            return
                "今年以来，全\(own.unit)\(topic)工作取得明显成效，累计完成投资\(rng.int(in: 2...90)).\(rng.below(10))亿元，同比增长\(rng.int(in: 1...30)).\(rng.below(10))%。"
        case 1:
            return "截至\(rng.int(in: 1...12))月底，全\(own.unit)共实施项目\(rng.int(in: 10...400))个，惠及群众\(rng.int(in: 1000...90000))人。"
        default:
            return "据了解，该项目总投资\(rng.int(in: 1...60))亿元，占地\(rng.int(in: 50...3000))亩，建成后预计年产值\(rng.int(in: 2...80))亿元。"
        }
    }

    /// A paragraph of two to four stock sentences.
    mutating func fillerParagraph() -> String {
        var p = ""
        for _ in 0..<rng.int(in: 2...4) {
            if rng.chance(0.35) { p += statistic() } else { p += instruction() + "。" }
        }
        return p
    }

    // MARK: bylines and photos

    /// Adds a byline in one of the genre's forms, and sometimes a photo credit.
    mutating func addByline() {
        let reporter = population.people[rng.pick(population.reporters)]
        let colleague = population.people[rng.pick(population.reporters.filter { population.people[$0].id != reporter.id })]
        let correspondent = population.people[rng.pick(population.correspondents)]
        guard !draft.paragraphs.isEmpty else { return }
        let r = rng.below(100)
        switch r {
        case 0..<45:
            let two = rng.chance(0.5)
            draft.paragraphs[0] = "本报讯（记者 \(reporter.name)\(two ? " " + colleague.name : "")）" + draft.paragraphs[0]
            draft.mention(reporter, .reporter)
            if two { draft.mention(colleague, .reporter) }
        case 45..<60:
            draft.paragraphs[0] = "本报讯（记者 \(reporter.name) 通讯员 \(correspondent.name)）" + draft.paragraphs[0]
            draft.mention(reporter, .reporter)
            draft.mention(correspondent, .correspondent)
        case 60..<80:
            draft.paragraphs[0] = "本报讯 " + draft.paragraphs[0]
            draft.paragraphs[draft.paragraphs.count - 1] += "（\(reporter.name) \(correspondent.name)）"
            draft.mention(reporter, .reporter)
            draft.mention(correspondent, .correspondent)
        case 80..<90:
            draft.bylineLine = "□ 本报记者 \(reporter.name)"
            draft.mention(reporter, .reporter)
        default:
            draft.paragraphs[0] = "本报讯 " + draft.paragraphs[0]
        }
        if rng.chance(0.15) {
            draft.photo = (rng.pick(SyntheticVocabulary.captions), "\(reporter.name) 摄")
            draft.mention(reporter, .photographer)
        }
    }
}
