import Foundation

/// Makes the facts of many articles share one copy of each repeated string and attribute table.
///
/// A large archive's facts repeat the same organisation names, titles, place
/// paths and mention attributes (`{"author": "reporter"}`) in every article,
/// each read into its own allocation: about 3 KB of every 7.5 KB an article's
/// facts take. Interning replaces each by the first byte-identical copy seen,
/// so the values (and every output) are unchanged while the memory for them
/// is paid once. Equality here is byte equality, never `String`'s canonical
/// equivalence: a string is only ever swapped for one with the very same bytes.
/// Thread-safe: the batch's worker threads share one interner.
final class FactsInterner: @unchecked Sendable {
    /// A string compared and hashed by its UTF-8 bytes.
    private struct Bytes: Hashable {
        var string: String

        static func == (l: Bytes, r: Bytes) -> Bool {
            var a = l.string
            var b = r.string
            return a.withUTF8 { pa in
                b.withUTF8 { pb in
                    pa.count == pb.count && (pa.isEmpty || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0)
                }
            }
        }

        func hash(into hasher: inout Hasher) {
            var s = string
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private let lock = NSLock()
    private var strings: [Bytes: String] = [:]
    private var tables: [Bytes: [String: String]] = [:]
    private var rules = EvidenceRuleTable()

    /// `facts` with its repeated strings and tables shared with earlier articles'.
    func intern(_ facts: ArticleFacts) -> ArticleFacts {
        var out = facts
        lock.lock()
        defer { lock.unlock() }
        intern(&out)
        return out
    }

    private func intern(_ f: inout ArticleFacts) {
        shareEvidence(&f)
        for i in f.mentions.indices {
            intern(&f.mentions[i].text)
            intern(&f.mentions[i].canonical)
            intern(&f.mentions[i].attributes)
        }
        for i in f.offices.indices {
            intern(&f.offices[i].title)
            intern(&f.offices[i].resolvedTitle)
            intern(&f.offices[i].role)
            intern(&f.offices[i].organization)
            intern(&f.offices[i].jurisdiction)
        }
        for i in f.events.indices {
            intern(&f.events[i].name)
            intern(&f.events[i].place)
            intern(&f.events[i].organizer)
        }
        intern(&f.placePaths)
    }

    /// Makes the article's evidence cite one `EvidenceOrigin` per file and article (the tagger's
    /// evidence already does; evidence made elsewhere may carry one origin each), and one
    /// `EvidenceRule` per rule name for all articles.
    private func shareEvidence(_ f: inout ArticleFacts) {
        var origins: [EvidenceOrigin] = []
        /// The article's own rule objects (a few) and the shared ones they stand for.
        var ruleFor: [(own: EvidenceRule, shared: EvidenceRule)] = []
        /// The origin and rule `e` is to cite: its own origin unless one met before has its bytes.
        func shared(_ e: Evidence) -> (EvidenceOrigin, EvidenceRule) {
            let rule: EvidenceRule
            if let known = ruleFor.first(where: { $0.own === e.ruleRef }) {
                rule = known.shared
            } else {
                rule = rules.rule(e.ruleRef)
                ruleFor.append((e.ruleRef, rule))
            }
            if origins.contains(where: { $0 === e.origin }) { return (e.origin, rule) }
            if !e.hasWideOffsets, let met = origins.first(where: { $0.holds(file: e.file, article: e.article) }) {
                return (met, rule)
            }
            origins.append(e.origin)
            return (e.origin, rule)
        }
        // Written to only when something is swapped: a write would copy an array the tagged article still holds.
        func share<T>(_ list: inout [T], _ evidence: WritableKeyPath<T, Evidence>) {
            for i in list.indices {
                let e = list[i][keyPath: evidence]
                let (origin, rule) = shared(e)
                guard origin !== e.origin || rule !== e.ruleRef else { continue }
                list[i][keyPath: evidence].share(origin)
                list[i][keyPath: evidence].share(rule: rule)
            }
        }
        share(&f.mentions, \.evidence)
        share(&f.offices, \.evidence)
        share(&f.events, \.evidence)
        share(&f.attendances, \.evidence)
    }

    private func intern(_ s: inout String) {
        // Up to 15 UTF-8 bytes a string is stored inline: nothing to share.
        guard s.utf8.count > 15 else { return }
        if let kept = strings[Bytes(string: s)] {
            s = kept
        } else {
            strings[Bytes(string: s)] = s
        }
    }

    private func intern(_ s: inout String?) {
        guard var v = s else { return }
        intern(&v)
        s = v
    }

    private func intern(_ table: inout [String: String]) {
        guard !table.isEmpty else { return }
        // The table's entries in byte order of their keys, each part length-prefixed, as one
        // string: equal tables give equal keys and different tables different ones.
        var key = ""
        for k in table.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let v = table[k]!
            key += "\(k.utf8.count):" + k + "\(v.utf8.count):" + v
        }
        if let kept = tables[Bytes(string: key)] {
            table = kept
            return
        }
        for k in table.keys {
            if var v = table[k], v.utf8.count > 15 {
                intern(&v)
                table[k] = v
            }
        }
        tables[Bytes(string: key)] = table
    }
}
