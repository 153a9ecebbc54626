/// Escapes an evidence sentence and wraps the entity's surface forms in `<mark>`.
///
/// The evidence keeps the clean sentence, not the mention's offset within it, so the
/// surfaces are looked up: every occurrence of each needle is marked, the longest
/// needle winning where two overlap. A needle that does not occur marks nothing.
enum EvidenceHighlighter {
    static func html(_ sentence: String, marking needles: [String]) -> String {
        let hay = Array(sentence.unicodeScalars)
        let patterns = Set(needles.filter { !$0.isEmpty }).map { Array($0.unicodeScalars) }
            .sorted {
                $0.count != $1.count
                    ? $0.count > $1.count : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1))
            }
        var covered = [Bool](repeating: false, count: hay.count)
        var starts: [Int: Int] = [:]  // start index → length
        for p in patterns where p.count <= hay.count {
            var i = 0
            while i + p.count <= hay.count {
                if hay[i] == p[0] && !covered[i] && Array(hay[i..<(i + p.count)]) == p
                    && !covered[i..<(i + p.count)].contains(true)
                {
                    starts[i] = p.count
                    for k in i..<(i + p.count) { covered[k] = true }
                    i += p.count
                } else {
                    i += 1
                }
            }
        }
        var out = ""
        var plain = String.UnicodeScalarView()
        var i = 0
        while i < hay.count {
            if let n = starts[i] {
                out += HTMLText.escape(String(plain))
                plain = String.UnicodeScalarView()
                out += "<mark>" + HTMLText.escape(String(String.UnicodeScalarView(hay[i..<(i + n)]))) + "</mark>"
                i += n
            } else {
                plain.append(hay[i])
                i += 1
            }
        }
        return out + HTMLText.escape(String(plain))
    }
}
