/// Character classes of the text stage, on Unicode scalar values (no `Character`, no regex).
enum ScalarClass {
    /// A CJK ideograph (including extension A/B… and `〇`).
    @inline(__always) static func isIdeograph(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3134F).contains(v)
            || (0xF900...0xFAFF).contains(v) || v == 0x3007
    }

    /// Wide characters: ideographs, CJK and general punctuation, full-width forms, shapes such as `□`.
    /// A space next to one of these is a justification artefact, never a word separator.
    @inline(__always) static func isWide(_ v: UInt32) -> Bool {
        isIdeograph(v) || (0x2010...0x206F).contains(v) || (0x2E80...0x2FFF).contains(v)
            || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v)
            || (0x25A0...0x25FF).contains(v) || (0x3100...0x31EF).contains(v) || v == 0xB7
    }

    /// Horizontal whitespace inside a line (ASCII space, tab, no-break space, ideographic space).
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x3000 || v == 0x2002 || v == 0x2003 || v == 0x2009
            || v == 0x200B || v == 0xFEFF
    }

    @inline(__always) static func isASCIIDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// Punctuation that ends a sentence: `。！？!?…` (a closing quote after one of these also ends it).
    @inline(__always) static func isSentenceEnd(_ v: UInt32) -> Bool {
        v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x21 || v == 0x3F || v == 0x2026
    }

    /// Closing quotes and brackets that may follow a sentence end: `”’」』）)》`.
    @inline(__always) static func isCloser(_ v: UInt32) -> Bool {
        v == 0x201D || v == 0x2019 || v == 0x300D || v == 0x300F || v == 0xFF09 || v == 0x29 || v == 0x300B
    }

    /// Punctuation a headline never contains: `。！？；` (and ASCII `;`).
    @inline(__always) static func isStop(_ v: UInt32) -> Bool {
        v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0xFF1B || v == 0x3B
    }

    /// Clause punctuation: `，、：；` and ASCII `,;:`.
    @inline(__always) static func isClause(_ v: UInt32) -> Bool {
        v == 0xFF0C || v == 0x3001 || v == 0xFF1A || v == 0xFF1B || v == 0x2C || v == 0x3B || v == 0x3A
    }

    /// The documented full-width → ASCII folding: digits, Latin letters, `％＋－．／`; the ideographic
    /// space becomes a plain space. Chinese punctuation (`，。、：（）“”`) is kept as it is.
    @inline(__always) static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05, 0xFF0B, 0xFF0D, 0xFF0F:
            return v - 0xFEE0
        case 0xFF0E:
            return 0x2E
        case 0x3000:
            return 0x20
        default:
            return v
        }
    }
}
