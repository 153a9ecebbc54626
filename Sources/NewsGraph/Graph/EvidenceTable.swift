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
        refs.reserveCapacity(document.citationCount)
        document.forEachCitation { e in
            let sh = ByteHash.hash(e.sentence)
            var h = ByteHash.hash(e.file, seed: sh)
            h = ByteHash.hash(e.article, seed: h)
            h = ByteHash.hash(e.rule, seed: h)
            h = ByteHash.combine(ByteHash.combine(h, e.start), e.end)
            let (id, inserted) = provisional.withUnsafeBufferPointer { p in
                index.findOrInsert(hash: h, newID: Int32(p.count)) { Self.sameBytes(p[Int($0)], e) }
            }
            if inserted {
                provisional.append(e)
                sentenceHashes.append(sh)
            }
            refs.append(id)
        }
        // Sort (stable: ties keep first-met order) and merge runs of equal evidence.
        let order = Self.sortedOrder(provisional.count) { Self.compare(provisional[Int($0)], provisional[Int($1)]) }
        var final = [Int32](repeating: 0, count: provisional.count)
        var table: [Evidence] = []
        var tableSentenceHashes: [UInt64] = []
        table.reserveCapacity(provisional.count)
        for (k, p) in order.enumerated() {
            if k == 0 || Self.compare(provisional[Int(order[k - 1])], provisional[Int(p)]) != 0 {
                table.append(provisional[Int(p)])
                tableSentenceHashes.append(sentenceHashes[Int(p)])
            }
            final[Int(p)] = Int32(table.count - 1)
        }
        provisional = []
        final.withUnsafeBufferPointer { f in
            for i in refs.indices { refs[i] = f[Int(refs[i])] }
        }
        self.refs = refs
        self.evidence = table
        (sentences, sentenceIndex) = Self.sentenceTable(table, hashes: tableSentenceHashes)
    }

    /// The sentences of `table`, sorted and unique, and each entry's sentence index.
    private static func sentenceTable(_ table: [Evidence], hashes: [UInt64]) -> ([String], [Int32]) {
        var provisional: [String] = []
        var index = HashIndex(capacity: table.count / 2)
        var of = [Int32](repeating: 0, count: table.count)
        for (i, e) in table.enumerated() {
            let (id, inserted) = provisional.withUnsafeBufferPointer { p in
                index.findOrInsert(hash: hashes[i], newID: Int32(p.count)) { UTF8Bytes.equal(p[Int($0)], e.sentence) }
            }
            if inserted { provisional.append(e.sentence) }
            of[i] = id
        }
        let plain = provisional.map(SentenceOrder.isPlain)
        let order = sortedOrder(provisional.count) { a, b in
            SentenceOrder.compare(provisional[Int(a)], plain[Int(a)], provisional[Int(b)], plain[Int(b)])
        }
        var final = [Int32](repeating: 0, count: provisional.count)
        var sentences: [String] = []
        sentences.reserveCapacity(provisional.count)
        for (k, p) in order.enumerated() {
            if k == 0
                || SentenceOrder.compare(
                    provisional[Int(order[k - 1])], plain[Int(order[k - 1])], provisional[Int(p)], plain[Int(p)]) != 0
            {
                sentences.append(provisional[Int(p)])
            }
            final[Int(p)] = Int32(sentences.count - 1)
        }
        for i in of.indices { of[i] = final[Int(of[i])] }
        return (sentences, of)
    }

    /// `0..<count` sorted by `compare`, ties in index order (a stable sort).
    private static func sortedOrder(_ count: Int, _ compare: (Int32, Int32) -> Int) -> [Int32] {
        var order = (0..<Int32(count)).map { $0 }
        order.sort { a, b in
            let c = compare(a, b)
            return c < 0 || (c == 0 && a < b)
        }
        return order
    }

    /// Three-way `Evidence.<` (file, article, start, end, rule, sentence), with `==` as equality.
    @inline(__always)
    static func compare(_ a: Evidence, _ b: Evidence) -> Int {
        if a.file != b.file { return a.file < b.file ? -1 : 1 }
        if a.article != b.article { return a.article < b.article ? -1 : 1 }
        if a.start != b.start { return a.start < b.start ? -1 : 1 }
        if a.end != b.end { return a.end < b.end ? -1 : 1 }
        if a.rule != b.rule { return a.rule < b.rule ? -1 : 1 }
        if a.sentence != b.sentence { return a.sentence < b.sentence ? -1 : 1 }
        return 0
    }

    @inline(__always)
    private static func sameBytes(_ a: Evidence, _ b: Evidence) -> Bool {
        a.start == b.start && a.end == b.end && UTF8Bytes.equal(a.file, b.file) && UTF8Bytes.equal(a.article, b.article)
            && UTF8Bytes.equal(a.rule, b.rule) && UTF8Bytes.equal(a.sentence, b.sentence)
    }
}
