/// One person's current (not former) office sightings, gathered once, with the lookups that
/// pick the offices the person held at one attendance.
///
/// `attendees` asks this for every attendance of a person. Collecting and sorting every
/// `holds` edge's observations anew for each attendance made a broad query quadratic in
/// a busy person's sightings (a mayor at hundreds of events, each sighting re-read for
/// each); here each attendance looks up only its own articles and the distinct dates.
///
/// It is compact, as a query over a large graph keeps one for each of tens of thousands of
/// attendees: a sighting is a few numbers, its office, title and date slots in small tables,
/// and its evidence a handle: an index into `evidence`, or, once `numbered(by:)` dropped that
/// list, the number of the graph file's evidence entry, read back only for the sightings chosen.
struct CurrentSightings {
    /// One sighting, its strings and evidence by reference.
    struct Entry {
        var office: Int32
        var title: Int32
        /// Slot in `dates`, or -1 when the sighting has no date.
        var date: Int32
        /// Index into `evidence`, or the evidence entry's number.
        var evidence: Int32
    }

    /// Position id, resolved title and position slot of each office, in first-sighting order.
    private let offices: [(position: String, resolvedTitle: String, slot: Int32)]
    private let titles: [String]
    private let dates: [PartialDate]
    /// The sightings in the order the edges (id order) and their observations (sorted) give them.
    private var entries: [Entry]
    /// The evidence the entries cite by index; nil once they cite evidence entries by number.
    private(set) var evidence: [Evidence]?
    /// `(hash of an article id, entry)` for each article each entry cites, sorted.
    private let byArticle: [(hash: Int, entry: Int32)]
    /// Entries by date slot: those of slot `d` are `byDate[dateStart[d]..<dateStart[d + 1]]`, ascending.
    private let byDate: [Int32]
    private let dateStart: [Int32]

    /// Number of sightings.
    var count: Int { entries.count }

    /// The sightings, each with exactly one piece of evidence (as `QueryEngine.sightings(of:)` makes them).
    init(_ sightings: [TitleSighting]) {
        var offices: [(position: String, resolvedTitle: String, slot: Int32)] = []
        var officeSlot: [String: Int32] = [:]
        var positionSlot: [String: Int32] = [:]
        var titles: [String] = []
        var titleSlot: [String: Int32] = [:]
        var dates: [PartialDate] = []
        var dateSlot: [PartialDate: Int32] = [:]
        var evidence: [Evidence] = []
        var entries: [Entry] = []
        var byArticle: [(hash: Int, entry: Int32)] = []
        entries.reserveCapacity(sightings.count)
        for s in sightings {
            // An office is a position with its resolved title (one holds edge); offices merge by position.
            let officeKey = s.position + "\u{0}" + s.resolvedTitle
            let office = officeSlot[officeKey] ?? Int32(offices.count)
            if office == offices.count {
                officeSlot[officeKey] = office
                let slot = positionSlot[s.position] ?? Int32(positionSlot.count)
                positionSlot[s.position] = slot
                offices.append((s.position, s.resolvedTitle, slot))
            }
            let title = titleSlot[s.title] ?? Int32(titles.count)
            if title == titles.count {
                titleSlot[s.title] = title
                titles.append(s.title)
            }
            var date: Int32 = -1
            if let d = s.date {
                date = dateSlot[d] ?? Int32(dates.count)
                if date == dates.count {
                    dateSlot[d] = date
                    dates.append(d)
                }
            }
            let entry = Int32(entries.count)
            // `sightings(of:)` gives each sighting one piece of evidence; should one carry more, the first is kept.
            guard let e = s.evidence.first else { continue }
            entries.append(Entry(office: office, title: title, date: date, evidence: Int32(evidence.count)))
            evidence.append(e)
            byArticle.append((e.article.hashValue, entry))
        }
        byArticle.sort { ($0.hash, $0.entry) < ($1.hash, $1.entry) }
        var start = [Int32](repeating: 0, count: dates.count + 1)
        for e in entries where e.date >= 0 { start[Int(e.date) + 1] += 1 }
        for d in dates.indices { start[d + 1] += start[d] }
        var next = start
        var byDate = [Int32](repeating: 0, count: Int(start[dates.count]))
        for (i, e) in entries.enumerated() where e.date >= 0 {
            byDate[Int(next[Int(e.date)])] = Int32(i)
            next[Int(e.date)] += 1
        }
        self.offices = offices
        self.titles = titles
        self.dates = dates
        self.entries = entries
        self.evidence = evidence
        self.byArticle = byArticle
        self.byDate = byDate
        dateStart = start
    }

    /// The same sightings citing their evidence by entry number (`number` gives it), without the
    /// evidence itself; nil when `number` knows one of them not.
    func numbered(by number: (Evidence) -> Int?) -> CurrentSightings? {
        guard let evidence else { return self }
        var copy = self
        for i in copy.entries.indices {
            guard let n = number(evidence[Int(copy.entries[i].evidence)]), let n32 = Int32(exactly: n) else { return nil }
            copy.entries[i].evidence = n32
        }
        copy.evidence = nil
        return copy
    }

    /// The offices held at an attendance on `date` reported by `articles`.
    ///
    /// The sightings from the attendance's own articles win; else those at the sighting
    /// date nearest `date`; else all. One entry per office (its evidence merged, sorted),
    /// in order of first evidence, then resolved title and position. `resolve` reads the
    /// evidence entry of a number (when the sightings cite numbers).
    func offices(
        at date: PartialDate?, articles: Set<String>, resolve: (Int) throws -> Evidence
    ) rethrows -> [TitleSighting] {
        func cited(_ i: Int32) throws -> Evidence {
            let handle = Int(entries[Int(i)].evidence)
            if let evidence { return evidence[handle] }
            return try resolve(handle)
        }
        var chosen: [Int32] = []
        for a in articles {
            let h = a.hashValue
            var lo = 0
            var hi = byArticle.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if byArticle[mid].hash < h { lo = mid + 1 } else { hi = mid }
            }
            // Equal hashes are only candidates: the article itself decides.
            while lo < byArticle.count, byArticle[lo].hash == h {
                let i = byArticle[lo].entry
                if try cited(i).article == a { chosen.append(i) }
                lo += 1
            }
        }
        if chosen.isEmpty, let date {
            var best = Int.max
            for (d, day) in dates.enumerated() {
                let distance = DateMath.distance(date, day)
                guard distance <= best else { continue }
                if distance < best {
                    best = distance
                    chosen = []
                }
                chosen += byDate[Int(dateStart[d])..<Int(dateStart[d + 1])]
            }
        }
        if chosen.isEmpty {
            chosen = (0..<Int32(entries.count)).map { $0 }
        } else {
            // Back into sighting order, each once: which sighting of an office comes first decides its fields.
            chosen = Array(Set(chosen)).sorted()
        }
        var order: [Int32] = []
        var byPosition: [Int32: [Int32]] = [:]
        for i in chosen {
            let position = offices[Int(entries[Int(i)].office)].slot
            if byPosition[position] == nil { order.append(position) }
            byPosition[position, default: []].append(i)
        }
        var answer: [TitleSighting] = []
        answer.reserveCapacity(order.count)
        for position in order {
            let list = byPosition[position] ?? []
            let first = entries[Int(list[0])]
            let office = first.office
            let evidence = list.count == 1 ? [try cited(list[0])] : Array(Set(try list.map(cited))).sorted()
            answer.append(
                TitleSighting(
                    position: offices[Int(office)].position, title: titles[Int(first.title)],
                    resolvedTitle: offices[Int(office)].resolvedTitle, date: first.date >= 0 ? dates[Int(first.date)] : nil,
                    former: false, evidence: evidence))
        }
        return answer.sorted { a, b in
            if let x = a.evidence.first, let y = b.evidence.first, x != y { return x < y }
            return (a.resolvedTitle, a.position) < (b.resolvedTitle, b.position)
        }
    }
}
