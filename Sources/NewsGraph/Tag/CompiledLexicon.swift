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
    /// Entry index per (pattern, type), `-1` when the pattern lacks that type.
    private let entryIndex: [Int32]

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
        for (s, isShort) in gaz.surfaces where isShort {
            let p = pattern(s)
            masks[p] |= Self.shortDivisionBit
        }
        self.surfaces = surfaces
        typeMask = masks
        entryIndex = entryIdx
        matcher = PatternMatcher(patterns: surfaces.map { Array($0.utf8) })
    }

    /// The entry of `type` for pattern `p`, if any.
    func entry(_ type: LexiconType, pattern p: Int) -> LexiconEntry? {
        let i = entryIndex[p * Self.typeCount + type.ordinal]
        return i >= 0 ? entries[Int(i)] : nil
    }

    /// All entries of one type.
    func entries(of type: LexiconType) -> [LexiconEntry] { entries.filter { $0.type == type } }
}

extension LexiconType {
    /// Position in `allCases` (the bit number in type masks).
    var ordinal: Int { LexiconType.allCases.firstIndex(of: self)! }
}
