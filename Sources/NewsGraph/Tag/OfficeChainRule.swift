/// The `office-chain` rule: office links split at 、 (or 兼), followed by a name.
///
/// `湖州市委副书记、市长张三丰` gives one person with two links. A link's
/// prefix reaches left to the nearest punctuation or boundary word (at most
/// twenty characters) and is trimmed to its first jurisdiction token, so
/// `推介会上，宜昌市人民政府副市长梁志远` keeps `宜昌市人民政府`. A chain not
/// followed by a name (`副市长出席`) claims nothing. Names joined to the
/// chain's name by 、/和 (`副市长张三、李四`) are people too (`name-list`); they
/// share a one-link chain whose office has several holders (副市长), nothing else.
struct OfficeChainRule {
    let doc: TagDocument
    let names: NameReader
    /// Places found in the article: a prefix is trimmed to the first of them.
    var places: [PlaceFinding] = []
    /// Organisations found in the article: a prefix reaches back over a stop word inside one
    /// (`河南省文化和旅游厅二级巡视员`: 和 is part of the body's name).
    let organizations: [OrganizationFinding]
    /// The indices in `organizations` of those ending at each offset, in order: every link looks up the
    /// body ending at its office word, and scanning all of them for each link made long articles quadratic.
    private let organizationsEndingAt: [Int: [Int]]

    static let maxPrefixScalars = 20

    init(doc: TagDocument, names: NameReader, places: [PlaceFinding] = [], organizations: [OrganizationFinding] = []) {
        self.doc = doc
        self.names = names
        self.places = places
        self.organizations = organizations
        var ending: [Int: [Int]] = [:]
        for (i, o) in organizations.enumerated() { ending[o.range.upperBound, default: []].append(i) }
        organizationsEndingAt = ending
    }

    func find() -> [PersonFinding] {
        let offices = officeMatches()
        var out: [PersonFinding] = []
        var consumed = 0
        var k = 0
        while k < offices.count {
            let o = offices[k]
            guard Int(o.start) >= consumed else {
                k += 1
                continue
            }
            let sentence = doc.sentence(containing: Int(o.start))
            var floor = max(sentence.lowerBound, consumed)
            // Right after a name, 和/与/及 joins people (`钱伟和县人民法院院长…`), even where it could start a place (和县).
            if floor == consumed, floor < Int(o.start), [0x548C, 0x4E0E, 0x53CA].contains(doc.scalar(at: floor)) {
                floor += doc.scalarLength(at: floor)
            }
            var links = [link(o, floor: floor)]
            var end = Int(o.end)
            var j = k
            while j + 1 < offices.count {
                let sep = doc.scalar(at: end)
                guard sep == UTF8Scan.dunhao || sep == 0x517C else { break }  // 、 兼
                let after = end + doc.scalarLength(at: end)
                let next = offices[j + 1]
                guard Int(next.start) >= after, Int(next.end) <= sentence.upperBound else { break }
                let l = link(next, floor: after)
                guard l.range.lowerBound == after else { break }
                links.append(l)
                end = Int(next.end)
                j += 1
            }
            k = j + 1
            guard
                let name = names.name(at: end, limit: sentence.upperBound)
                    ?? names.unlistedSurnameName(at: end, limit: sentence.upperBound)
            else { continue }
            out.append(
                PersonFinding(name: name, rule: "office-chain", links: links, phrase: links[0].range.lowerBound..<name.upperBound)
            )
            consumed = name.upperBound
            // Names listed after the chain's name.
            var at = name.upperBound
            while at < sentence.upperBound {
                let s = doc.scalar(at: at)
                var next = at
                if s == UTF8Scan.dunhao {
                    next = at + 3
                } else if let joiner = doc.longest(TypeBits.boundary, startingAt: at),
                    ["和", "与", "及"].contains(doc.surface(joiner))
                {
                    next = Int(joiner.end)
                } else {
                    break
                }
                guard let listed = names.name(at: next, limit: sentence.upperBound),
                    !doc.starts(TypeBits.office, at: listed.upperBound)
                else { break }
                // The listed name must end the list or continue it, not start a new chain. After a
                // one-link chain of an office with several holders (`副市长伍佳、秦朗`) the listed people
                // hold it too; a single-holder office (市委书记) or a longer chain is not shared.
                let shared = links.count == 1 && !isSingleHolder(links[0]) ? links : []
                out.append(
                    PersonFinding(
                        name: listed, rule: "name-list", links: shared, phrase: listed))
                consumed = listed.upperBound
                at = listed.upperBound
            }
        }
        return out
    }

    /// The link's office word has one holder per body (`single=1`: 市长, 书记).
    private func isSingleHolder(_ l: ChainLink) -> Bool {
        doc.lexicon.has(CompiledLexicon.Flag.singleOffice, pattern: l.officePattern)
    }

    /// The longest office word at each position, dropping those inside a longer one (市长 in 副市长).
    func officeWords() -> [PatternMatcher.Match] { officeMatches() }

    private func officeMatches() -> [PatternMatcher.Match] {
        var out: [PatternMatcher.Match] = []
        for m in doc.matches where doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.office != 0 {
            // Inside or overlapping the previous office word (市长 in 副市长; 委员 after 常委 in 常委员):
            // the earlier, longer word stands.
            if let last = out.last, m.start < last.end { continue }
            if insideBody(m) { continue }
            out.append(m)
        }
        return out
    }

    /// An office word inside a body's name that runs past it (常委 in 人大常委会, 委员 in 委员会) is no office.
    private func insideBody(_ m: PatternMatcher.Match) -> Bool {
        var p = Int(m.start)
        for _ in 0..<8 {
            for b in doc.matches(startingAt: p)
            where doc.lexicon.typeMask[Int(b.pattern)] & (TypeBits.orgSuffix | TypeBits.orgAbbrev) != 0 && b.end > m.end {
                return true
            }
            guard p > 0 else { break }
            p = doc.previous(p)
        }
        return false
    }

    /// The link ending at office `o`; its prefix starts no earlier than `floor`.
    func link(_ o: PatternMatcher.Match, floor: Int) -> ChainLink {
        let os = Int(o.start)
        var i = os
        var count = 0
        while i > floor && count < Self.maxPrefixScalars {
            if doc.endsStop(at: i) && !insideLonger(i) { break }
            let p = doc.previous(i)
            guard doc.isIdeograph(at: p) else { break }
            i = p
            count += 1
        }
        if let k = organizationsEndingAt[os]?.first(where: {
            organizations[$0].range.lowerBound < i && organizations[$0].range.lowerBound >= floor
        }) {
            i = organizations[k].range.lowerBound
        }
        // Trim to the first jurisdiction token, skipping any lead-in (`会议邀请汾阳市…`).
        var start = i
        var q = i
        while q < os {
            if doc.starts(TypeBits.placeRef | TypeBits.orgAbbrev, at: q) || places.place(startingAt: q) != nil {
                break
            }
            q += doc.scalarLength(at: q)
        }
        // A short form one character into the prefix is part of a longer name (丹霞山: 霞山), no lead-in.
        if q < os, !(q - i == doc.scalarLength(at: i) && places.place(startingAt: q)?.rule == "division-short") {
            start = q
        }
        // 原 right before the office word, or opening the link.
        var former: Range<Int>?
        if let f = doc.longest(TypeBits.former, endingAt: os), Int(f.start) >= start,
            !doc.ends(TypeBits.division | TypeBits.placeSuffix, at: os)
        {
            former = Int(f.start)..<os
        } else if let f = doc.longest(TypeBits.former, startingAt: start), Int(f.end) <= os,
            doc.longest(TypeBits.division, startingAt: start) == nil
        {
            former = Int(f.start)..<Int(f.end)
        }
        var prefixStart = start
        if let f = former, f.lowerBound == start { prefixStart = f.upperBound }
        let prefixEnd = (former.map { $0.upperBound == os } ?? false) ? former!.lowerBound : os
        return ChainLink(
            range: start..<Int(o.end), prefix: prefixStart..<max(prefixStart, prefixEnd),
            office: os..<Int(o.end), officePattern: Int(o.pattern), former: former)
    }

    /// True when a longer place or organisation word spans position `i` (共和国 holds 和).
    private func insideLonger(_ i: Int) -> Bool {
        var j = i
        var steps = 0
        while j > 0 && steps < 6 {
            j = doc.previous(j)
            steps += 1
            for m in doc.matches(startingAt: j) where Int(m.end) > i {
                let mask = doc.lexicon.typeMask[Int(m.pattern)]
                if mask & (TypeBits.division | TypeBits.orgAbbrev | TypeBits.orgSuffix) != 0 { return true }
            }
        }
        return false
    }
}
