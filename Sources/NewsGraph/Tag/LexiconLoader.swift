import Foundation

/// Reads lexicon folders (a `manifest.tsv` plus entry files) into entries.
///
/// The format is documented in `schema/lexicon-format.md`. Loading is strict:
/// a missing or unlisted file, an unknown type, a malformed attribute or a
/// duplicate (surface, type) pair is an `invalidLexicon` error naming the
/// file and line, so a broken lexicon never silently changes the tagger.
public enum LexiconLoader {
    /// The lexicons bundled with the library.
    public static func bundledDirectory() -> URL? {
        Bundle.module.url(forResource: "lexicons", withExtension: nil)
    }

    /// The bundled entries, with the user's folder (adds or overrides) applied when given.
    public static func load(extra: URL? = nil) throws -> [LexiconEntry] {
        guard let dir = bundledDirectory() else {
            throw NewsGraphError.invalidLexicon(file: "lexicons", line: nil, reason: "bundled lexicon folder missing")
        }
        var entries = try loadFolder(dir).entries
        if let extra {
            let user = try loadFolder(extra)
            entries = merge(entries, adding: user.entries, removing: user.removals)
        }
        return entries
    }

    /// One folder: its entries and its `!surface<TAB>type` removals.
    public static func loadFolder(_ dir: URL) throws -> (entries: [LexiconEntry], removals: Set<Key>) {
        let manifestURL = dir.appendingPathComponent("manifest.tsv")
        let manifestName = manifestURL.path
        guard let manifest = try? String(contentsOf: manifestURL, encoding: .utf8) else {
            throw NewsGraphError.invalidLexicon(file: manifestName, line: nil, reason: "manifest.tsv missing or not UTF-8")
        }
        var listed: [(file: String, type: LexiconType?)] = []
        for (i, raw) in manifest.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = raw.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            let file = cols[0].trimmingCharacters(in: .whitespaces)
            var type: LexiconType?
            if cols.count > 1, !cols[1].isEmpty {
                guard let t = LexiconType(rawValue: cols[1]) else {
                    throw NewsGraphError.invalidLexicon(file: manifestName, line: i + 1, reason: "unknown type '\(cols[1])'")
                }
                type = t
            }
            if listed.contains(where: { $0.file == file }) {
                throw NewsGraphError.invalidLexicon(file: manifestName, line: i + 1, reason: "file '\(file)' listed twice")
            }
            listed.append((file, type))
        }
        let present = Set(
            ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
                .filter { $0 != "manifest.tsv" && !$0.hasPrefix(".") })
        for name in present.sorted() where !listed.contains(where: { $0.file == name }) {
            throw NewsGraphError.invalidLexicon(
                file: dir.appendingPathComponent(name).path, line: nil, reason: "file not listed in manifest.tsv")
        }
        var entries: [LexiconEntry] = []
        var removals: Set<Key> = []
        var seen: [Key: String] = [:]
        for item in listed {
            let url = dir.appendingPathComponent(item.file)
            guard present.contains(item.file), let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw NewsGraphError.invalidLexicon(
                    file: url.path, line: nil, reason: "listed in manifest.tsv but missing or not UTF-8")
            }
            let path = url.path
            for (i, raw) in lines(of: text).enumerated() {
                guard let parsed = try parseLine(raw, defaultType: item.type, file: path, line: i + 1)
                else { continue }
                let origin = "\(path):\(i + 1)"
                let key = Key(surface: parsed.entry.surface, type: parsed.entry.type)
                if parsed.remove {
                    removals.insert(key)
                    continue
                }
                if let first = seen[key] {
                    throw NewsGraphError.invalidLexicon(
                        file: url.path, line: i + 1,
                        reason: "duplicate entry '\(key.surface)' (\(key.type.rawValue)), first at \(first)")
                }
                seen[key] = origin
                var e = parsed.entry
                e.origin = origin
                entries.append(e)
            }
        }
        return (entries, removals)
    }

    /// Identity of an entry for overriding: surface and type.
    public struct Key: Hashable, Sendable {
        public var surface: String
        public var type: LexiconType
    }

    /// `base` with `removing` taken out and `adding` added; an added entry replaces a base entry with the same key.
    public static func merge(_ base: [LexiconEntry], adding: [LexiconEntry], removing: Set<Key>) -> [LexiconEntry] {
        let replaced = Set(adding.map { Key(surface: $0.surface, type: $0.type) }).union(removing)
        return base.filter { !replaced.contains(Key(surface: $0.surface, type: $0.type)) } + adding
    }

    /// Parses one line; nil for blank and comment lines.
    static func parseLine(_ raw: String, defaultType: LexiconType?, file: String, line: Int) throws
        -> (entry: LexiconEntry, remove: Bool)?
    {
        let trimmed = trimmingWhitespaces(raw)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let cols = columns(of: raw)
        var surface = trimmingWhitespaces(cols[0])
        var remove = false
        if surface.hasPrefix("!") {
            remove = true
            surface.removeFirst()
        }
        guard !surface.isEmpty else {
            throw NewsGraphError.invalidLexicon(file: file, line: line, reason: "empty surface")
        }
        guard !surface.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else {
            throw NewsGraphError.invalidLexicon(file: file, line: line, reason: "surface '\(surface)' contains whitespace")
        }
        var type = defaultType
        if cols.count > 1, !cols[1].isEmpty {
            guard let t = LexiconType(rawValue: cols[1]) else {
                throw NewsGraphError.invalidLexicon(file: file, line: line, reason: "unknown type '\(cols[1])'")
            }
            type = t
        }
        guard let type else {
            throw NewsGraphError.invalidLexicon(file: file, line: line, reason: "no type and no default type in manifest")
        }
        var attributes: [String: String] = [:]
        if cols.count > 2 {
            for (key, value, pair) in attributePairs(cols[2]) {
                guard let key, let value else {
                    throw NewsGraphError.invalidLexicon(file: file, line: line, reason: "attribute '\(pair)' is not key=value")
                }
                attributes[key] = value
            }
        }
        if cols.count > 3 {
            throw NewsGraphError.invalidLexicon(file: file, line: line, reason: "more than three tab-separated columns")
        }
        return (LexiconEntry(surface: surface, type: type, attributes: attributes), remove)
    }

    /// The lines of a file, as `split(separator: "\n", omittingEmptySubsequences: false)` gives them.
    ///
    /// A line feed is a grapheme of its own unless a carriage return precedes it, so without
    /// carriage returns a byte split is the same split, without walking `Character`s.
    static func lines(of text: String) -> [String] {
        guard text.utf8.contains(0x0A), !text.utf8.contains(0x0D) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return split(text, at: 0x0A)
    }

    /// The tab-separated columns of a line (a tab is always a grapheme of its own).
    static func columns(of line: String) -> [String] { split(line, at: 0x09) }

    private static func split(_ text: String, at separator: UInt8) -> [String] {
        var out: [String] = []
        var copy = text
        copy.withUTF8 { p in
            var start = 0
            for i in 0..<p.count where p[i] == separator {
                out.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
                start = i + 1
            }
            out.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<p.count]), as: UTF8.self))
        }
        return out
    }

    /// `trimmingCharacters(in: .whitespaces)` (tab and the Unicode space separators) without Foundation's bridging.
    static func trimmingWhitespaces(_ s: String) -> String {
        func isWhitespace(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }
        let scalars = s.unicodeScalars
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi, isWhitespace(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, isWhitespace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        if lo == scalars.startIndex && hi == scalars.endIndex { return s }
        return String(s.unicodeScalars[lo..<hi])
    }

    /// The `key=value` pairs of an attribute column split at `;` (empty pieces skipped), each split at
    /// its first `=`; a piece without a key or `=` comes back with nil key and value.
    static func attributePairs(_ column: String) -> [(key: String?, value: String?, pair: String)] {
        column.fields(separatedBy: ";").map { pair in
            // The first `=` byte between plain neighbours is the first `=` Character: split the bytes there.
            let bytes = Array(pair.utf8)
            if let eq = bytes.firstIndex(of: 0x3D), isPlain(bytes, around: eq) {
                guard eq > 0 else { return (nil, nil, pair) }
                return (String(decoding: bytes[..<eq], as: UTF8.self), String(decoding: bytes[(eq + 1)...], as: UTF8.self), pair)
            }
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else { return (nil, nil, pair) }
            return (String(pair[..<eq]), String(pair[pair.index(after: eq)...]), pair)
        }
    }

    /// The scalars on both sides of byte `i` are ASCII or CJK ideographs (so the byte is a grapheme of its own).
    private static func isPlain(_ b: [UInt8], around i: Int) -> Bool {
        func plain(_ v: UInt32) -> Bool { v < 0x80 || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) }
        if i > 0 {
            var j = i - 1
            while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
            guard plain(UTF8Scan.scalar(b, at: j)) else { return false }
        }
        return i + 1 >= b.count || plain(UTF8Scan.scalar(b, at: i + 1))
    }
}
