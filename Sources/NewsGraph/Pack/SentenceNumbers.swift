/// Numbers one article's sentences by their bytes, in order of first sight (an article has a few dozen).
struct SentenceNumbers {
    private(set) var list: [String] = []
    private var index = HashIndex(capacity: 16)

    @discardableResult
    mutating func number(_ s: String) -> Int {
        let h = ByteHash.hash(s)
        let (id, inserted) = list.withUnsafeBufferPointer { p in
            index.findOrInsert(hash: h, newID: Int32(p.count)) { UTF8Bytes.equal(p[Int($0)], s) }
        }
        if inserted { list.append(s) }
        return Int(id)
    }
}
