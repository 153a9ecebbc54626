/// The `list-name` rule: in an enumeration that names a known person (`…宋代名臣范仲淹、浙江省原副省长柯东升、
/// 著名导演吴晓波等`), the other items that end in a name are people too.
///
/// Each item is split at 、 (the list ends at 等, punctuation or the sentence
/// end); the name is read backwards from the item's end, three characters
/// first; a two-character name must not start with a surname that is also a
/// common word (于, 高).
struct ListNameRule {
    let doc: TagDocument
    let names: NameReader

    func find(known: [PersonFinding]) -> [PersonFinding] {
        var out: [PersonFinding] = []
        var ends = Set(known.map(\.name.upperBound))
        var taken = known.map(\.name)
        func add(_ r: Range<Int>, _ item: Range<Int>) {
            out.append(PersonFinding(name: r, rule: "list-name", links: [], phrase: item))
            taken.append(r)
            ends.insert(item.upperBound)
        }
        // Only a sentence holding a known name's end can hold a list naming it; names this rule adds end
        // inside the sentence being read, so the known ends, sorted once, decide for every sentence.
        let knownEnds = ends.sorted()
        for sentence in doc.sentences {
            var lo = 0
            var hi = knownEnds.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if knownEnds[mid] <= sentence.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            guard lo < knownEnds.count, knownEnds[lo] <= sentence.upperBound else { continue }
            for items in lists(in: sentence) where items.contains(where: { ends.contains($0.upperBound) }) {
                for (k, item) in items.enumerated() where !ends.contains(item.upperBound) {
                    // An item that ends in a name: three characters first, then two. The last item ends in
                    // its name only when 等 closes the list (`…著名导演吴晓波等`); otherwise it goes on.
                    let last = k == items.count - 1
                    let closedByDeng = doc.scalar(at: item.upperBound) == 0x7B49
                    var found = false
                    for len in [9, 6] where item.count >= len && (!last || closedByDeng || item.count <= 12) {
                        let s = item.upperBound - len
                        guard let r = names.name(at: s, limit: item.upperBound), r.upperBound == item.upperBound,
                            len == 9 || !names.surnameIsAmbiguous(at: s), !taken.contains(where: { $0.overlaps(r) })
                        else { continue }
                        add(r, item)
                        found = true
                        break
                    }
                    // The last item may go on after the name (`…、蓝天翔与干部群众一起…`): read it from its start.
                    if !found, k == items.count - 1, k > 0, ends.contains(items[k - 1].upperBound),
                        let r = names.name(at: item.lowerBound, limit: item.upperBound), r.upperBound < item.upperBound,
                        r.count == 9 || !names.surnameIsAmbiguous(at: r.lowerBound), !taken.contains(where: { $0.overlaps(r) })
                    {
                        out.append(PersonFinding(name: r, rule: "list-name", links: [], phrase: item))
                        taken.append(r)
                    }
                }
            }
        }
        return out
    }

    /// Enumerations in a sentence: runs of two or more items joined by 、.
    private func lists(in sentence: Range<Int>) -> [[Range<Int>]] {
        var result: [[Range<Int>]] = []
        var items: [Range<Int>] = []
        var start = sentence.lowerBound
        var i = sentence.lowerBound
        func close(_ end: Int) {
            if end > start { items.append(start..<end) }
        }
        while i < sentence.upperBound {
            let s = doc.scalar(at: i)
            let len = max(1, doc.scalarLength(at: i))
            if s == UTF8Scan.dunhao {
                close(i)
                start = i + len
            } else if !(UTF8Scan.isIdeograph(s) || s == 0x201C || s == 0x201D) || s == 0x7B49 {  // 等
                close(i)
                if items.count > 1 { result.append(items) }
                items = []
                start = i + len
            }
            i += len
        }
        close(sentence.upperBound)
        if items.count > 1 { result.append(items) }
        return result
    }
}
