/// Makes each link of an office chain explicit: `市委常委、副市长` in a 吕梁 paper → `吕梁市委常委`, `吕梁市副市长`.
///
/// A link's prefix is read left to right: a bare level character (市, 省, 县)
/// or a word like 我市 stands for the paper's place; division names and
/// suffix places descend the hierarchy (浙江省湖州市); what follows is the
/// organisation (人民政府, 公安厅, 旅游协会). A link with no prefix borrows
/// the previous link's organisation, or only its jurisdiction when the office
/// belongs to another body (市长 → 人民政府 after 市委副书记), or, first in its
/// chain, the body its lexicon entry names (副市长 → the paper city's 人民政府).
struct TitleResolver {
    let doc: TagDocument
    let paper: PaperPlace
    let places: [PlaceFinding]
    /// Organisations found in the article, to resolve a bare `公司` to the company named before.
    var organizations: [OrganizationFinding] = []

    private struct Context {
        var jurisdiction: String?
        var organization: String?
    }

    func resolve(_ links: [ChainLink]) -> [ResolvedOffice] {
        var carried: Context?
        var out: [ResolvedOffice] = []
        for l in links {
            let officeText = doc.text(l.office)
            let entry = doc.lexicon.entry(.office, pattern: l.officePattern)
            let bodyWord = entry?.attributes["org"]
            let levelChar = entry?.attributes["level"]?.unicodeScalars.first?.value
            let head = entry?.attributes["head"]
            let written = doc.text(l.range)
            var resolved = written
            var org: String?
            var jurisdiction: String?
            if l.prefix.isEmpty, let place = officePlace(l, carried: carried?.jurisdiction) {
                // `村委会主任`, `镇长`: an office named after its place belongs to the village or town
                // of the chain, or the one just named — never to the party branch before it.
                jurisdiction = place
                resolved = place + officeText
                org = bodyWord.map { place + $0 }
            } else if l.prefix.isEmpty {
                if let c = carried {
                    jurisdiction = c.jurisdiction
                    if let bodyWord, !(c.organization?.hasSuffix(bodyWord) ?? false) {
                        // 市长 after 市委副书记 belongs to the government of the same place, not to the 市委.
                        if let j = c.jurisdiction {
                            resolved = j + officeText
                            org = j + bodyWord
                        } else {
                            resolved = officeText
                        }
                    } else if let o = c.organization {
                        resolved = o + officeText
                        org = o
                    } else if let j = c.jurisdiction {
                        resolved = j + officeText
                    } else {
                        resolved = officeText
                    }
                } else if let bodyWord, let lc = levelChar, let j = paper.place(forLevel: lc) {
                    jurisdiction = j
                    resolved = j + officeText
                    org = j + bodyWord
                } else {
                    resolved = officeText
                }
            } else {
                let parsed = parsePrefix(l.prefix)
                jurisdiction = parsed.jurisdiction
                let orgPart = parsed.orgPart
                if parsed.hasPlace {
                    resolved = parsed.rendered + officeText
                    if !orgPart.isEmpty {
                        org = withHead(parsed.rendered, head)
                    } else if let head {
                        // `古县村党总支书记`: the village's 党总支.
                        org = parsed.rendered + head
                    } else if let bodyWord, let j = parsed.jurisdiction {
                        org = j + bodyWord
                    }
                } else if let named = referredOrganization(l.prefix) {
                    // `公司董事长` after the company was named in full.
                    resolved = named.canonical + officeText
                    org = named.canonical
                    jurisdiction = named.jurisdiction
                } else if let c = carried, let base = c.organization ?? c.jurisdiction, !containsOrgWord(l.prefix) {
                    // `市委常委、组织部长`: the department belongs to the body named before.
                    jurisdiction = c.jurisdiction
                    resolved = base + parsed.rendered + officeText
                    org = withHead(base + parsed.rendered, head)
                } else {
                    resolved = parsed.rendered + officeText
                    org = endsWithOrgSuffix(l.prefix) ? parsed.rendered : withHeadIfAny(parsed.rendered, head)
                }
            }
            carried = Context(jurisdiction: jurisdiction, organization: org ?? carried?.organization)
            if org == nil, jurisdiction != nil, !l.prefix.isEmpty {
                carried?.organization = nil
            }
            out.append(
                ResolvedOffice(
                    title: written, resolvedTitle: resolved, organization: org, jurisdiction: jurisdiction,
                    role: officeText, former: l.former != nil, range: l.range))
        }
        return out
    }

    /// The place an office word that begins with a place suffix (村委会主任, 镇长) belongs to.
    private func officePlace(_ l: ChainLink, carried: String?) -> String? {
        guard let m = doc.longest(TypeBits.placeSuffix, startingAt: l.office.lowerBound), Int(m.end) < l.office.upperBound
        else { return nil }
        if let carried, carried.hasSuffix(doc.surface(m)) { return carried }
        return referredPlace(at: l.office.lowerBound, limit: l.office.upperBound)?.place.canonical
    }

    /// The office has one holder per body (`single=1`).
    func isSingleHolder(_ o: ResolvedOffice) -> Bool {
        guard let m = doc.longest(TypeBits.office, startingAt: o.range.upperBound - o.role.utf8.count) else { return false }
        return doc.lexicon.has(CompiledLexicon.Flag.singleOffice, pattern: Int(m.pattern))
    }

    /// A bare place suffix at `i` (社区, 村) standing for the last place of that kind named shortly
    /// before; `rest` is where the text after the suffix word starts.
    private func referredPlace(at i: Int, limit: Int) -> (place: PlaceFinding, rest: Int)? {
        guard let m = doc.longest(TypeBits.placeSuffix, startingAt: i), Int(m.end) <= limit,
            places.place(startingAt: i) == nil,
            let p = places.lastPlace(
                before: i, from: max(0, i - 240),
                where: {
                    $0.range.upperBound <= i && $0.rule == "place-suffix" && $0.canonical.hasSuffix(doc.surface(m))
                })
        else { return nil }
        return (p, Int(m.end))
    }

    /// `组织` + 部长 → `组织部`: the one-character unit the office heads, when the prefix stops short
    /// of it. A party unit (党组 of 党组副书记) inside a named body stays the body.
    private func withHead(_ org: String, _ head: String?) -> String {
        guard let head, head.unicodeScalars.count == 1, !org.hasSuffix(head) else { return org }
        return org + head
    }

    /// The body a prefix without places names with its office (`镇` + 党委书记 → `镇党委`).
    private func withHeadIfAny(_ org: String, _ head: String?) -> String? {
        guard let head else { return nil }
        return org.hasSuffix(head) ? org : org + head
    }

    /// The prefix names its own organisation (`中国长城学会文创站`), so nothing is carried into it; a
    /// department word (`宣传部`, `组织`) names a part of the body before it and is not one.
    private func containsOrgWord(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound + 1
        while i <= r.upperBound {
            if doc.ends(TypeBits.orgSuffix, at: i), let m = doc.longest(TypeBits.orgSuffix, endingAt: i),
                Int(m.start) >= r.lowerBound, m.end - m.start >= 6
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// A prefix that is only a suffix word (`公司`, `协会`) refers to the last organisation named with it.
    private func referredOrganization(_ r: Range<Int>) -> OrganizationFinding? {
        guard let m = doc.longest(TypeBits.orgSuffix, startingAt: r.lowerBound), Int(m.end) == r.upperBound else { return nil }
        let word = doc.surface(m)
        return organizations.last {
            $0.range.upperBound <= r.lowerBound && $0.canonical.hasSuffix(word) && $0.canonical.count > word.count
        }
    }

    private func endsWithOrgSuffix(_ r: Range<Int>) -> Bool {
        doc.ends(TypeBits.orgSuffix | TypeBits.orgAbbrev, at: r.upperBound)
    }

    private struct ParsedPrefix {
        var rendered: String
        var jurisdiction: String?
        var hasPlace: Bool
        var orgPart: String
    }

    /// Reads the leading places of a prefix and renders it with bare 市/省/县 and 我市 made explicit.
    private func parsePrefix(_ r: Range<Int>) -> ParsedPrefix {
        let gaz = doc.lexicon.gazetteer
        let context = [paper.city, paper.prefecture, paper.province].compactMap { $0 }
        var i = r.lowerBound
        var rendered = ""
        var jurisdiction: String?
        var hasPlace = false
        // `社区党支部书记` just after `交通路社区` was named: the bare suffix word is that place.
        if let p = referredPlace(at: i, limit: r.upperBound) {
            jurisdiction = p.place.canonical
            rendered = p.place.canonical
            hasPlace = true
            i = p.rest
        }
        while i < r.upperBound {
            if let m = doc.longest(TypeBits.placeRef, startingAt: i), Int(m.end) <= r.upperBound {
                let lc = PaperPlace.level(ofRef: doc.lexicon.entry(.placeRef, pattern: Int(m.pattern)), surface: doc.surface(m))
                guard let j = paper.place(forLevel: lc) else { break }
                jurisdiction = j
                rendered += j
                hasPlace = true
                i = Int(m.end)
                continue
            }
            let s = doc.scalar(at: i)
            if i == r.lowerBound, PaperPlace.isLevelChar(s), doc.longest(TypeBits.division, startingAt: i) == nil {
                guard let j = paper.place(forLevel: s, at: i, sentence: doc.sentence(containing: i), places: places) else {
                    break
                }
                jurisdiction = j
                rendered += j
                hasPlace = true
                i += doc.scalarLength(at: i)
                continue
            }
            if let p = places.place(startingAt: i, endingBy: r.upperBound) {
                if let j = jurisdiction, gaz.isFullName(p.canonical), gaz.isFullName(j) {
                    let anc = gaz.ancestry(of: p.canonical, near: [j] + context)
                    guard anc.dropFirst().contains(j) else { break }
                }
                jurisdiction = p.canonical
                rendered += doc.text(p.range)
                hasPlace = true
                i = p.range.upperBound
                continue
            }
            break
        }
        let orgPart = doc.text(i..<r.upperBound)
        return ParsedPrefix(rendered: rendered + orgPart, jurisdiction: jurisdiction, hasPlace: hasPlace, orgPart: orgPart)
    }
}
