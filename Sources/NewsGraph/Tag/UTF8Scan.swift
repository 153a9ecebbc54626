/// Byte-level helpers for scanning clean UTF-8 text without building `Character`s.
enum UTF8Scan {
    /// Length of the scalar whose lead byte is `b` (1 for stray continuation bytes).
    @inline(__always)
    static func scalarLength(lead b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }

    /// The scalar value starting at `i` (0 past the end).
    @inline(__always)
    static func scalar(_ t: [UInt8], at i: Int) -> UInt32 {
        guard i < t.count else { return 0 }
        let b0 = UInt32(t[i])
        if b0 < 0x80 { return b0 }
        if b0 >= 0xF0, i + 3 < t.count {
            return (b0 & 0x07) << 18 | (UInt32(t[i + 1]) & 0x3F) << 12 | (UInt32(t[i + 2]) & 0x3F) << 6
                | (UInt32(t[i + 3]) & 0x3F)
        }
        if b0 >= 0xE0, i + 2 < t.count {
            return (b0 & 0x0F) << 12 | (UInt32(t[i + 1]) & 0x3F) << 6 | (UInt32(t[i + 2]) & 0x3F)
        }
        if b0 >= 0xC0, i + 1 < t.count {
            return (b0 & 0x1F) << 6 | (UInt32(t[i + 1]) & 0x3F)
        }
        return b0
    }

    /// Start of the scalar that ends at `i` (the previous scalar's first byte).
    @inline(__always)
    static func previous(_ t: [UInt8], before i: Int) -> Int {
        var j = i - 1
        while j > 0 && (t[j] & 0xC0) == 0x80 { j -= 1 }
        return max(j, 0)
    }

    /// A CJK ideograph (the characters names, places and offices are written in).
    @inline(__always)
    static func isIdeograph(_ s: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(s) || (0x3400...0x4DBF).contains(s) || (0x20000...0x2FA1F).contains(s)
            || (0xF900...0xFAFF).contains(s)
    }

    /// Sentence-final punctuation the brief splits at: 。！？；and their ASCII forms, plus line breaks.
    @inline(__always)
    static func isSentenceEnd(_ s: UInt32) -> Bool {
        s == 0x3002 || s == 0xFF01 || s == 0xFF1F || s == 0xFF1B || s == 0x21 || s == 0x3F || s == 0x3B || s == 0x0A
    }

    /// The enumeration comma 、 that splits office chains.
    static let dunhao: UInt32 = 0x3001
    /// The full-width comma ，.
    static let comma: UInt32 = 0xFF0C
}

extension String {
    /// The string made of `bytes[range]`, which must lie on scalar boundaries.
    init(utf8Slice t: [UInt8], _ range: Range<Int>) {
        self = String(decoding: t[range], as: UTF8.self)
    }
}
