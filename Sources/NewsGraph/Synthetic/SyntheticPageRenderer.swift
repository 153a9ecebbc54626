/// Lays synthetic articles out as a PDF text extractor leaves a newspaper page.
///
/// Per page it picks a style — column width (17–19 characters), a blank line after
/// every line or not, `##` headline marks, spaced-out lines from full justification,
/// spaces around numbers, full-width digits — then cuts every paragraph at the
/// column width, mid-word and mid-name, exactly the damage the text stage repairs.
struct SyntheticPageRenderer {
    var rng: SplitMix64

    /// The raw page text for the articles, with optional section furniture on top.
    mutating func render(_ drafts: [SyntheticDraft], section: (String, String)?) -> String {
        let width = rng.int(in: 17...19)
        let blankLines = rng.chance(0.8)
        let headingMarks = rng.chance(0.5)
        let spacedLines = rng.chance(0.3)
        let numberSpaces = rng.chance(0.5)
        let fullWidthDigits = rng.chance(0.15)
        var out = ""
        out.reserveCapacity(drafts.count * 2400)
        func line(_ s: String) {
            out += s
            out += blankLines ? "\n\n" : "\n"
        }
        if let section {
            line("## " + section.0)
            line(section.1)
        }
        for draft in drafts {
            line((headingMarks ? "## " : "") + draft.headline)
            if let sub = draft.subtitle { line("——" + sub) }
            if let byline = draft.bylineLine { line(byline) }
            for paragraph in draft.paragraphs {
                var text = Array(paragraph.unicodeScalars)
                if numberSpaces { text = spaceNumbers(text) }
                if fullWidthDigits { text = text.map(Self.fullWidth) }
                var start = 0
                while start < text.count {
                    let end = Swift.min(start + width, text.count)
                    if spacedLines && rng.chance(0.12) {
                        out.unicodeScalars.append(contentsOf: Self.spaced(text[start..<end]))
                    } else {
                        out.unicodeScalars.append(contentsOf: text[start..<end])
                    }
                    out += blankLines ? "\n\n" : "\n"
                    start = end
                }
            }
            if let photo = draft.photo {
                line(photo.caption)
                line(photo.credit)
            }
        }
        return out
    }

    /// Puts a space between a digit and a neighbouring CJK character now and then (`12 月 9 日`).
    private mutating func spaceNumbers(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + 8)
        for i in s.indices {
            let c = s[i]
            if i > 0 {
                let prev = s[i - 1]
                let boundary = (Self.isDigit(prev) && Self.isCJK(c)) || (Self.isCJK(prev) && Self.isDigit(c))
                if boundary && rng.chance(0.5) { out.append(" ") }
            }
            out.append(c)
        }
        return out
    }

    /// Full justification: a space between every two characters of the line.
    private static func spaced(_ s: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var previous: Unicode.Scalar?
        for c in s {
            // Justification spreads characters, not the digits of one number.
            if let p = previous, c != " " && p != " " && !(Self.isDigit(p) && Self.isDigit(c)) { out.append(" ") }
            out.append(c)
            previous = c
        }
        return out
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    private static func isCJK(_ c: Unicode.Scalar) -> Bool { c.value >= 0x4E00 && c.value <= 0x9FFF }

    /// `1` → `１`.
    private static func fullWidth(_ c: Unicode.Scalar) -> Unicode.Scalar {
        isDigit(c) ? Unicode.Scalar(c.value - 0x30 + 0xFF10)! : c
    }
}
