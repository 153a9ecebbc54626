/// Swift's `String` order and equality, decided on the UTF-8 bytes when that gives the same answer.
///
/// `String` compares by canonical equivalence: unless both strings are known
/// to be ASCII, a difference sends it to a normalising comparison, and sorting
/// a million Chinese ids spends most of its time there. The bytes decide
/// exactly when, at the first differing byte, both strings continue with two
/// scalars that can neither change under NFC nor combine with their
/// neighbours (ASCII, CJK ideographs, CJK punctuation, full-width forms): then
/// both strings' NFC forms share the prefix and differ at these scalars, whose
/// order is the byte order. Otherwise the standard comparison answers.
enum StringOrder {
    /// Exactly `a < b`.
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Exactly `a == b ? 0 : (a < b ? -1 : 1)`.
    static func compare(_ a: String, _ b: String) -> Int {
        if let c = fastCompare(a, b) { return c }
        return a == b ? 0 : (a < b ? -1 : 1)
    }

    /// The byte-decided comparison, or nil when the bytes cannot decide.
    static func fastCompare(_ a: String, _ b: String) -> Int? {
        let r: Int?? = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in compare(pa, pb) } ?? nil
        }
        return r ?? nil
    }

    private static func compare(_ pa: UnsafeBufferPointer<UInt8>, _ pb: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = min(pa.count, pb.count)
        if pa.count == pb.count && pa.baseAddress == pb.baseAddress { return 0 }
        var i = 0
        if let ba = pa.baseAddress, let bb = pb.baseAddress {
            let ra = UnsafeRawPointer(ba)
            let rb = UnsafeRawPointer(bb)
            while i + 8 <= n
                && ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                i += 8
            }
        }
        while i < n && pa[i] == pb[i] { i += 1 }
        // One is a prefix of the other: `String` orders by length then, whatever the scalars.
        if i == n { return pa.count == pb.count ? 0 : (pa.count < pb.count ? -1 : 1) }
        var s = i
        while s > 0 && pa[s] & 0xC0 == 0x80 { s -= 1 }
        guard stable(pa, from: s), stable(pb, from: s) else { return nil }
        return pa[i] < pb[i] ? -1 : 1
    }

    /// True when the scalar at `at` and the one after it (if any) are both `inert`.
    private static func stable(_ p: UnsafeBufferPointer<UInt8>, from at: Int) -> Bool {
        guard let (first, next) = scalar(p, at), inert(first) else { return false }
        guard next < p.count else { return true }
        guard let (second, _) = scalar(p, next) else { return false }
        return inert(second)
    }

    /// The scalar value starting at `i` and the index after it; nil on malformed bytes.
    private static func scalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, i + 1) }
        let len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0
        guard len > 0, i + len <= p.count else { return nil }
        var v = b0 & (0x7F >> UInt32(len))
        for k in 1..<len { v = v << 6 | UInt32(p[i + k] & 0x3F) }
        return (v, i + len)
    }

    /// Scalars that are their own NFC, have combining class 0 and never compose with a neighbour
    /// (NFC_Quick_Check = Yes, ccc = 0); a conservative subset covering Chinese news text.
    static func inert(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300: return true  // Latin up to the first combining mark
        case 0x2010...0x2027: return true  // dashes, quotes, ellipsis
        case 0x3000...0x3029, 0x3030...0x3098: return true  // CJK punctuation, kana (not the 302A-302F, 3099-309A marks)
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true  // CJK ideographs (the compatibility ideographs are not here)
        case 0xFF01...0xFF5E: return true  // full-width forms
        default: return false
        }
    }
}
