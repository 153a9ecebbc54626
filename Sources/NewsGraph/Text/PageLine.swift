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

    /// True when the visible text ends with `s`.
    func ends(with s: String) -> Bool {
        let t = Array(s.unicodeScalars.map(\.value))
        guard t.count <= suffix.count else { return false }
        return Array(suffix[(suffix.count - t.count)...]) == t
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
    struct Scanner {
        private let decoded: DecodedText
        private var i: Int
        private var done = false

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
            decoded.utf8.withUnsafeBufferPointer { p in
                let n = p.count
                while pos < n {
                    let (v0, len) = TextNormalizer.scalar(p, pos, n)
                    if v0 == 0x0A || v0 == 0x0D || v0 == 0x0C || v0 == 0x2028 || v0 == 0x2029 {
                        if v0 == 0x0D && pos + 1 < n && p[pos + 1] == 0x0A { pos += 1 }
                        pos += len
                        broke = true
                        return
                    }
                    let v = ScalarClass.fold(v0)
                    if ScalarClass.isSpace(v) || v < 0x20 {
                        cur.width += 1
                    } else {
                        if first < 0 { first = pos }
                        lastEnd = pos + len
                        cur.visible += 1
                        cur.width += ScalarClass.isWide(v) ? 2 : 1
                        if ScalarClass.isStop(v) { cur.hasStop = true }
                        if ScalarClass.isClause(v) { cur.hasClause = true }
                        cur.last2 = cur.last
                        cur.last = v
                        if cur.prefix.count < keep {
                            cur.prefix.append(v)
                            cur.prefixPos.append(pos)
                        }
                        cur.suffix.append(v)
                        cur.suffixPos.append(pos)
                        if cur.suffix.count > keep * 2 {
                            cur.suffix.removeFirst(keep)
                            cur.suffixPos.removeFirst(keep)
                        }
                    }
                    pos += len
                }
            }
            i = pos
            if !broke { done = true }
            cur.range = first < 0 ? lineStart..<lineStart : first..<lastEnd
            if cur.suffix.count > keep {
                cur.suffix.removeFirst(cur.suffix.count - keep)
                cur.suffixPos.removeFirst(cur.suffixPos.count - keep)
            }
            return cur
        }
    }
}
