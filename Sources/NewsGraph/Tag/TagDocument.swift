/// One article's clean text with every lexicon match indexed by position, ready for the rules.
///
/// Built once per article from a single matcher pass. Matches are kept in
/// CSR form (start offset → slice of matches) and each byte position has
/// the union of the types starting and ending there, so a rule asks "does a
/// boundary word start here?" with one array read and one AND.
final class TagDocument {
    let lexicon: CompiledLexicon
    let bytes: [UInt8]
    /// All matches, by start then longest first.
    let matches: [PatternMatcher.Match]
    private let startIndex: [Int32]
    /// Matches sorted by end, then longest first (indices into `matches`).
    private let byEnd: [Int32]
    private let endIndex: [Int32]
    /// Type bits of the matches starting at each byte.
    let startMask: [UInt32]
    /// Type bits of the matches ending at each byte.
    let endMask: [UInt32]
    /// Sentences as clean byte ranges (split at 。！？；and line breaks).
    let sentences: [Range<Int>]

    init(text: String, lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        var t = text
        let bytes = t.withUTF8 { Array($0) }
        self.bytes = bytes
        let n = bytes.count
        // The matcher reports matches by end, longest first. Bucketing them by start while walking that
        // list backwards gives each start's matches longest first, and the walk records where each
        // match went, which is the by-end order: no sort needed.
        let found = bytes.withUnsafeBufferPointer { lexicon.matcher.matches(in: $0) }
        let count = found.count
        var si = [Int32](repeating: 0, count: n + 2)
        var ei = [Int32](repeating: 0, count: n + 2)
        var sm = [UInt32](repeating: 0, count: n + 1)
        var em = [UInt32](repeating: 0, count: n + 1)
        lexicon.typeMask.withUnsafeBufferPointer { typeMask in
            for m in found {
                si[Int(m.start) + 1] += 1
                ei[Int(m.end) + 1] += 1
                let mask = typeMask[Int(m.pattern)]
                sm[Int(m.start)] |= mask
                em[Int(m.end)] |= mask
            }
        }
        for i in 0..<(n + 1) {
            si[i + 1] += si[i]
            ei[i + 1] += ei[i]
        }
        var next = si
        var order = [Int32](repeating: 0, count: count)
        let sorted = [PatternMatcher.Match](unsafeUninitializedCapacity: count) { buffer, initialized in
            var k = count - 1
            while k >= 0 {
                let m = found[k]
                let slot = Int(next[Int(m.start)])
                next[Int(m.start)] += 1
                (buffer.baseAddress! + slot).initialize(to: m)
                order[k] = Int32(slot)
                k -= 1
            }
            initialized = count
        }
        matches = sorted
        startIndex = si
        startMask = sm
        endMask = em
        byEnd = order
        endIndex = ei
        sentences = TagDocument.split(bytes)
    }

    /// Start positions of division matches (full names and short forms), ascending; made on first use
    /// and shared by the place rule's two passes.
    private(set) lazy var divisionStarts: [Int] = startMask.withUnsafeBufferPointer { sm in
        var out: [Int] = []
        for i in 0..<bytes.count where sm[i] & TypeBits.division != 0 { out.append(i) }
        return out
    }

    /// Full division names the article mentions anywhere, sorted; made on first use.
    private(set) lazy var fullDivisionNames: [String] = {
        var seen: Set<Int32> = []
        for m in matches where lexicon.typeMask[Int(m.pattern)] & TypeBits.fullDivision != 0 { seen.insert(m.pattern) }
        return Set(seen.map { lexicon.surfaces[Int($0)] }).sorted()
    }()

    /// `fullDivisionNames` as a set.
    private(set) lazy var fullDivisionNameSet: Set<String> = Set(fullDivisionNames)

    /// Matches starting at byte `i`, longest first.
    func matches(startingAt i: Int) -> ArraySlice<PatternMatcher.Match> {
        guard i >= 0, i < bytes.count else { return [] }
        return matches[Int(startIndex[i])..<Int(startIndex[i + 1])]
    }

    /// Matches ending at byte `i`, longest first (a lazy view: no array is made).
    func matches(endingAt i: Int) -> LazyMapSequence<ArraySlice<Int32>, PatternMatcher.Match> {
        let slice = i > 0 && i <= bytes.count ? byEnd[Int(endIndex[i])..<Int(endIndex[i + 1])] : byEnd[0..<0]
        return slice.lazy.map { [matches] in matches[Int($0)] }
    }

    /// The longest match starting at `i` whose pattern has any of `mask`'s bits.
    func longest(_ mask: UInt32, startingAt i: Int) -> PatternMatcher.Match? {
        guard i >= 0, i < bytes.count, startMask[i] & mask != 0 else { return nil }
        return matches(startingAt: i).first { lexicon.typeMask[Int($0.pattern)] & mask != 0 }
    }

    /// The longest match ending at `i` whose pattern has any of `mask`'s bits.
    func longest(_ mask: UInt32, endingAt i: Int) -> PatternMatcher.Match? {
        guard i > 0, i <= bytes.count, endMask[i] & mask != 0 else { return nil }
        return matches(endingAt: i).first { lexicon.typeMask[Int($0.pattern)] & mask != 0 }
    }

    /// True when a match of a type in `mask` starts at `i`.
    @inline(__always)
    func starts(_ mask: UInt32, at i: Int) -> Bool { i >= 0 && i < bytes.count && startMask[i] & mask != 0 }

    /// True when a match of a type in `mask` ends at `i`.
    @inline(__always)
    func ends(_ mask: UInt32, at i: Int) -> Bool { i > 0 && i <= bytes.count && endMask[i] & mask != 0 }

    /// True when a word that ends an office prefix or a place name on the left ends at `i`:
    /// any stop word except the weak boundaries (中, 上), which also occur inside names of bodies.
    func endsStop(at i: Int) -> Bool {
        guard ends(TypeBits.prefixStop, at: i) else { return false }
        for m in matches(endingAt: i) {
            let mask = lexicon.typeMask[Int(m.pattern)]
            guard mask & TypeBits.prefixStop != 0 else { continue }
            if mask & TypeBits.prefixStop == TypeBits.boundary,
                lexicon.has(CompiledLexicon.Flag.weakBoundary, pattern: Int(m.pattern))
            {
                continue
            }
            // A one-character stop that opens an ordinary word running on (经 in 经济合作局, 和 in 和平路)
            // stops nothing: the word is part of the name being read.
            if m.end - m.start == 3, let w = longest(TypeBits.notPerson, startingAt: Int(m.start)), Int(w.end) > i,
                !ends(TypeBits.prefixStop, at: Int(w.end))
            {
                continue
            }
            return true
        }
        return false
    }

    /// The scalar at byte `i` (0 past the end).
    @inline(__always)
    func scalar(at i: Int) -> UInt32 { UTF8Scan.scalar(bytes, at: i) }

    /// Byte length of the scalar at `i`.
    @inline(__always)
    func scalarLength(at i: Int) -> Int { i < bytes.count ? UTF8Scan.scalarLength(lead: bytes[i]) : 0 }

    /// Start of the scalar before byte `i`.
    @inline(__always)
    func previous(_ i: Int) -> Int { UTF8Scan.previous(bytes, before: i) }

    /// True when the scalar at `i` is a CJK ideograph.
    @inline(__always)
    func isIdeograph(at i: Int) -> Bool { UTF8Scan.isIdeograph(scalar(at: i)) }

    /// The text of a byte range.
    func text(_ r: Range<Int>) -> String { String(utf8Slice: bytes, r) }

    /// The pattern's surface.
    func surface(_ m: PatternMatcher.Match) -> String { lexicon.surfaces[Int(m.pattern)] }

    /// The sentence holding byte `i`.
    func sentence(containing i: Int) -> Range<Int> {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].contains(i) ? sentences[lo] : i..<i
    }

    /// Splits at 。！？；and line breaks; the terminator stays with its sentence; blank stretches are skipped.
    static func split(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            var s = start
            var e = end
            while s < e && (b[s] == 0x20 || b[s] == 0x0A || b[s] == 0x09) { s += 1 }
            while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x0A || b[e - 1] == 0x09) { e -= 1 }
            if s < e { out.append(s..<e) }
        }
        while i < b.count {
            // Only ASCII `!?;` and line feeds, and three-byte scalars led by E3 (。) or EF (！？；), can end a
            // sentence: other bytes (continuation bytes included) are stepped over one at a time.
            let lead = b[i]
            guard lead == 0xE3 || lead == 0xEF || lead == 0x21 || lead == 0x3F || lead == 0x3B || lead == 0x0A else {
                i += 1
                continue
            }
            let len = UTF8Scan.scalarLength(lead: lead)
            let s = UTF8Scan.scalar(b, at: i)
            i += len
            if UTF8Scan.isSentenceEnd(s) {
                // Keep closing quotes/brackets that follow the terminator in the sentence.
                while i < b.count {
                    let n = UTF8Scan.scalar(b, at: i)
                    guard n == 0x201D || n == 0x2019 || n == 0xFF09 || n == 0x300D || n == 0x300F else { break }
                    i += UTF8Scan.scalarLength(lead: b[i])
                }
                flush(i)
                start = i
            }
        }
        flush(b.count)
        return out
    }
}
