/// The `appointment` rule: personnel news, where the name comes before the office.
///
/// `张三同志任中共某县委书记。`, `李四当选为县政协主席`, `王五现任县委常委、宣传部部长`:
/// a name opening its clause, optionally 同志, a verb marked `appoint=1` in the
/// boundary lexicon (任, 担任, 当选为, 现任), then an office chain that closes
/// the clause. `免去赵六同志县长职务` (a verb marked `appoint=removed`) gives a former
/// office. Nothing else may stand between, so `张三任务繁重` is no claim.
struct AppointmentRule {
    let doc: TagDocument
    let names: NameReader
    let chains: OfficeChainRule

    func find(taken: [Range<Int>]) -> [PersonFinding] {
        var out: [PersonFinding] = []
        for v in doc.matches where doc.lexicon.typeMask[Int(v.pattern)] & TypeBits.boundary != 0 {
            guard let kind = doc.lexicon.entry(.boundary, pattern: Int(v.pattern))?.attributes["appoint"] else { continue }
            if let longer = doc.longest(TypeBits.boundary, startingAt: Int(v.start)), longer.end > v.end { continue }
            let sentence = doc.sentence(containing: Int(v.start))
            let removed = kind == "removed"
            let name: Range<Int>?
            var chainStart: Int
            if removed {
                // 免去 + name (+ 同志) (+ 的) + chain + 职务
                name = names.name(at: Int(v.end), limit: sentence.upperBound)
                chainStart = name?.upperBound ?? Int(v.end)
            } else {
                name = nameBefore(Int(v.start), sentence: sentence)
                chainStart = Int(v.end)
            }
            guard let name, !taken.contains(where: { $0.overlaps(name) }) else { continue }
            if removed {
                if doc.text(chainStart..<min(chainStart + 6, doc.bytes.count)) == "同志" { chainStart += 6 }
                if doc.scalar(at: chainStart) == 0x7684 { chainStart += 3 }  // 的
            }
            guard var links = chain(from: chainStart, limit: sentence.upperBound) else { continue }
            let end = links.last!.office.upperBound
            let closes =
                !doc.isIdeograph(at: end) || end >= sentence.upperBound
                || (removed && doc.text(end..<min(end + 6, doc.bytes.count)) == "职务")
            guard closes else { continue }
            if removed {
                for i in links.indices { links[i].former = links[i].office }
            }
            out.append(PersonFinding(name: name, rule: "appointment", links: links, phrase: name.lowerBound..<end))
        }
        return out
    }

    /// A name ending at `end` (before 同志 when written) that opens its clause.
    private func nameBefore(_ verbStart: Int, sentence: Range<Int>) -> Range<Int>? {
        var end = verbStart
        if end - 6 >= sentence.lowerBound, doc.text((end - 6)..<end) == "同志" { end -= 6 }
        for len in [9, 6, 12] where end - len >= sentence.lowerBound {
            let start = end - len
            let opens = start == sentence.lowerBound || !doc.isIdeograph(at: doc.previous(start))
            guard opens, let r = names.name(at: start, limit: end), r.upperBound == end else { continue }
            return r
        }
        return nil
    }

    /// The office links from `start`, joined by 、; nil unless the first link starts right there.
    private func chain(from start: Int, limit: Int) -> [ChainLink]? {
        var links: [ChainLink] = []
        var at = start
        var k = 0
        let offices = chains.officeWords()
        while k < offices.count && Int(offices[k].start) < at { k += 1 }
        while k < offices.count, Int(offices[k].end) <= limit {
            let l = chains.link(offices[k], floor: at)
            guard l.range.lowerBound == at else { break }
            links.append(l)
            let end = Int(offices[k].end)
            guard doc.scalar(at: end) == UTF8Scan.dunhao else { break }
            at = end + 3
            k += 1
        }
        return links.isEmpty ? nil : links
    }
}
