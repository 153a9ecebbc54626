/// A deterministic synthetic archive of local-government news pages, for benchmarks, tests and fuzzing.
///
/// Pages are generated lazily, in date order over several years, one at a time,
/// so an archive of a million articles streams to disk without being held in
/// memory. The same seed always gives the same pages, byte for byte.
///
/// Papers are prefecture-level cities and counties from the bundled gazetteer;
/// each has a population of officials (see `SyntheticPopulation`) who recur
/// across its articles and get promoted over time, plus reporters, and residents
/// met once. With the default `articlesPerPaper` an archive of N articles names
/// roughly N/5 distinct people.
public struct SyntheticArchive: Sequence, Sendable {
    /// What to generate.
    public struct Configuration: Sendable {
        public var seed: UInt64
        /// Total number of articles.
        public var articleCount: Int
        /// Articles per paper: sets how many papers (and so how many distinct people) there are.
        public var articlesPerPaper: Int
        /// First year of the timeline, and its length in years.
        public var startYear: Int
        public var years: Int
        /// Texts whose names must never be generated (e.g. real pages): any 2–4 character
        /// substring of them is refused as a name.
        public var reservedTexts: [String]
        /// Open each page with the text stage's front matter (`---`, date, city, province, paper, `---`),
        /// so `newsgraph` reads the issue metadata from the file itself.
        public var frontMatter: Bool

        public init(
            seed: UInt64 = 1, articleCount: Int, articlesPerPaper: Int = 1500, startYear: Int = 2019, years: Int = 6,
            reservedTexts: [String] = [], frontMatter: Bool = true
        ) {
            self.frontMatter = frontMatter
            self.seed = seed
            self.articleCount = articleCount
            self.articlesPerPaper = articlesPerPaper
            self.startYear = startYear
            self.years = years
            self.reservedTexts = reservedTexts
        }
    }

    public let configuration: Configuration
    private let names: SyntheticNameMaker
    private let papers: [[SyntheticJurisdiction]]
    private let calendar: SyntheticCalendar

    /// Prepares an archive from the bundled gazetteer.
    public init(_ configuration: Configuration) throws {
        precondition(configuration.articleCount >= 0 && configuration.articlesPerPaper > 0 && configuration.years > 0)
        self.configuration = configuration
        let gazetteer = try SyntheticGazetteer.bundled()
        names = SyntheticNameMaker(gazetteer: gazetteer, reservedTexts: configuration.reservedTexts)
        calendar = SyntheticCalendar(startYear: configuration.startYear)
        var rng = SplitMix64(seed: configuration.seed ^ 0x5EED_0F_9A9E5)
        let wanted = Swift.max(
            1, (configuration.articleCount + configuration.articlesPerPaper - 1) / configuration.articlesPerPaper)
        papers = Self.planPapers(count: wanted, gazetteer: gazetteer, rng: &rng)
    }

    /// Number of papers (cities and counties) the archive's pages come from.
    public var paperCount: Int { papers.count }

    public func makeIterator() -> Iterator {
        Iterator(archive: self)
    }

    /// Yields the pages one by one.
    public struct Iterator: IteratorProtocol {
        private let archive: SyntheticArchive
        private var rng: SplitMix64
        private var populations: [Int: SyntheticPopulation] = [:]
        private var done = 0
        private var pageNumber = 0

        init(archive: SyntheticArchive) {
            self.archive = archive
            rng = SplitMix64(seed: archive.configuration.seed)
        }

        public mutating func next() -> SyntheticPage? {
            let total = archive.configuration.articleCount
            guard done < total else { return nil }
            let count = Swift.min(rng.int(in: 3...5), total - done)
            let paper = rng.below(archive.papers.count)
            let span = archive.configuration.years * 365
            let day = Int((Int64(done) * Int64(span)) / Int64(Swift.max(total, 1)))
            var population =
                populations.removeValue(forKey: paper)
                ?? SyntheticPopulation(
                    paper: paper, jurisdictions: archive.papers[paper],
                    offices: SyntheticArchive.offices(for: archive.papers[paper], rng: &rng), rng: &rng, names: archive.names)
            population.advance(to: day, rng: &rng, names: archive.names)
            var drafts: [SyntheticDraft] = []
            var dates: [PartialDate] = []
            for _ in 0..<count {
                // An issue reports the last few days.
                let date = archive.calendar.date(Swift.max(0, day - rng.below(3)))
                var composer = SyntheticArticleComposer(
                    population: population, rng: rng.split(), names: archive.names, date: date)
                drafts.append(composer.compose())
                population = composer.population
                dates.append(date)
            }
            populations[paper] = population
            let section = rng.chance(0.3) ? rng.pick(SyntheticVocabulary.sections) : nil
            var renderer = SyntheticPageRenderer(rng: rng.split())
            var text = renderer.render(drafts, section: section)
            let issue = archive.calendar.date(day + 1)
            let own = archive.papers[paper][0]
            if archive.configuration.frontMatter {
                text =
                    "---\ndate: \(issue.edtf)\ncity: \(own.name)\nprovince: \(own.province)\npaper: \(own.short)日报\n---\n" + text
            }
            let path = "paper-\(Self.pad(paper, 4))/\(issue.year ?? 0)/\(issue.edtf)-\(Self.pad(pageNumber, 7)).txt"
            let articles = drafts.enumerated().map { i, d in
                SyntheticArticle(
                    id: "\(path)#\(i + 1)", headline: d.headline, subtitle: d.subtitle, paragraphs: d.paragraphs,
                    date: dates[i], people: d.people, events: d.events)
            }
            done += count
            pageNumber += 1
            return SyntheticPage(
                path: path, city: own.name, province: own.province, issueDate: issue, text: text, articles: articles)
        }

        private static func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: Swift.max(0, width - s.count)) + s
        }
    }

    /// Chooses the papers: prefecture-level cities first (shuffled), then counties of those cities.
    /// Each paper's world: its own jurisdiction, subordinate counties or townships, its province.
    private static func planPapers(count: Int, gazetteer: SyntheticGazetteer, rng: inout SplitMix64) -> [[SyntheticJurisdiction]]
    {
        var prefectures = gazetteer.prefectures
        for i in stride(from: prefectures.count - 1, to: 0, by: -1) { prefectures.swapAt(i, rng.below(i + 1)) }
        var out: [[SyntheticJurisdiction]] = []
        func township(_ county: String, _ province: String) -> SyntheticJurisdiction {
            var s = String.UnicodeScalarView()
            s.append(rng.pick(SyntheticVocabulary.placeCharacters))
            s.append(rng.pick(SyntheticVocabulary.placeCharacters))
            return SyntheticJurisdiction(
                name: String(s) + (rng.chance(0.8) ? "镇" : "乡"), level: .township, province: province, parent: county)
        }
        for p in prefectures where out.count < count {
            let province = gazetteer.provinceOf[p.name] ?? ""
            var world = [SyntheticJurisdiction(name: p.name, level: .prefecture, province: province, parent: province)]
            var counties = (gazetteer.counties[p.name] ?? []).filter { $0.kind != "district" }
            for i in stride(from: counties.count - 1, to: 0, by: -1) { counties.swapAt(i, rng.below(i + 1)) }
            for c in counties.prefix(5) {
                world.append(SyntheticJurisdiction(name: c.name, level: .county, province: province, parent: p.name))
                world.append(township(c.name, province))
            }
            world.append(SyntheticJurisdiction(name: province, level: .province, province: province, parent: nil))
            out.append(world)
        }
        // More papers than prefectures: county papers, county by county.
        outer: for p in prefectures {
            let province = gazetteer.provinceOf[p.name] ?? ""
            for c in gazetteer.counties[p.name] ?? [] where c.kind != "district" {
                guard out.count < count else { break outer }
                var world = [SyntheticJurisdiction(name: c.name, level: .county, province: province, parent: p.name)]
                for _ in 0..<4 { world.append(township(c.name, province)) }
                world.append(SyntheticJurisdiction(name: province, level: .province, province: province, parent: nil))
                out.append(world)
            }
        }
        return out
    }

    /// The offices of a paper's world.
    static func offices(for world: [SyntheticJurisdiction], rng: inout SplitMix64) -> [SyntheticOffice] {
        var out: [SyntheticOffice] = []
        for (i, j) in world.enumerated() {
            switch j.level {
            case .prefecture: out += SyntheticOffice.ladder(jurisdiction: i, level: .prefecture, departments: 12)
            case .county: out += SyntheticOffice.ladder(jurisdiction: i, level: .county, departments: i == 0 ? 8 : 0)
            case .township: out += SyntheticOffice.ladder(jurisdiction: i, level: .township, departments: 0)
            case .province:
                for _ in 0..<2 {
                    out += SyntheticOffice.provincial(
                        jurisdiction: i, department: rng.pick(SyntheticVocabulary.provincialDepartments))
                }
            }
        }
        return out
    }
}
