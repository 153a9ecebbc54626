/// Finds every occurrence of many UTF-8 patterns in one pass over UTF-8 text (Aho–Corasick).
///
/// The automaton steps once per Unicode scalar, not per byte: the scalars the
/// patterns use are numbered (a paged table for the Basic Multilingual Plane), so a
/// scalar no pattern holds sends the scan straight back to the root without a
/// failure walk, and a Chinese character costs one step instead of three. The
/// trie is flattened into arrays (CSR edge lists sorted by symbol, failure and
/// output links), so the scan loop touches no dictionaries and allocates
/// nothing but the result array. Offsets in matches are still UTF-8 bytes.
struct PatternMatcher: Sendable {
    /// One occurrence: pattern index and its half-open byte range.
    struct Match: Sendable, Equatable {
        var pattern: Int32
        var start: Int32
        var end: Int32
    }

    /// Symbol of BMP scalar `v` (0: in no pattern) is `pageSymbols[pageStart[v >> 8] + (v & 0xFF)]`; pages no
    /// pattern uses share the all-zero page 0, so a matcher of a few names stays small.
    private let pageStart: [Int32]
    private let pageSymbols: [Int32]
    /// Symbols of scalars beyond the BMP (rare: extension-B ideographs).
    private let astralSymbol: [UInt32: Int32]
    /// The root's transition for every symbol (the root is passed on almost every step).
    private let rootNext: [Int32]
    private let edgeStart: [Int32]
    private let edgeSymbol: [Int32]
    private let edgeTarget: [Int32]
    private let fail: [Int32]
    /// Pattern ending at each node (the longest), or -1.
    private let outPattern: [Int32]
    /// Nearest node on the failure chain that ends a pattern, or -1.
    private let outLink: [Int32]
    /// Byte length of each pattern.
    private let patternLength: [Int32]

    /// Number of patterns compiled.
    var patternCount: Int { patternLength.count }

    /// Compiles `patterns` (non-empty UTF-8 byte strings; duplicates map to the first index).
    init(patterns: [[UInt8]]) {
        // Patterns as symbol sequences; symbols numbered in order of first use.
        var pages = [Int32](repeating: 0, count: 256)
        var pageSymbols = [Int32](repeating: 0, count: 256)
        var astral: [UInt32: Int32] = [:]
        var symbolCount: Int32 = 0
        var sequences: [[Int32]] = []
        sequences.reserveCapacity(patterns.count)
        for bytes in patterns {
            var seq: [Int32] = []
            seq.reserveCapacity(bytes.count / 3 + 1)
            for u in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                let v = u.value
                if v < 0x10000 {
                    if pages[Int(v >> 8)] == 0 {
                        pages[Int(v >> 8)] = Int32(pageSymbols.count)
                        pageSymbols.append(contentsOf: repeatElement(0, count: 256))
                    }
                    let at = Int(pages[Int(v >> 8)]) + Int(v & 0xFF)
                    if pageSymbols[at] == 0 {
                        symbolCount += 1
                        pageSymbols[at] = symbolCount
                    }
                    seq.append(pageSymbols[at])
                } else if let s = astral[v] {
                    seq.append(s)
                } else {
                    symbolCount += 1
                    astral[v] = symbolCount
                    seq.append(symbolCount)
                }
            }
            sequences.append(seq)
        }

        // The trie, built over the patterns in lexicographic order: each pattern shares the path of
        // its common prefix with the previous one, and every node's children come in symbol order.
        let order = sequences.indices.filter { !sequences[$0].isEmpty }.sorted {
            let a = sequences[$0]
            let b = sequences[$1]
            return a.lexicographicallyPrecedes(b) || (a == b && $0 < $1)
        }
        var parent: [Int32] = [-1]
        var symbol: [Int32] = [0]
        var own: [Int32] = [-1]
        var path: [Int32] = [0]  // path[d]: node at depth d of the previous pattern
        var previous: [Int32] = []
        for p in order {
            let seq = sequences[p]
            var shared = 0
            while shared < seq.count && shared < previous.count && seq[shared] == previous[shared] { shared += 1 }
            path.removeSubrange((shared + 1)...)
            for d in shared..<seq.count {
                let node = Int32(parent.count)
                parent.append(path[d])
                symbol.append(seq[d])
                own.append(-1)
                path.append(node)
            }
            let end = Int(path[seq.count])
            if own[end] < 0 { own[end] = Int32(p) }
            previous = seq
        }
        let n = parent.count

        // Edges grouped by parent (a counting sort keeps creation order, which is symbol order).
        var starts = [Int32](repeating: 0, count: n + 1)
        for v in 1..<max(1, n) { starts[Int(parent[v]) + 1] += 1 }
        for i in 0..<n { starts[i + 1] += starts[i] }
        var fill = starts
        var symbols = [Int32](repeating: 0, count: max(0, n - 1))
        var targets = [Int32](repeating: 0, count: max(0, n - 1))
        for v in 1..<max(1, n) {
            let u = Int(parent[v])
            let k = Int(fill[u])
            symbols[k] = symbol[v]
            targets[k] = Int32(v)
            fill[u] += 1
        }
        var root = [Int32](repeating: 0, count: Int(symbolCount) + 1)
        for k in Int(starts[0])..<Int(starts[1]) { root[Int(symbols[k])] = targets[k] }

        func child(_ u: Int32, _ s: Int32) -> Int32 {
            if u == 0 { return root[Int(s)] }
            for k in Int(starts[Int(u)])..<Int(starts[Int(u) + 1]) where symbols[k] == s { return targets[k] }
            return 0
        }

        // Breadth-first failure and output links.
        var failLinks = [Int32](repeating: 0, count: n)
        var outLinks = [Int32](repeating: -1, count: n)
        var queue: [Int32] = Array(targets[Int(starts[0])..<Int(starts[1])])
        queue.reserveCapacity(n)
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for k in Int(starts[Int(u)])..<Int(starts[Int(u) + 1]) {
                let v = targets[k]
                let s = symbols[k]
                var f = failLinks[Int(u)]
                while f != 0 && child(f, s) == 0 { f = failLinks[Int(f)] }
                let target = child(f, s)
                failLinks[Int(v)] = target == v ? 0 : target
                let fv = failLinks[Int(v)]
                outLinks[Int(v)] = own[Int(fv)] >= 0 ? fv : outLinks[Int(fv)]
                queue.append(v)
            }
        }
        pageStart = pages
        self.pageSymbols = pageSymbols
        astralSymbol = astral
        rootNext = root
        edgeStart = starts
        edgeSymbol = symbols
        edgeTarget = targets
        fail = failLinks
        outPattern = own
        outLink = outLinks
        patternLength = patterns.map { Int32($0.count) }
    }

    /// Every occurrence of every pattern in `text` (valid UTF-8), ordered by end offset, then longest first.
    func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        var result: [Match] = []
        result.reserveCapacity(text.count / 4)
        pageStart.withUnsafeBufferPointer { ps in
            pageSymbols.withUnsafeBufferPointer { bs in
                rootNext.withUnsafeBufferPointer { rn in
                    edgeStart.withUnsafeBufferPointer { es in
                        edgeSymbol.withUnsafeBufferPointer { esym in
                            edgeTarget.withUnsafeBufferPointer { et in
                                fail.withUnsafeBufferPointer { fl in
                                    outPattern.withUnsafeBufferPointer { op in
                                        outLink.withUnsafeBufferPointer { ol in
                                            patternLength.withUnsafeBufferPointer { pl in
                                                scan(text, ps, bs, rn, es, esym, et, fl, op, ol, pl, into: &result)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    @inline(__always)
    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, _ ps: UnsafeBufferPointer<Int32>, _ bs: UnsafeBufferPointer<Int32>,
        _ rn: UnsafeBufferPointer<Int32>,
        _ es: UnsafeBufferPointer<Int32>, _ esym: UnsafeBufferPointer<Int32>, _ et: UnsafeBufferPointer<Int32>,
        _ fl: UnsafeBufferPointer<Int32>, _ op: UnsafeBufferPointer<Int32>, _ ol: UnsafeBufferPointer<Int32>,
        _ pl: UnsafeBufferPointer<Int32>, into result: inout [Match]
    ) {
        let n = text.count
        var node: Int32 = 0
        var i = 0
        while i < n {
            // Decode one scalar (the text is valid UTF-8).
            let b0 = UInt32(text[i])
            var v: UInt32
            if b0 < 0x80 {
                v = b0
                i += 1
            } else if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F)
                i += 2
            } else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F)
                i += 3
            } else {
                v =
                    (b0 & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12 | UInt32(text[i + 2] & 0x3F) << 6
                    | UInt32(text[i + 3] & 0x3F)
                i += 4
            }
            let sym = v < 0x10000 ? bs[Int(ps[Int(v >> 8)]) + Int(v & 0xFF)] : (astralSymbol[v] ?? 0)
            if sym == 0 {
                node = 0
                continue
            }
            while true {
                if node == 0 {
                    node = rn[Int(sym)]
                    break
                }
                var lo = Int(es[Int(node)])
                var hi = Int(es[Int(node) + 1])
                var found: Int32 = 0
                if hi - lo <= 8 {
                    while lo < hi {
                        let s = esym[lo]
                        if s >= sym {
                            if s == sym { found = et[lo] }
                            break
                        }
                        lo += 1
                    }
                } else {
                    while lo < hi {
                        let mid = (lo + hi) >> 1
                        if esym[mid] < sym { lo = mid + 1 } else { hi = mid }
                    }
                    if lo < Int(es[Int(node) + 1]) && esym[lo] == sym { found = et[lo] }
                }
                if found != 0 {
                    node = found
                    break
                }
                node = fl[Int(node)]
            }
            if node == 0 { continue }
            var o = op[Int(node)] >= 0 ? node : ol[Int(node)]
            let end = Int32(i)
            while o >= 0 {
                let p = op[Int(o)]
                result.append(Match(pattern: p, start: end - pl[Int(p)], end: end))
                o = ol[Int(o)]
            }
        }
    }

    /// Convenience for strings (tests, small inputs).
    func matches(in text: String) -> [Match] {
        var copy = text
        return copy.withUTF8 { matches(in: $0) }
    }
}
