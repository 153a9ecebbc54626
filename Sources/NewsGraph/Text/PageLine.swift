/// One line of a decoded page as the segmenter sees it: its trimmed range and cheap features.
///
/// Features come from one scan of the line's bytes; only the first and last
/// few visible scalars are kept, so a 50 MB single-line file costs no more than its bytes.
struct PageLine: Sendable {
    /// How many visible scalars `prefix` and `suffix` keep.
    static let keep = 48

    /// Decoded byte range, without the line terminator and surrounding whitespace.
    var range: Range<Int>
    /// Number of non-space scalars.
    var visible = 0
    /// Display width: wide characters count 2, others (spaces included) 1.
    var width = 0
    /// Contains `。！？；`.
    var hasStop = false
    /// Contains `，、：；`.
    var hasClause = false
    /// Last two visible (folded) scalars, 0 when absent.
    var last: UInt32 = 0
    var last2: UInt32 = 0
    /// First visible folded scalars and their decoded positions.
    var prefix: [UInt32] = []
    var prefixPos: [Int] = []
    /// Last visible folded scalars (in text order) and their decoded positions.
    var suffix: [UInt32] = []
    var suffixPos: [Int] = []

    var isBlank: Bool { visible == 0 }
    /// The line ends a sentence, so a paragraph.
    var endsParagraph: Bool { TextNormalizer.endsParagraph(last2, last) }

    /// True when the visible text starts with `s`.
    func starts(with s: String) -> Bool {
        var i = 0
        for u in s.unicodeScalars {
            guard i < prefix.count, prefix[i] == u.value else { return false }
            i += 1
        }
        return true
    }

    /// Words a line may start with, as scalars, and their first scalars for a quick test.
    struct Words: Sendable {
        let scalars: [[UInt32]]
        let firsts: [UInt32]

        init(_ words: [String]) {
            scalars = words.map { $0.unicodeScalars.map(\.value) }
            firsts = Array(Set(scalars.compactMap(\.first))).sorted()
        }
    }

    /// True when the visible text starts with one of `words` (`starts(with:)` for each, without
    /// decoding the words again on every line).
    func starts(withAnyOf words: Words) -> Bool {
        guard let f = prefix.first, words.firsts.contains(f) else { return false }
        return words.scalars.contains { w in w.count <= prefix.count && prefix[0..<w.count].elementsEqual(w) }
    }

    /// True when the visible text ends with `s`.
    func ends(with s: String) -> Bool {
        var k = suffix.count
        for u in s.unicodeScalars.reversed() {
            guard k > 0, suffix[k - 1] == u.value else { return false }
            k -= 1
        }
        return true
    }

    /// The whole visible text when the line is short enough to be kept entirely.
    var isWhole: Bool { visible <= PageLine.keep }

    /// The visible (space-free, folded) text of a short line.
    var key: String {
        var s = String.UnicodeScalarView()
        for v in prefix { if let u = Unicode.Scalar(v) { s.append(u) } }
        return String(s)
    }

    /// Splits the page into lines (at `\n`, `\r\n`, `\r`, form feed) and measures each.
    static func scan(_ decoded: DecodedText, from start: Int? = nil) -> [PageLine] {
        var lines: [PageLine] = []
        var scanner = Scanner(decoded, from: start)
        while let line = scanner.next() { lines.append(line) }
        return lines
    }

    /// Reads a page's lines one at a time, so a caller that needs only the first few
    /// (the front matter) does not measure the whole page.
    ///
    /// A line's visible scalars go into a scratch ring reused from line to line; the line keeps
    /// exact-size copies of its first and last `keep`, and a line short enough to be whole shares
    /// one copy for both (no per-scalar appends, no shifting of long lines' tails).
    struct Scanner {
        private let decoded: DecodedText
        private var i: Int
        private var done = false
        /// The last `ringSize` visible scalars of the line being read, and their positions.
        private var ringScalars = [UInt32](repeating: 0, count: ringSize)
        private var ringPositions = [Int](repeating: 0, count: ringSize)
        private static let ringSize = 64

        init(_ decoded: DecodedText, from start: Int? = nil) {
            self.decoded = decoded
            i = start ?? decoded.start
        }

        /// The next line; after the last line (which may be empty), nil.
        mutating func next() -> PageLine? {
            guard !done else { return nil }
            let lineStart = i
            var cur = PageLine(range: i..<i)
            var first = -1
            var lastEnd = -1
            var broke = false
            var pos = i
            let decoded = self.decoded
            ringScalars.withUnsafeMutableBufferPointer { rs in
                ringPositions.withUnsafeMutableBufferPointer { rp in
                    decoded.utf8.withUnsafeBufferPointer { p in
                        let n = p.count
                        let mask = Self.ringSize - 1
                        var visible = 0
                        var width = 0
                        var last: UInt32 = 0
                        var last2: UInt32 = 0
                        while pos < n {
                            let (v0, len) = TextNormalizer.scalar(p, pos, n)
                            if v0 == 0x0A || v0 == 0x0D || v0 == 0x0C || v0 == 0x2028 || v0 == 0x2029 {
                                if v0 == 0x0D && pos + 1 < n && p[pos + 1] == 0x0A { pos += 1 }
                                pos += len
                                broke = true
                                break
                            }
                            let v = ScalarClass.fold(v0)
                            if ScalarClass.isSpace(v) || v < 0x20 {
                                width += 1
                            } else {
                                if first < 0 { first = pos }
                                lastEnd = pos + len
                                rs[visible & mask] = v
                                rp[visible & mask] = pos
                                visible += 1
                                // The ring is about to overwrite the line's first scalars: keep them now.
                                if visible == keep {
                                    cur.prefix = Array(rs[0..<keep])
                                    cur.prefixPos = Array(rp[0..<keep])
                                }
                                width += ScalarClass.isWide(v) ? 2 : 1
                                if ScalarClass.isStop(v) { cur.hasStop = true }
                                if ScalarClass.isClause(v) { cur.hasClause = true }
                                last2 = last
                                last = v
                            }
                            pos += len
                        }
                        cur.visible = visible
                        cur.width = width
                        cur.last = last
                        cur.last2 = last2
                        if visible < keep {
                            cur.prefix = Array(rs[0..<visible])
                            cur.prefixPos = Array(rp[0..<visible])
                        }
                        if visible <= keep {
                            cur.suffix = cur.prefix
                            cur.suffixPos = cur.prefixPos
                        } else {
                            cur.suffix = (visible - keep..<visible).map { rs[$0 & mask] }
                            cur.suffixPos = (visible - keep..<visible).map { rp[$0 & mask] }
                        }
                    }
                }
            }
            i = pos
            if !broke { done = true }
            cur.range = first < 0 ? lineStart..<lineStart : first..<lastEnd
            return cur
        }
    }
}
