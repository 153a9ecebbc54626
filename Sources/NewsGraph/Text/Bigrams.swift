/// Sets of adjacent-ideograph pairs: the cheap lexical fingerprint used to match
/// headlines and captions to article bodies and to find where a reprint starts.
enum Bigrams {
    /// Pairs of adjacent ideographs in `text` (spaces are transparent).
    static func of(_ text: String) -> BigramSet {
        var out: [UInt64] = []
        out.reserveCapacity(text.utf8.count / 3)
        var prev: UInt32 = 0
        for u in text.unicodeScalars {
            let v = u.value
            if ScalarClass.isSpace(v) { continue }
            if ScalarClass.isIdeograph(v) {
                if prev != 0 { out.append(UInt64(prev) << 32 | UInt64(v)) }
                prev = v
            } else {
                prev = 0
            }
        }
        return BigramSet(out)
    }

    /// |a ∩ b| / min(|a|, |b|), 0 when either is empty.
    static func overlap(_ a: BigramSet, _ b: BigramSet) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.sharedCount(b)) / Double(min(a.count, b.count))
    }
}
