/// The native file's table of evidence: every piece once, sorted, each sentence once.
///
/// One sentence typically backs several mentions, and each mention backs a
/// node, an edge, an observation and an article's `mentions` edge. Nodes,
/// edges and facts cite evidence by its index here, and evidence cites its
/// sentence by index in `sentences`.
///
/// The table is the one the format has always had: the evidence sorted by
/// `Evidence.<`, unique under `==`, the sentences sorted by `String.<`, unique
/// under `==`. It is built without hashing `Evidence` (Swift's `String`
/// hashing normalizes every long sentence): occurrences are deduplicated by
/// their bytes in a `HashIndex`, then sorted, and the rare pieces that are equal
/// without having the same bytes (canonically equivalent Unicode) are merged,
/// keeping the first one met in `citations` order, as a `Set` would.
struct EvidenceTable {
    /// All evidence, sorted and unique.
    private(set) var evidence: [Evidence] = []
    /// For each entry of `evidence`, its sentence's index in `sentences`.
    private(set) var sentenceIndex: [Int32] = []
    /// The sentences, sorted and unique.
    private(set) var sentences: [String] = []
    /// The table index of every citation, in `citations` order (see `GraphDocument.forEachCitation`).
    private(set) var refs: [Int32] = []

    /// The table of every piece of evidence `document` cites.
    init(_ document: GraphDocument) {
        var provisional: [Evidence] = []
        var sentenceHashes: [UInt64] = []
        var index = HashIndex(capacity: 1024)
        var refs: [Int32] = []
        var hashes = StringHashCache()
        refs.reserveCapacity(document.citationCount)
        document.forEachCitation { e in
            let sh = hashes.hash(e.sentence)
            var h = ByteHash.mix(sh ^ (hashes.hash(e.file) &* 31))
            h = ByteHash.mix(h ^ (hashes.hash(e.article) &* 37))
            h = ByteHash.mix(h ^ (ByteHash.hash(e.rule) &* 41))
            h = ByteHash.combine(ByteHash.combine(h, e.start), e.end)
            let (id, inserted) = provisional.withUnsafeBufferPointer { p in
                index.findOrInsert(hash: h, newID: Int32(p.count)) { Self.sameBytes(p.baseAddress! + Int($0), e) }
            }
            if inserted {
                provisional.append(e)
                sentenceHashes.append(sh)
            }
            refs.append(id)
        }
        // Sort (stable: ties keep first-met order) and merge runs of equal evidence.
        var final = [Int32](repeating: 0, count: provisional.count)
        var table: [Evidence] = []
        var tableSentenceHashes: [UInt64] = []
        table.reserveCapacity(provisional.count)
        provisional.withUnsafeBufferPointer { p in
            let e = p.baseAddress!
            let order = Self.sortedOrder(p.count) { Self.compare(e + Int($0), e + Int($1)) }
            for (k, i) in order.enumerated() {
                if k == 0 || Self.compare(e + Int(order[k - 1]), e + Int(i)) != 0 {
                    table.append(p[Int(i)])
                    tableSentenceHashes.append(sentenceHashes[Int(i)])
                }
                final[Int(i)] = Int32(table.count - 1)
            }
        }
        provisional = []
        final.withUnsafeBufferPointer { f in
            for i in refs.indices { refs[i] = f[Int(refs[i])] }
        }
        self.refs = refs
        self.evidence = table
        (sentences, sentenceIndex) = Self.sentenceTable(table, hashes: tableSentenceHashes)
    }

    /// The table of `evidence`, already sorted and unique (`GraphAccumulator.finishCompact`), and `refs`
    /// the table index of each citation that is written by position (the facts': see `GraphFileWriter`).
    init(sorted evidence: [Evidence], refs: [Int32]) {
        var hashes = StringHashCache()
        var sentenceHashes: [UInt64] = []
        sentenceHashes.reserveCapacity(evidence.count)
        for i in evidence.indices { sentenceHashes.append(hashes.hash(evidence[i].sentence)) }
        self.refs = refs
        self.evidence = evidence
        (sentences, sentenceIndex) = Self.sentenceTable(evidence, hashes: sentenceHashes)
    }

    /// Frees the evidence once it is written (sentences and citations stay).
    mutating func forgetEvidence() {
        evidence = []
        sentenceIndex = []
    }

    /// The sentences of `table`, sorted and unique, and each entry's sentence index.
    private static func sentenceTable(_ table: [Evidence], hashes: [UInt64]) -> ([String], [Int32]) {
        var provisional: [String] = []
        var index = HashIndex(capacity: table.count / 2)
        var of = [Int32](repeating: 0, count: table.count)
        table.withUnsafeBufferPointer { t in
            for i in t.indices {
                let sentence = t.baseAddress! + i
                let (id, inserted) = provisional.withUnsafeBufferPointer { p in
                    index.findOrInsert(hash: hashes[i], newID: Int32(p.count)) {
                        UTF8Bytes.equal(p[Int($0)], sentence.pointee.sentence)
                    }
                }
                if inserted { provisional.append(sentence.pointee.sentence) }
                of[i] = id
            }
        }
        let plain = provisional.map(SentenceOrder.isPlain)
        var final = [Int32](repeating: 0, count: provisional.count)
        var sentences: [String] = []
        sentences.reserveCapacity(provisional.count)
        provisional.withUnsafeBufferPointer { p in
            let order = sortedOrder(p.count) { a, b in
                SentenceOrder.compare(p[Int(a)], plain[Int(a)], p[Int(b)], plain[Int(b)])
            }
            for (k, i) in order.enumerated() {
                if k == 0 {
                    sentences.append(p[Int(i)])
                } else {
                    let j = Int(order[k - 1])
                    if SentenceOrder.compare(p[j], plain[j], p[Int(i)], plain[Int(i)]) != 0 { sentences.append(p[Int(i)]) }
                }
                final[Int(i)] = Int32(sentences.count - 1)
            }
        }
        for i in of.indices { of[i] = final[Int(of[i])] }
        return (sentences, of)
    }

    /// `0..<count` sorted by `compare`, ties in index order (a stable sort).
    static func sortedOrder(_ count: Int, _ compare: (Int32, Int32) -> Int) -> [Int32] {
        var order = (0..<Int32(count)).map { $0 }
        order.sort { a, b in
            let c = compare(a, b)
            return c < 0 || (c == 0 && a < b)
        }
        return order
    }

    /// Three-way `Evidence.<` (file, article, start, end, rule, sentence), with `==` as equality.
    @inline(__always)
    static func compare(_ a: UnsafePointer<Evidence>, _ b: UnsafePointer<Evidence>) -> Int {
        if a.pointee.file != b.pointee.file { return a.pointee.file < b.pointee.file ? -1 : 1 }
        if a.pointee.article != b.pointee.article { return a.pointee.article < b.pointee.article ? -1 : 1 }
        if a.pointee.start != b.pointee.start { return a.pointee.start < b.pointee.start ? -1 : 1 }
        if a.pointee.end != b.pointee.end { return a.pointee.end < b.pointee.end ? -1 : 1 }
        if a.pointee.rule != b.pointee.rule { return a.pointee.rule < b.pointee.rule ? -1 : 1 }
        if a.pointee.sentence != b.pointee.sentence { return a.pointee.sentence < b.pointee.sentence ? -1 : 1 }
        return 0
    }

    @inline(__always)
    private static func sameBytes(_ a: UnsafePointer<Evidence>, _ b: Evidence) -> Bool {
        a.pointee.start == b.start && a.pointee.end == b.end && UTF8Bytes.equal(a.pointee.file, b.file)
            && UTF8Bytes.equal(a.pointee.article, b.article) && UTF8Bytes.equal(a.pointee.rule, b.rule)
            && UTF8Bytes.equal(a.pointee.sentence, b.sentence)
    }
}
