/// Sets of adjacent-ideograph pairs: the cheap lexical fingerprint used to match
/// headlines and captions to article bodies and to find where a reprint starts.
enum Bigrams {
    /// Pairs of adjacent ideographs in `text` (spaces are transparent).
    static func of(_ text: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        var prev: UInt32 = 0
        for u in text.unicodeScalars {
            let v = u.value
            if ScalarClass.isSpace(v) { continue }
            if ScalarClass.isIdeograph(v) {
                if prev != 0 { out.insert(UInt64(prev) << 32 | UInt64(v)) }
                prev = v
            } else {
                prev = 0
            }
        }
        return out
    }

    /// |a ∩ b| / min(|a|, |b|), 0 when either is empty.
    static func overlap(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return Double(shared) / Double(small.count)
    }
}
