/// `String.<` for sentences, by their bytes whenever that gives the same answer.
///
/// Swift orders strings by their NFC-normalized scalars, which costs a
/// normalization pass per comparison of non-ASCII text. For a string already in
/// NFC that cannot change under normalization, scalar order is UTF-8 byte order;
/// a string made only of scalars that have no canonical decomposition, combine
/// with nothing before them and have combining class 0 ("plain": ASCII, Latin-1,
/// CJK ideographs and punctuation, kana, full-width forms) is such a string. Two
/// plain strings are compared with `memcmp`; anything else goes to `String.<`.
enum SentenceOrder {
    /// True when `s` is made only of scalars whose order under `String.<` is their byte order.
    static func isPlain(_ s: String) -> Bool {
        for scalar in s.unicodeScalars where !isPlain(scalar.value) { return false }
        return true
    }

    @inline(__always)
    static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300, 0x2010...0x205E, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xFF01...0xFF65:
            return true
        default:
            return false
        }
    }

    /// Three-way `String.<` with `==` as equality; `aPlain` and `bPlain` are `isPlain` of each.
    @inline(__always)
    static func compare(_ a: String, _ aPlain: Bool, _ b: String, _ bPlain: Bool) -> Int {
        if aPlain && bPlain {
            if UTF8Bytes.equal(a, b) { return 0 }
            return UTF8Bytes.less(a, b) ? -1 : 1
        }
        if a == b { return 0 }
        return a < b ? -1 : 1
    }
}
