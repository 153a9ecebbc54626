/// Finds every occurrence of many byte patterns in one pass over UTF-8 text (Aho–Corasick).
///
/// The automaton is flattened into arrays (CSR edge lists, failure and output
/// links) so the scan loop touches no dictionaries and allocates nothing but
/// the result array. The root keeps a full 256-entry table because almost
/// every step of a scan over Chinese text passes through it.
struct PatternMatcher: Sendable {
    /// One occurrence: pattern index and its half-open byte range.
    struct Match: Sendable, Equatable {
        var pattern: Int32
        var start: Int32
        var end: Int32
    }

    private let edgeStart: [Int32]
    private let edgeBytes: [UInt8]
    private let edgeTarget: [Int32]
    private let rootNext: [Int32]
    private let fail: [Int32]
    private let outPattern: [Int32]
    private let outLink: [Int32]
    private let patternLength: [Int32]

    /// Number of patterns compiled.
    var patternCount: Int { patternLength.count }

    /// Compiles `patterns` (non-empty byte strings; duplicates map to the first index).
    init(patterns: [[UInt8]]) {
        // Build a plain trie with a dictionary (build time only).
        var children: [[UInt8: Int32]] = [[:]]
        var own: [Int32] = [-1]
        for (p, bytes) in patterns.enumerated() where !bytes.isEmpty {
            var node: Int32 = 0
            for b in bytes {
                if let next = children[Int(node)][b] {
                    node = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    own.append(-1)
                    children[Int(node)][b] = next
                    node = next
                }
            }
            if own[Int(node)] < 0 { own[Int(node)] = Int32(p) }
        }
        let n = children.count
        var starts = [Int32](repeating: 0, count: n + 1)
        var bytesOut: [UInt8] = []
        var targets: [Int32] = []
        for i in 0..<n {
            starts[i] = Int32(bytesOut.count)
            for (b, t) in children[i].sorted(by: { $0.key < $1.key }) {
                bytesOut.append(b)
                targets.append(t)
            }
        }
        starts[n] = Int32(bytesOut.count)

        // Breadth-first failure and output links.
        var failLinks = [Int32](repeating: 0, count: n)
        var outLinks = [Int32](repeating: -1, count: n)
        var root = [Int32](repeating: 0, count: 256)
        var queue: [Int32] = []
        for (b, t) in children[0] {
            root[Int(b)] = t
            queue.append(t)
        }
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for (b, v) in children[Int(u)] {
                var f = failLinks[Int(u)]
                while f != 0 && children[Int(f)][b] == nil { f = failLinks[Int(f)] }
                let target = children[Int(f)][b] ?? 0
                failLinks[Int(v)] = (target == v) ? 0 : target
                let fv = failLinks[Int(v)]
                outLinks[Int(v)] = own[Int(fv)] >= 0 ? fv : outLinks[Int(fv)]
                queue.append(v)
            }
        }
        edgeStart = starts
        edgeBytes = bytesOut
        edgeTarget = targets
        rootNext = root
        fail = failLinks
        outPattern = own
        outLink = outLinks
        patternLength = patterns.map { Int32($0.count) }
    }

    /// Every occurrence of every pattern in `text`, ordered by end offset, then by length (longest first).
    func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        var result: [Match] = []
        result.reserveCapacity(text.count / 4)
        edgeStart.withUnsafeBufferPointer { es in
            edgeBytes.withUnsafeBufferPointer { eb in
                edgeTarget.withUnsafeBufferPointer { et in
                    rootNext.withUnsafeBufferPointer { rn in
                        fail.withUnsafeBufferPointer { fl in
                            outPattern.withUnsafeBufferPointer { op in
                                outLink.withUnsafeBufferPointer { ol in
                                    patternLength.withUnsafeBufferPointer { pl in
                                        var node: Int32 = 0
                                        for i in 0..<text.count {
                                            let b = text[i]
                                            while true {
                                                if node == 0 {
                                                    node = rn[Int(b)]
                                                    break
                                                }
                                                let lo = Int(es[Int(node)])
                                                let hi = Int(es[Int(node) + 1])
                                                var found: Int32 = -1
                                                var k = lo
                                                while k < hi {
                                                    let eb0 = eb[k]
                                                    if eb0 == b {
                                                        found = et[k]
                                                        break
                                                    }
                                                    if eb0 > b { break }
                                                    k += 1
                                                }
                                                if found >= 0 {
                                                    node = found
                                                    break
                                                }
                                                node = fl[Int(node)]
                                            }
                                            var o = op[Int(node)] >= 0 ? node : ol[Int(node)]
                                            while o >= 0 {
                                                let p = op[Int(o)]
                                                let end = Int32(i + 1)
                                                result.append(Match(pattern: p, start: end - pl[Int(p)], end: end))
                                                o = ol[Int(o)]
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

    /// Convenience for strings (tests, small inputs).
    func matches(in text: String) -> [Match] {
        var copy = text
        return copy.withUTF8 { matches(in: $0) }
    }
}
