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
            for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let origin = "\(url.path):\(i + 1)"
                guard let parsed = try parseLine(String(raw), defaultType: item.type, file: url.path, line: i + 1)
                else { continue }
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
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let cols = raw.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
        var surface = cols[0].trimmingCharacters(in: .whitespaces)
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
            for pair in cols[2].split(separator: ";") where !pair.isEmpty {
                guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                    throw NewsGraphError.invalidLexicon(file: file, line: line, reason: "attribute '\(pair)' is not key=value")
                }
                attributes[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
        }
        if cols.count > 3 {
            throw NewsGraphError.invalidLexicon(file: file, line: line, reason: "more than three tab-separated columns")
        }
        return (LexiconEntry(surface: surface, type: type, attributes: attributes), remove)
    }
}
