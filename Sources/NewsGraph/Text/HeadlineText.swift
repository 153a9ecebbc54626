/// Cleans a headline line: full-width folded, letter-spacing removed, word gaps kept as one space.
///
/// Unlike body text, a headline's gaps between phrases carry meaning
/// (`阵地有用 服务实用 群众爱用`), so a space is kept between two phrases of two
/// or more characters and dropped inside letter-spaced runs (`汾 阳 市`).
enum HeadlineText {
    static func clean(_ decoded: DecodedText, _ range: Range<Int>) -> String {
        let toks = BylineParser.tokens(decoded, range)
        var out = String.UnicodeScalarView()
        var prev: BylineParser.Token?
        for t in toks {
            if let p = prev {
                let a = p.scalars.last ?? 0
                let b = t.scalars.first ?? 0
                let bothWide = ScalarClass.isWide(a) && ScalarClass.isWide(b)
                let keep =
                    bothWide
                    ? (p.scalars.count >= 2 && t.scalars.count >= 2 && ScalarClass.isIdeograph(a) && ScalarClass.isIdeograph(b))
                    : (!ScalarClass.isWide(a) && !ScalarClass.isWide(b))
                if keep { out.append(" ") }
            }
            // Tokens split at `、，/` lose them: put them back.
            if let p = prev, p.range.upperBound < t.range.lowerBound {
                let gap = decoded.string(p.range.upperBound..<t.range.lowerBound)
                for u in gap.unicodeScalars where !ScalarClass.isSpace(u.value) && u.value >= 0x20 {
                    if out.last == " " { out.removeLast() }
                    out.append(Unicode.Scalar(ScalarClass.fold(u.value)) ?? u)
                }
            }
            for v in t.scalars { if let u = Unicode.Scalar(v) { out.append(u) } }
            prev = t
        }
        return String(out)
    }
}
