/// Reads bylines and credits: `（记者 王洋 通讯员 武姝君）`, `□ 本报记者 罗丽`, `（武子祺 任梦雅）`, `张娟娟 摄`.
///
/// Names are 2–4 ideographs; role words switch the role of the names after
/// them (or, for photo credits, of the names before them). Spans are decoded
/// positions; the segmenter turns them into raw spans.
enum BylineParser {
    /// A whitespace-separated token: folded scalars and their decoded range.
    struct Token {
        var scalars: [UInt32]
        var range: Range<Int>
        var text: String { String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))) }
    }

    /// A name found in a byline, with its role and decoded range.
    struct Name {
        var name: String
        var role: Author.Role
        var range: Range<Int>
    }

    /// Role words that open a byline group, longest first.
    static let roleWords: [(String, Author.Role)] = [
        ("本报特约记者", .reporter), ("本报见习记者", .reporter), ("本报通讯员", .correspondent), ("本报记者", .reporter),
        ("特约通讯员", .correspondent), ("特约记者", .reporter), ("见习记者", .reporter), ("实习记者", .reporter),
        ("摄影记者", .photographer), ("通讯员", .correspondent), ("实习生", .reporter), ("记者", .reporter),
        ("摄影", .photographer), ("撰稿", .writer), ("文字", .writer), ("摄", .photographer), ("文", .writer),
    ]

    /// Credit words that follow the photographer's name: `摄影报道`, `摄影`, `摄`.
    static let creditWords: [String] = ["摄影报道", "摄影", "摄"]

    /// `roleWords` and `creditWords` as scalar values, made once.
    private static let roleScalars = roleWords.map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }
    private static let creditScalars = creditWords.map { Array($0.unicodeScalars.map(\.value)) }

    /// Tokens of `range`, split at whitespace and at `、，,/`.
    static func tokens(_ decoded: DecodedText, _ range: Range<Int>) -> [Token] {
        var out: [Token] = []
        decoded.utf8.withUnsafeBufferPointer { p in
            var i = range.lowerBound
            let end = min(range.upperBound, p.count)
            var cur = Token(scalars: [], range: i..<i)
            while i < end {
                let (v0, len) = TextNormalizer.scalar(p, i, end)
                let v = ScalarClass.fold(v0)
                if ScalarClass.isSpace(v) || v < 0x20 || v == 0x3001 || v == 0xFF0C || v == 0x2C || v == 0x2F {
                    if !cur.scalars.isEmpty { out.append(cur) }
                    cur = Token(scalars: [], range: (i + len)..<(i + len))
                } else {
                    if cur.scalars.isEmpty { cur.range = i..<i }
                    cur.scalars.append(v)
                    cur.range = cur.range.lowerBound..<(i + len)
                }
                i += len
            }
            if !cur.scalars.isEmpty { out.append(cur) }
        }
        return out
    }

    /// True for a plausible Chinese personal name: 2–4 ideographs.
    static func isName(_ s: ArraySlice<UInt32>) -> Bool {
        (2...4).contains(s.count) && s.allSatisfy(ScalarClass.isIdeograph)
    }

    /// The role word at the start of `s`, if any.
    static func rolePrefix(_ s: [UInt32]) -> (Int, Author.Role)? {
        for (ws, role) in roleScalars where s.count >= ws.count && s[0..<ws.count].elementsEqual(ws) {
            return (ws.count, role)
        }
        return nil
    }

    /// Reads a byline made of role words and names (`记者 王洋 通讯员 武姝君`);
    /// nil when a token is neither, so ordinary text is never taken for a byline.
    static func names(in tokens: [Token], defaultRole: Author.Role) -> [Name]? {
        var role = defaultRole
        var out: [Name] = []
        for t in mergingLetterSpaced(tokens) {
            var s = t.scalars[...]
            var start = t.range.lowerBound
            if let (n, r) = rolePrefix(t.scalars) {
                role = r
                // Role glued to the name (`记者王洋`): the name starts after the role word.
                start = positionAfter(t, scalars: n)
                s = t.scalars[n...]
                if s.isEmpty { continue }
            }
            guard isName(s) else { return nil }
            let name = String(String.UnicodeScalarView(s.compactMap(Unicode.Scalar.init)))
            out.append(Name(name: name, role: role, range: start..<t.range.upperBound))
        }
        return out.isEmpty ? nil : out
    }

    /// Joins letter-spaced names (`周 晓` → `周晓`): papers space two-character names out to the
    /// width of three-character ones. A run of 2 or 3 single ideographs is one name; a longer run
    /// splits into names of 3 (then 2) characters.
    static func mergingLetterSpaced(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        var run: [Token] = []
        func flush() {
            var rest = run[...]
            while !rest.isEmpty {
                let take = rest.count == 4 ? 2 : min(3, rest.count)
                let part = rest.prefix(take)
                rest = rest.dropFirst(take)
                if part.count == 1 {
                    out.append(part[part.startIndex])
                } else {
                    out.append(
                        Token(
                            scalars: part.flatMap(\.scalars),
                            range: part.first!.range.lowerBound..<part.last!.range.upperBound))
                }
            }
            run = []
        }
        for (k, t) in tokens.enumerated() {
            // A one-character role word (`文`, `摄`) with no name after it is the end of a spaced name (`孙 文`).
            let isRole = rolePrefix(t.scalars) != nil && (k + 1 < tokens.count || run.isEmpty)
            if t.scalars.count == 1, ScalarClass.isIdeograph(t.scalars[0]), !isRole {
                run.append(t)
            } else {
                flush()
                out.append(t)
            }
        }
        flush()
        return out
    }

    /// Decoded position after the first `n` scalars of token `t` (all its scalars are 3-byte or less).
    static func positionAfter(_ t: Token, scalars n: Int) -> Int {
        var pos = t.range.lowerBound
        for k in 0..<n { pos += utf8Length(t.scalars[k]) }
        return pos
    }

    @inline(__always) static func utf8Length(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x10000 ? 3 : 4))
    }

    /// A photo credit at the end of `tokens`: `张娟娟 摄`, `郭佳丽 摄影报道`, `张娟娟摄`.
    /// Returns the names and the index of the first token that belongs to the credit.
    static func credit(in tokens: [Token]) -> (names: [Name], firstToken: Int, isReport: Bool)? {
        guard let lastTok = tokens.last else { return nil }
        var names: [Name] = []
        var idx = tokens.count - 1
        var word: String?
        for (w, ws) in zip(creditWords, creditScalars) {
            guard lastTok.scalars.count >= ws.count, lastTok.scalars.suffix(ws.count).elementsEqual(ws) else { continue }
            word = w
            let nameScalars = lastTok.scalars.dropLast(ws.count)
            if !nameScalars.isEmpty {
                // `张娟娟摄`: the name is glued to the credit word.
                guard isName(nameScalars) else { return nil }
                let end = positionAfter(lastTok, scalars: nameScalars.count)
                names.append(
                    Name(
                        name: String(String.UnicodeScalarView(nameScalars.compactMap(Unicode.Scalar.init))),
                        role: .photographer, range: lastTok.range.lowerBound..<end))
            }
            break
        }
        guard let word else { return nil }
        var k = idx - 1
        while k >= 0 && names.count < 4 {
            let t = tokens[k]
            // A role word before the names (`记者 王思远 摄影报道`, `记者王思远 摄`) belongs to the
            // credit and is no name; the role it names is the photographer's credit anyway. One-character
            // role words (`文`, `摄`) also open names (`文静怡`), so only longer ones count here.
            if let (n, _) = rolePrefix(t.scalars), n >= 2 {
                let rest = t.scalars[n...]
                if rest.isEmpty {
                    k -= 1
                    break
                }
                guard isName(rest) else { break }
                let start = positionAfter(t, scalars: n)
                names.insert(
                    Name(
                        name: String(String.UnicodeScalarView(rest.compactMap(Unicode.Scalar.init))),
                        role: .photographer, range: start..<t.range.upperBound), at: 0)
                k -= 1
                break
            }
            guard isName(t.scalars[...]) else { break }
            names.insert(Name(name: t.text, role: .photographer, range: t.range), at: 0)
            k -= 1
        }
        idx = k + 1
        guard !names.isEmpty else { return nil }
        return (names, idx, word == "摄影报道")
    }
}
