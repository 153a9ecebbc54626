#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A graph file read as a stream of nodes and edges for the exporters, in memory bounded by
/// small tables instead of by the graph.
///
/// The file is mapped. Each pass over its nodes or edges reads them one by one with the format's
/// record reader (`GraphRecordReader`) and gives back the pages behind it (`MappedFile.Window`),
/// so a pass over a 14 GB file keeps a few MiB of it resident. Records cite evidence by index
/// into the file's evidence table, whose entries cite their sentence by index into its sentence
/// list; opening the source notes where every 16th entry of each list starts and where each
/// article's run of evidence starts (the table is sorted by file, then article). An article
/// count then costs a lookup per citation; a piece of evidence, a read of its group of 16
/// entries and of its sentence's group of 16 sentences (`MarkedList`). Nothing else of the
/// file is held.
///
/// Opening checks the header and the checksum of the whole body (as the full load does; the
/// hash runs on a second thread beside the opening scan), so a damaged file is refused before
/// anything is written. A structural problem the checksum cannot see (an edge to a missing
/// node, unsorted ids) is found by the writers' first pass (`ExportIndex`), still before writing.
final class GraphFileExportSource: ExportSource {
    /// The file, as errors name it.
    let path: String
    private let file: MappedFile
    /// The body's bytes and its offset in the file.
    private let body: UnsafeBufferPointer<UInt8>
    private let bodyOffset: Int
    /// Where the `edges` and `nodes` arrays start in the body.
    private var edgesAt = -1
    private var nodesAt = -1
    /// The evidence table and the sentences, looked up by index.
    private var evidenceList = MarkedList()
    private var sentenceList = MarkedList()
    private var evidenceCount: Int { evidenceList.count }
    /// Evidence and sentences decoded lately, by index modulo the size: an edge's observations cite
    /// its evidence again, one sentence backs several pieces of evidence.
    private var recent = [(index: Int, evidence: Evidence)?](repeating: nil, count: 1 << 12)
    private var recentSentences = [(index: Int, text: String)?](repeating: nil, count: 1 << 12)
    /// The first evidence index of each run of one article, and the article's number.
    private var runStart: [UInt32] = []
    private var runArticle: [UInt32] = []

    private var records = GraphRecordReader()
    private var rules = EvidenceRuleTable()
    private var origin: EvidenceOrigin?
    /// The file opened for the lookups' reads.
    private let descriptor: Int32
    private var scratch: [UInt32] = []

    /// Strings the reader may intern before it starts afresh: a stream must not keep every string it met.
    private static let internBound = 1 << 16

    var promisesSortedIDs: Bool { true }

    /// Opens `path`: checks its header and checksum and notes where its lists are.
    init(path: String) throws {
        self.path = path
        let mapped = try MappedFile(path)
        let (body, stated) = try GraphStore.checkedHeader(mapped.bytes, file: path)
        let offset = body.baseAddress.map { $0 - mapped.base } ?? 0
        file = mapped
        self.body = body
        bodyOffset = offset
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw NewsGraphError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        // Nothing scanned counts unless the checksum matches: a mismatch is the error reported.
        let task = ChecksumTask(body) { mapped.release(($0.lowerBound + offset)..<($0.upperBound + offset)) }
        let scanned = Result { try scanLayout() }
        let actual = task.wait()
        file.release(0..<file.count)
        guard actual == stated else {
            throw NewsGraphError.corruptGraph(
                file: path,
                reason: "checksum mismatch (header says \(stated), content hashes to \(actual)): the file was truncated or edited"
            )
        }
        try scanned.get()
    }

    // MARK: - Passes

    func forEachNode(_ body: (_ node: Node, _ articleCount: Int, _ evidence: ExportEvidence) throws -> Void) throws {
        try pass(from: nodesAt) { s in
            let n = try records.node(&s, evidence: true)
            let citations = records.citations
            try body(
                Node(id: n.id, type: n.type, label: n.label, properties: n.properties, dates: n.dates),
                try articleCount(citations, owner: n.id)
            ) { visit in
                for i in citations { try visit(try evidence(i, owner: n.id)) }
            }
        }
    }

    func forEachEdge(_ body: (_ edge: Edge, _ articleCount: Int, _ evidence: ExportEvidence) throws -> Void) throws {
        try pass(from: edgesAt) { s in
            let e = try records.edge(&s, evidence: true)
            let citations = records.citations
            let sightings = records.observations
            let count = try articleCount(citations, owner: e.id)
            var observations: [Observation] = []
            observations.reserveCapacity(sightings.count)
            for o in sightings {
                observations.append(
                    Observation(
                        date: o.date, title: o.title, role: o.role, former: o.former,
                        evidence: try evidence(o.evidence, owner: e.id)))
            }
            try body(
                Edge(
                    id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties, dates: e.dates,
                    observations: observations),
                count
            ) { visit in
                for i in citations { try visit(try evidence(i, owner: e.id)) }
            }
        }
    }

    /// Reads the array at body offset `start` element by element with `element`, giving back the pages behind.
    private func pass(from start: Int, _ element: (inout JSONScanner) throws -> Void) throws {
        var s = JSONScanner(body)
        s.pos = start
        var window = MappedFile.Window(file, from: bodyOffset + start)
        defer { window.finish(at: bodyOffset + s.pos) }
        try decoding {
            try s.beginArray()
            while try s.nextElement() {
                if records.strings.count > Self.internBound { records.strings = StringInterner() }
                try element(&s)
                window.advance(to: bodyOffset + s.pos)
            }
        }
    }

    // MARK: - Evidence

    /// The number of distinct articles among the evidence `citations` cite (sorted, as stored).
    private func articleCount(_ citations: [Int], owner: String) throws -> Int {
        scratch.removeAll(keepingCapacity: true)
        var run = 0
        for i in citations {
            guard i >= 0, i < evidenceCount else { throw missingEvidence(i, owner: owner) }
            if !(Int(runStart[run]) <= i && (run + 1 == runStart.count || i < Int(runStart[run + 1]))) {
                run = Self.run(of: UInt32(i), in: runStart)
            }
            scratch.append(runArticle[run])
        }
        if scratch.count < 2 { return scratch.count }
        scratch.sort()
        var distinct = 1
        for k in 1..<scratch.count where scratch[k] != scratch[k - 1] { distinct += 1 }
        return distinct
    }

    /// The index of the last run starting at or before `i`.
    private static func run(of i: UInt32, in starts: [UInt32]) -> Int {
        var lo = 0
        var hi = starts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if starts[mid] <= i { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// Entry `i` of the evidence table with its sentence; `owner` names the citing record in errors.
    private func evidence(_ i: Int, owner: String) throws -> Evidence {
        guard i >= 0, i < evidenceCount else { throw missingEvidence(i, owner: owner) }
        let slot = i % recent.count
        if let hit = recent[slot], hit.index == i { return hit.evidence }
        let entry = try decoding { try evidenceList.element(i, in: descriptor, file: path) { try records.evidenceEntry(&$0) } }
        guard entry.sentence >= 0, entry.sentence < sentenceList.count, entry.start <= entry.end else {
            throw NewsGraphError.corruptGraph(file: path, reason: "an evidence entry of \(entry.article) is damaged")
        }
        let sentence = try self.sentence(entry.sentence)
        // Evidence of one article shares its origin, as the full load's does.
        if origin?.holds(file: entry.file, article: entry.article) != true {
            origin = EvidenceOrigin(file: entry.file, article: entry.article)
        }
        let e = Evidence(origin: origin!, start: entry.start, end: entry.end, sentence: sentence, rule: rules.rule(entry.rule))
        recent[slot] = (i, e)
        return e
    }

    private func sentence(_ i: Int) throws -> String {
        let slot = i % recentSentences.count
        if let hit = recentSentences[slot], hit.index == i { return hit.text }
        let text = try decoding { try sentenceList.element(i, in: descriptor, file: path) { try $0.string() } }
        recentSentences[slot] = (i, text)
        return text
    }

    deinit { close(descriptor) }

    private func missingEvidence(_ i: Int, owner: String) -> NewsGraphError {
        NewsGraphError.corruptGraph(file: path, reason: "\(owner) cites evidence #\(i), which does not exist")
    }

    // MARK: - Opening scan

    /// Finds the lists of the body: marks the evidence entries and sentences, notes the article
    /// runs, and where the edges and nodes start; skips the rest (articles, facts).
    private func scanLayout() throws {
        var s = JSONScanner(body)
        var window = MappedFile.Window(file, from: bodyOffset)
        var articles: [String: UInt32] = [:]
        var sawEvidence = false
        var sawSentences = false
        try decoding {
            try s.beginObject()
            while let key = try s.nextKey() {
                s.skipSpace()
                if s.keyIs(key, "evidence") {
                    var previous: String?
                    try s.beginArray()
                    while try s.nextElement() {
                        s.skipSpace()
                        let start = s.pos
                        if records.strings.count > Self.internBound { records.strings = StringInterner() }
                        let entry = try records.evidenceEntry(&s)
                        if previous != entry.article {
                            let n = articles.count
                            let number = articles[entry.article, default: UInt32(n)]
                            if number == UInt32(n) { articles[entry.article] = number }
                            guard let at = UInt32(exactly: evidenceCount) else { throw s.error("too many evidence entries") }
                            runStart.append(at)
                            runArticle.append(number)
                            previous = entry.article
                        }
                        evidenceList.append(start: bodyOffset + start, end: bodyOffset + s.pos)
                        window.advance(to: bodyOffset + s.pos)
                    }
                    sawEvidence = true
                } else if s.keyIs(key, "sentences") {
                    try s.beginArray()
                    while try s.nextElement() {
                        s.skipSpace()
                        let start = s.pos
                        try s.skipValue()
                        sentenceList.append(start: bodyOffset + start, end: bodyOffset + s.pos)
                        window.advance(to: bodyOffset + s.pos)
                    }
                    sawSentences = true
                } else if s.keyIs(key, "graph") {
                    try s.beginObject()
                    while let key = try s.nextKey() {
                        s.skipSpace()
                        if s.keyIs(key, "edges") { edgesAt = s.pos } else if s.keyIs(key, "nodes") { nodesAt = s.pos }
                        try skip(&s, &window)
                    }
                } else {
                    try skip(&s, &window)
                }
                window.advance(to: bodyOffset + s.pos)
            }
            guard sawEvidence, sawSentences, edgesAt >= 0, nodesAt >= 0 else {
                throw s.error("missing key evidence, sentences, or the graph's edges or nodes")
            }
        }
        window.finish(at: bodyOffset + s.pos)
    }

    /// Skips the value at the scanner, an array element by element, giving back the pages behind
    /// (the facts of a large archive run to gigabytes).
    private func skip(_ s: inout JSONScanner, _ window: inout MappedFile.Window) throws {
        guard s.peek() == UInt8(ascii: "[") else { return try s.skipValue() }
        try s.beginArray()
        while try s.nextElement() {
            try s.skipValue()
            window.advance(to: bodyOffset + s.pos)
        }
    }

    /// Runs `body`, reporting a syntax or shape error as the full load does.
    private func decoding<R>(_ body: () throws -> R) throws -> R {
        do { return try body() } catch let e as JSONScanError {
            throw NewsGraphError.corruptGraph(
                file: path, reason: "the body does not match the format: \(e.message) at byte \(e.offset) of the body")
        }
    }
}
