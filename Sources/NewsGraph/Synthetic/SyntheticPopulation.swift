/// The officials, reporters and former officials of one paper's world, evolving over time.
///
/// Every office has a holder and a tenure end. When a tenure ends the office is
/// filled by promoting someone from the rank below (whose own office is then
/// filled the same way) or by a newcomer, so the same people recur across
/// articles and climb the ladder (`副市长` → `市委常委、常务副市长` → `市委副书记、市长`).
struct SyntheticPopulation: Sendable {
    /// A person of this paper's world.
    struct Person: Sendable {
        /// Stable across the archive: `p<paper>-<n>`.
        var id: String
        var name: String
    }

    /// [0] is the paper's own city or county.
    var jurisdictions: [SyntheticJurisdiction]
    var offices: [SyntheticOffice]
    /// Person index holding each office.
    var holder: [Int]
    /// Timeline day on which each holder leaves.
    var tenureEnd: [Int]
    var people: [Person] = []
    /// People who left an office, with that office (for `原…` mentions); the most recent last.
    var former: [(person: Int, office: Int)] = []
    var reporters: [Int] = []
    var correspondents: [Int] = []
    /// Local companies and their chairmen, who sign project after project.
    var firms: [(name: String, chairman: Int)] = []

    /// Each office's chain as written, with the place named ([o][1]) or locally ([o][0]); rendered once.
    let chains: [[[String]]]

    private let paper: Int
    private var namesInUse = Set<String>()

    init(
        paper: Int, jurisdictions: [SyntheticJurisdiction], offices: [SyntheticOffice], rng: inout SplitMix64,
        names: SyntheticNameMaker
    ) {
        self.paper = paper
        self.jurisdictions = jurisdictions
        self.offices = offices
        chains = offices.map { o in [false, true].map { o.chain(in: jurisdictions[o.jurisdiction], qualified: $0) } }
        holder = []
        tenureEnd = []
        for _ in offices.indices {
            let p = newPerson(&rng, names)
            holder.append(p)
            // Staggered: the first holders leave at different times.
            tenureEnd.append(rng.int(in: 1...1800))
        }
        for _ in 0..<4 { reporters.append(newPerson(&rng, names)) }
        for _ in 0..<3 { correspondents.append(newPerson(&rng, names)) }
    }

    /// Applies every departure and promotion due up to `day`.
    mutating func advance(to day: Int, rng: inout SplitMix64, names: SyntheticNameMaker) {
        while true {
            var next = -1
            for o in tenureEnd.indices where tenureEnd[o] <= day && (next < 0 || tenureEnd[o] < tenureEnd[next]) { next = o }
            guard next >= 0 else { return }
            let t = tenureEnd[next]
            if rng.chance(0.5) {
                former.append((holder[next], next))
                if former.count > 30 { former.removeFirst() }
            }
            fill(next, at: t, rng: &rng, names: names)
        }
    }

    /// Fills office `o` at day `t`, by promotion from below or with a newcomer.
    private mutating func fill(_ o: Int, at t: Int, rng: inout SplitMix64, names: SyntheticNameMaker) {
        let rank = offices[o].rank
        tenureEnd[o] = t + rng.int(in: 540...1800)
        if rank > 0 && rng.chance(0.6), let from = candidate(below: rank, excluding: o, rng: &rng) {
            holder[o] = holder[from]
            fill(from, at: t, rng: &rng, names: names)
        } else {
            holder[o] = newPerson(&rng, names)
        }
    }

    /// An office one (or else two) ranks below `rank`, chosen at random.
    private func candidate(below rank: Int, excluding o: Int, rng: inout SplitMix64) -> Int? {
        for step in 1...2 {
            let pool = offices.indices.filter { $0 != o && offices[$0].rank == rank - step }
            if !pool.isEmpty { return rng.pick(pool) }
        }
        return nil
    }

    /// A new person with a name no one else in this paper's world has.
    mutating func newPerson(_ rng: inout SplitMix64, _ names: SyntheticNameMaker) -> Int {
        let name = names.make(&rng, avoiding: namesInUse)
        namesInUse.insert(name)
        people.append(Person(id: "p\(paper)-\(people.count)", name: name))
        return people.count - 1
    }

    /// Offices whose rank lies in `ranks`, among the given jurisdictions' levels.
    func offices(ranked ranks: ClosedRange<Int>, at levels: Set<SyntheticJurisdiction.Level>) -> [Int] {
        offices.indices.filter {
            ranks.contains(offices[$0].rank) && levels.contains(jurisdictions[offices[$0].jurisdiction].level)
        }
    }
}
