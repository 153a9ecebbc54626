/// The `list-name` rule: in an enumeration that names a known person (`…名将狄青、联合国原副秘书长冀朝铸、
/// 著名导演贾樟柯等`), the other items that end in a name are people too.
///
/// Each item is split at 、 (the list ends at 等, punctuation or the sentence
/// end); the name is read backwards from the item's end, three characters
/// first, and its surname must not be one that is also a common word.
struct ListNameRule {
    let doc: TagDocument
    let names: NameReader

    func find(known: [PersonFinding]) -> [PersonFinding] {
        var out: [PersonFinding] = []
        let ends = Set(known.map(\.name.upperBound))
        var taken = known.map(\.name)
        for sentence in doc.sentences {
            for items in lists(in: sentence) where items.contains(where: { ends.contains($0.upperBound) }) {
                // The last item may go on after the name (`…、蓝天翔与干部群众一起…`): read it from its start.
                if let last = items.last, items.count > 1, ends.contains(items[items.count - 2].upperBound),
                    !ends.contains(last.upperBound), let r = names.name(at: last.lowerBound, limit: last.upperBound),
                    r.upperBound < last.upperBound, !names.surnameIsAmbiguous(at: r.lowerBound),
                    !taken.contains(where: { $0.overlaps(r) })
                {
                    out.append(PersonFinding(name: r, rule: "list-name", links: [], phrase: last))
                    taken.append(r)
                    continue
                }
                for item in items where !ends.contains(item.upperBound) {
                    for len in [9, 6] where item.count > len {
                        let s = item.upperBound - len
                        guard let r = names.name(at: s, limit: item.upperBound), r.upperBound == item.upperBound,
                            !names.surnameIsAmbiguous(at: s), !taken.contains(where: { $0.overlaps(r) })
                        else { continue }
                        out.append(PersonFinding(name: r, rule: "list-name", links: [], phrase: item))
                        taken.append(r)
                        break
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
