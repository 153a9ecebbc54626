import Foundation

/// The fuzzer's inputs: seed pages, their re-encodings and extreme shapes first, then mutants.
///
/// Case `i` is a pure function of `(seed, i)`: the first `fixedCount` cases are
/// the corpus entries themselves (every seed verbatim, in GB18030, in UTF-16,
/// then every `ExtremeShape`); each later case picks a corpus entry and stacks
/// mutations on it with a generator seeded by `(seed, i)`. A failing case can
/// therefore be regenerated from its index alone (`newsgraph fuzz --case N`).
public struct FuzzCorpus: Sendable {
    /// One named starting input.
    public struct Entry: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public var fileExtension: String
        public var encoding: String?
        /// For a re-encoded page: its UTF-8 text and the encoding it was written in, so textual
        /// mutations work on the text and the mutant is re-encoded (it stays decodable).
        var utf8Source: [UInt8]?
        var transcoding: Transcoding?

        public init(name: String, bytes: [UInt8], fileExtension: String = "txt", encoding: String? = nil) {
            self.name = name
            self.bytes = bytes
            self.fileExtension = fileExtension
            self.encoding = encoding
        }
    }

    /// Encodings a seed page is re-written in.
    enum Transcoding: Sendable {
        case gb18030, utf16le

        func encode(_ utf8: [UInt8]) -> [UInt8]? {
            let text = String(decoding: utf8, as: UTF8.self)
            switch self {
            case .gb18030:
                // glibc's iconv, not Foundation: its GB18030 converter traps ("didn't convert all
                // characters") on some text instead of returning nil.
                return Self.iconvUTF8ToGB18030(Array(text.utf8))
            case .utf16le:
                var out: [UInt8] = [0xFF, 0xFE]
                out.reserveCapacity(2 + utf8.count * 2)
                for unit in text.utf16 { out += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
                return out
            }
        }

        /// UTF-8 → GB18030 with glibc's iconv; nil when iconv refuses the text.
        static func iconvUTF8ToGB18030(_ utf8: [UInt8]) -> [UInt8]? {
            guard !utf8.isEmpty else { return [] }
            guard let cd = iconv_open("GB18030", "UTF-8"), cd != iconv_t(bitPattern: -1) else { return nil }
            defer { iconv_close(cd) }
            var input = utf8
            var out = [UInt8](repeating: 0, count: utf8.count * 4 + 16)
            let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
                out.withUnsafeMutableBufferPointer { outBuf in
                    var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuf.count
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    guard iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 else { return nil }
                    return outBuf.count - outLeft
                }
            }
            guard let produced else { return nil }
            out.removeSubrange(produced...)
            return out
        }
    }

    /// Seed pages and their re-encodings (mutation parents and fixed cases).
    public private(set) var entries: [Entry]
    /// Extreme shapes run as fixed cases, at `extremeScale`.
    public var shapes: [ExtremeShape]
    /// 1.0 = full size (a 100 MB line); tests use a small fraction.
    public var extremeScale: Double
    /// The run's seed.
    public var seed: UInt64
    /// Mutation engine (bounds how large a mutant grows).
    public var mutator: Mutator
    /// Small versions of the shapes, used as mutation parents.
    private var smallShapes: [Entry]

    /// A corpus over `seedPages` (file name, bytes): each page verbatim, and a `.txt` page also in
    /// GB18030 and in UTF-16LE with BOM; the extension (`.txt`, `.jsonl`) says how it is read.
    public init(
        seedPages: [(name: String, bytes: [UInt8])], seed: UInt64, shapes: [ExtremeShape] = ExtremeShape.allCases,
        extremeScale: Double = 1.0, mutator: Mutator = Mutator()
    ) {
        var entries: [Entry] = []
        for page in seedPages {
            let ext = (page.name as NSString).pathExtension.lowercased()
            let stem = (page.name as NSString).deletingPathExtension
            guard ext == "txt" || ext.isEmpty else {
                entries.append(Entry(name: stem, bytes: page.bytes, fileExtension: ext))
                continue
            }
            entries.append(Entry(name: stem, bytes: page.bytes))
            for (t, label) in [(Transcoding.gb18030, "gb18030"), (.utf16le, "utf-16le")] {
                guard let encoded = t.encode(page.bytes) else { continue }
                var e = Entry(name: stem + " as " + label, bytes: encoded)
                e.utf8Source = page.bytes
                e.transcoding = t
                entries.append(e)
            }
        }
        if entries.isEmpty {
            entries.append(Entry(name: "empty", bytes: []))
        }
        self.entries = entries
        self.shapes = shapes
        self.extremeScale = extremeScale
        self.seed = seed
        self.mutator = mutator
        self.smallShapes = ExtremeShape.allCases.map {
            Entry(
                name: "small " + $0.rawValue, bytes: Array($0.bytes(scale: 0.0005).prefix(64 << 10)),
                fileExtension: $0.fileExtension)
        }
    }

    /// Number of cases that are corpus entries rather than mutants.
    public var fixedCount: Int { entries.count + shapes.count }

    /// Case `index`, regenerated from the seed.
    public func makeCase(_ index: Int) -> FuzzCase {
        if index < entries.count {
            let e = entries[index]
            return FuzzCase(
                index: index, origin: "seed \(e.name)", fileName: Self.fileName(index, e.fileExtension), bytes: e.bytes,
                encoding: e.encoding)
        }
        if index < fixedCount {
            let shape = shapes[index - entries.count]
            return FuzzCase(
                index: index, origin: "extreme \(shape.rawValue) ×\(extremeScale)",
                fileName: Self.fileName(index, shape.fileExtension), bytes: shape.bytes(scale: extremeScale))
        }
        var rng = SplitMix64(seed: seed, index: UInt64(index))
        // One case in eight is a page generated from the genre's fragments: dense in openers, office
        // chains, names, dates and brackets, so the tagger and the resolver meet far more of them per byte.
        if rng.chance(1, in: 8) {
            let bytes = Self.tokenSoup(rng: &rng)
            return FuzzCase(index: index, origin: "token soup", fileName: Self.fileName(index, "txt"), bytes: bytes)
        }
        let parents = entries + smallShapes
        let parent = parents[rng.below(parents.count)]
        let textual = rng.chance(3, in: 4)
        var bytes = parent.bytes
        let applied: [Mutation]
        if textual, let source = parent.utf8Source, let t = parent.transcoding {
            var text = source
            applied = mutator.mutate(&text, others: parents.map { $0.utf8Source ?? $0.bytes }, textual: true, rng: &rng)
            bytes = t.encode(text) ?? bytes
        } else {
            applied = mutator.mutate(&bytes, others: parents.map(\.bytes), textual: textual, rng: &rng)
        }
        var ext = parent.fileExtension
        // Now and then read a page as JSON Lines or force an encoding, to reach those paths with odd bytes.
        if rng.chance(1, in: 32) { ext = ext == "txt" ? "jsonl" : "txt" }
        let encoding: String? = rng.chance(1, in: 16) ? rng.pick(["utf-8", "utf-16", "gb18030"]) : nil
        let origin =
            "\(parent.name) ▸ " + applied.map(\.rawValue).joined(separator: ",")
            + (encoding.map { " (read as \($0))" } ?? "")
        return FuzzCase(index: index, origin: origin, fileName: Self.fileName(index, ext), bytes: bytes, encoding: encoding)
    }

    /// A page of 20…2,000 genre fragments, surnames and given-name characters, now and then a hostile string.
    static func tokenSoup(rng: inout SplitMix64) -> [UInt8] {
        let givenNames = ["明", "华", "建国", "晓", "伟", "芳", "军", "丽", "强", "文", "海", "平", "志", "红"]
        var s = ""
        for _ in 0..<(20 + rng.below(1980)) {
            switch rng.below(20) {
            case 0..<10: s += rng.pick(FuzzTokens.genre)
            case 10..<15: s += rng.pick(FuzzTokens.surnames) + rng.pick(givenNames)
            case 15..<17: s += rng.pick(["，", "。", "、", "\n", "\n\n", " "])
            case 17: s += rng.pick(FuzzTokens.hostile)
            default: s += rng.pick(givenNames)
            }
        }
        return Array(s.utf8)
    }

    /// `case-000042.txt`: the name a case is read under (relative, so evidence paths stay short).
    public static func fileName(_ index: Int, _ ext: String) -> String {
        let digits = String(index)
        return "case-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + "." + ext
    }

    /// Seed pages from a folder: every `.txt` and `.jsonl` file, sorted by name.
    public static func loadSeedPages(directory: String) throws -> [(name: String, bytes: [UInt8])] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw NewsGraphError.unreadable(file: directory, reason: "cannot list the corpus folder")
        }
        return try names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl") }.sorted().map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw NewsGraphError.unreadable(file: path, reason: "cannot read corpus file")
            }
            return (name: name, bytes: [UInt8](data))
        }
    }
}
