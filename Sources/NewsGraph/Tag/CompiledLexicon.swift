/// All lexicon surfaces compiled into one matcher, with each pattern's types and entries.
///
/// A surface may carry several types (`部` is an organisation suffix, `出席`
/// both a boundary and an attendance verb); `typeMask` holds one bit per
/// `LexiconType` so the rules test a match's types with one AND.
struct CompiledLexicon: Sendable {
    let entries: [LexiconEntry]
    let gazetteer: Gazetteer
    let matcher: PatternMatcher
    /// Surface of each pattern.
    let surfaces: [String]
    /// Type bits of each pattern (`bit(type)`, plus `shortDivisionBit` for gazetteer short forms).
    let typeMask: [UInt32]
    /// Gazetteer divisions each pattern may name (`Gazetteer.candidates`), empty for other patterns.
    let divisionCandidates: [[Int]]
    /// Entry index per (pattern, type), `-1` when the pattern lacks that type.
    private let entryIndex: [Int32]
    /// Flags the rules test in their inner loops (`Flag`), per pattern, read once here instead of
    /// from each entry's attribute dictionary at every match.
    private let patternFlags: [UInt8]

    /// One bit per attribute flag the rules ask about.
    enum Flag {
        /// A `weak` boundary (中, 上): also occurs inside names of bodies.
        static let weakBoundary: UInt8 = 1 << 0
        /// A not-person `suffix` (大爷, 女士): makes the name before it no person.
        static let notPersonSuffix: UInt8 = 1 << 1
        /// An `ambiguous` surname (于, 和, 高): also a common word.
        static let ambiguousSurname: UInt8 = 1 << 2
        /// A `single` office: one holder per body at a time.
        static let singleOffice: UInt8 = 1 << 3
    }

    static let typeCount = LexiconType.allCases.count
    /// Set on patterns that are short forms of a division (`吕梁`).
    static let shortDivisionBit: UInt32 = 1 << 31

    @inline(__always)
    static func bit(_ t: LexiconType) -> UInt32 { 1 << UInt32(t.ordinal) }

    init(entries: [LexiconEntry]) {
        self.entries = entries
        let gaz = Gazetteer(entries: entries)
        gazetteer = gaz
        var index: [String: Int] = [:]
        var surfaces: [String] = []
        var masks: [UInt32] = []
        var entryIdx: [Int32] = []
        func pattern(_ s: String) -> Int {
            if let p = index[s] { return p }
            let p = surfaces.count
            index[s] = p
            surfaces.append(s)
            masks.append(0)
            entryIdx.append(contentsOf: repeatElement(-1, count: Self.typeCount))
            return p
        }
        for (i, e) in entries.enumerated() {
            let p = pattern(e.surface)
            masks[p] |= Self.bit(e.type)
            entryIdx[p * Self.typeCount + e.type.ordinal] = Int32(i)
        }
        var candidates: [(Int, [Int])] = []
        for (s, isShort, cands) in gaz.surfaces {
            let p = pattern(s)
            if isShort { masks[p] |= Self.shortDivisionBit }
            candidates.append((p, cands))
        }
        var divisionCandidates = [[Int]](repeating: [], count: surfaces.count)
        for (p, cands) in candidates { divisionCandidates[p] = cands }
        self.divisionCandidates = divisionCandidates
        var flags = [UInt8](repeating: 0, count: surfaces.count)
        for p in surfaces.indices {
            func has(_ t: LexiconType, _ key: String) -> Bool {
                let i = entryIdx[p * Self.typeCount + t.ordinal]
                return i >= 0 && entries[Int(i)].flag(key)
            }
            if has(.boundary, "weak") { flags[p] |= Flag.weakBoundary }
            if has(.notPerson, "suffix") { flags[p] |= Flag.notPersonSuffix }
            if has(.surname, "ambiguous") { flags[p] |= Flag.ambiguousSurname }
            if has(.office, "single") { flags[p] |= Flag.singleOffice }
        }
        self.surfaces = surfaces
        typeMask = masks
        entryIndex = entryIdx
        patternFlags = flags
        matcher = PatternMatcher(patterns: surfaces.map { Array($0.utf8) })
    }

    /// The entry of `type` for pattern `p`, if any.
    func entry(_ type: LexiconType, pattern p: Int) -> LexiconEntry? {
        let i = entryIndex[p * Self.typeCount + type.ordinal]
        return i >= 0 ? entries[Int(i)] : nil
    }

    /// True when pattern `p` has the flag (`Flag`).
    @inline(__always)
    func has(_ flag: UInt8, pattern p: Int) -> Bool { patternFlags[p] & flag != 0 }

    /// All entries of one type.
    func entries(of type: LexiconType) -> [LexiconEntry] { entries.filter { $0.type == type } }
}

extension LexiconType {
    /// Position in `allCases` (the bit number in type masks); a switch, since `allCases` builds an array
    /// on every call (a test checks the two agree).
    var ordinal: Int {
        switch self {
        case .surname: return 0
        case .division: return 1
        case .placeSuffix: return 2
        case .placeRef: return 3
        case .notPlace: return 4
        case .office: return 5
        case .orgSuffix: return 6
        case .orgAbbrev: return 7
        case .eventNoun: return 8
        case .eventRef: return 9
        case .announceVerb: return 10
        case .attendVerb: return 11
        case .boundary: return 12
        case .notPerson: return 13
        case .personRole: return 14
        case .former: return 15
        case .notOrg: return 16
        case .relativeDate: return 17
        }
    }
}
