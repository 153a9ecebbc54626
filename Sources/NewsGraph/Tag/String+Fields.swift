extension String {
    /// `split(separator:)` at an ASCII separator, empty pieces omitted, as `String`s.
    ///
    /// Splitting `Character`s is slow; splitting bytes gives the same pieces whenever each separator is
    /// a grapheme of its own, which is certain when its neighbours are ASCII or CJK ideographs (no
    /// combining mark or prepended character can join it). Any other neighbour takes the `Character` path.
    func fields(separatedBy separator: Unicode.Scalar) -> [String] {
        precondition(separator.isASCII)
        let sep = UInt8(separator.value)
        var out: [String] = []
        var copy = self
        let byteSafe = copy.withUTF8 { p -> Bool in
            var start = 0
            for i in 0..<p.count where p[i] == sep {
                guard Self.isPlainNeighbour(p, before: i), Self.isPlainNeighbour(p, after: i + 1) else { return false }
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if p.count > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<p.count]), as: UTF8.self)) }
            return true
        }
        if byteSafe { return out }
        return split(separator: Character(separator)).map(String.init)
    }

    /// The scalar ending at `i` (if any) is ASCII or a CJK ideograph.
    private static func isPlainNeighbour(_ p: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        guard i > 0 else { return true }
        if p[i - 1] < 0x80 { return true }
        var j = i - 1
        while j > 0 && p[j] & 0xC0 == 0x80 { j -= 1 }
        return isPlainNeighbour(p, after: j)
    }

    /// The scalar starting at `i` (if any) is ASCII or a CJK ideograph.
    private static func isPlainNeighbour(_ p: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        guard i < p.count else { return true }
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return true }
        guard b0 >= 0xE0 && b0 < 0xF0, i + 2 < p.count else { return false }
        let v = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
        return (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
    }
}
