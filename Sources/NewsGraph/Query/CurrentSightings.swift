/// One person's current (not former) office sightings, gathered once, with the lookups that
/// pick the offices the person held at one attendance.
///
/// `attendees` asks this for every attendance of a person. Collecting and sorting every
/// `holds` edge's observations anew for each attendance made a broad query quadratic in
/// a busy person's sightings (a mayor at hundreds of events, each sighting re-read for
/// each); here each attendance looks up only its own articles and the distinct dates.
struct CurrentSightings {
    /// The sightings in the order the edges (id order) and their observations (sorted) give them.
    let sightings: [TitleSighting]
    /// Indices into `sightings` of those citing each article, ascending.
    private let byArticle: [String: [Int]]
    /// Each distinct sighting date, with the indices of the sightings on it, ascending.
    private let byDate: [(date: PartialDate, indices: [Int])]

    init(_ sightings: [TitleSighting]) {
        self.sightings = sightings
        var byArticle: [String: [Int]] = [:]
        var dateSlot: [PartialDate: Int] = [:]
        var byDate: [(date: PartialDate, indices: [Int])] = []
        for (i, s) in sightings.enumerated() {
            for (j, e) in s.evidence.enumerated() {
                // A sighting citing one article twice is listed once.
                if s.evidence[..<j].contains(where: { $0.article == e.article }) { continue }
                byArticle[e.article, default: []].append(i)
            }
            guard let d = s.date else { continue }
            if let slot = dateSlot[d] {
                byDate[slot].indices.append(i)
            } else {
                dateSlot[d] = byDate.count
                byDate.append((d, [i]))
            }
        }
        self.byArticle = byArticle
        self.byDate = byDate
    }

    /// The offices held at an attendance on `date` reported by `articles`.
    ///
    /// The sightings from the attendance's own articles win; else those at the sighting
    /// date nearest `date`; else all. One entry per office (its evidence merged, sorted),
    /// in order of first evidence, then resolved title and position.
    func offices(at date: PartialDate?, articles: Set<String>) -> [TitleSighting] {
        var chosen: [Int] = []
        for a in articles { chosen += byArticle[a] ?? [] }
        if chosen.isEmpty, let date {
            var best = Int.max
            for (d, indices) in byDate {
                let distance = DateMath.distance(date, d)
                if distance < best {
                    best = distance
                    chosen = indices
                } else if distance == best {
                    chosen += indices
                }
            }
        }
        if chosen.isEmpty {
            chosen = Array(sightings.indices)
        } else {
            // Back into sighting order, each once: which sighting of an office comes first decides its fields.
            chosen = Array(Set(chosen)).sorted()
        }
        var order: [String] = []
        var byPosition: [String: [Int]] = [:]
        for i in chosen {
            let position = sightings[i].position
            if byPosition[position] == nil { order.append(position) }
            byPosition[position, default: []].append(i)
        }
        var offices: [TitleSighting] = []
        offices.reserveCapacity(order.count)
        for position in order {
            let indices = byPosition[position] ?? []
            var kept = sightings[indices[0]]
            if indices.count > 1 { kept.evidence = Array(Set(indices.flatMap { sightings[$0].evidence })).sorted() }
            offices.append(kept)
        }
        return offices.sorted { a, b in
            if let x = a.evidence.first, let y = b.evidence.first, x != y { return x < y }
            return (a.resolvedTitle, a.position) < (b.resolvedTitle, b.position)
        }
    }
}
