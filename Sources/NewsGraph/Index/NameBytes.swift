import Foundation

/// Comparing names as bytes exactly where that agrees with Swift's `String` comparison.
///
/// Swift compares strings by canonical equivalence, character by character. For text made
/// only of "plain" scalars — printable ASCII, CJK ideographs, CJK and general punctuation,
/// fullwidth forms — no two different strings are equivalent and every scalar is its own
/// character, so equality is byte equality and `contains` is a byte search. Names with any
/// other scalar are compared as `String`s: slower, never different from the query engine.
enum NameBytes {
    /// True when every scalar of `bytes` (valid UTF-8) is plain.
    static func isPlain<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): if !isPlain(s) { return false }
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Scalars with no canonical decomposition, combining class 0, and a grapheme break of their own.
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20...0x7E, 0xB7: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x3000...0x3029, 0x3030...0x303F: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0xFF01...0xFF5E: return true
        default: return false
        }
    }

    /// The bytes a name is keyed by: its own when plain, else those of its canonical composition (NFC).
    static func key(_ s: String) -> [UInt8] {
        let bytes = Array(s.utf8)
        return isPlain(bytes) ? bytes : Array(s.precomposedStringWithCanonicalMapping.utf8)
    }

    /// True when `needle` occurs in `hay` (byte search; an empty needle occurs everywhere).
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count, let hb = hay.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { n in
            let first = n[0]
            var i = 0
            let last = hay.count - n.count
            while i <= last {
                if hb[i] == first, memcmp(hb + i, n.baseAddress!, n.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }

    /// True when `a` and `b` hold the same bytes.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        guard let ab = a.baseAddress, !b.isEmpty else { return a.count == 0 }
        return b.withUnsafeBufferPointer { memcmp(ab, $0.baseAddress!, b.count) == 0 }
    }

    /// FNV-1a-64 of a key, for the index's hash tables.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = FNV1a64()
        h.update(bytes)
        return h.value
    }
}
