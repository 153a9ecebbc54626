import NewsGraph

/// Command-line words split into positionals, flags and valued options.
struct ParsedArguments {
    var positionals: [String] = []
    var flags: Set<String> = []
    /// Valued options; an option given several times keeps every value in order.
    var values: [String: [String]] = [:]

    /// Parses `words` against the options a command declares; unknown options are usage errors.
    init(_ words: [String], flags allowedFlags: Set<String>, values allowedValues: Set<String>) throws {
        var i = 0
        var onlyPositionals = false
        while i < words.count {
            let w = words[i]
            i += 1
            if onlyPositionals || !w.hasPrefix("-") || w == "-" {
                positionals.append(w)
                continue
            }
            if w == "--" {
                onlyPositionals = true
                continue
            }
            var name = w
            var inlineValue: String?
            if let eq = w.firstIndex(of: "="), w.hasPrefix("--") {
                name = String(w[..<eq])
                inlineValue = String(w[w.index(after: eq)...])
            }
            if allowedFlags.contains(name) {
                guard inlineValue == nil else { throw NewsGraphError.usage("\(name) takes no value") }
                flags.insert(name)
            } else if allowedValues.contains(name) {
                let v: String
                if let inlineValue {
                    v = inlineValue
                } else {
                    guard i < words.count else { throw NewsGraphError.usage("\(name) needs a value") }
                    v = words[i]
                    i += 1
                }
                values[name, default: []].append(v)
            } else {
                throw NewsGraphError.usage("unknown option \(name)")
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The last value given for `option`.
    func value(_ option: String) -> String? { values[option]?.last }

    /// All values of a repeatable option, also splitting comma lists.
    func list(_ option: String) -> [String] {
        (values[option] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
    }

    /// Positionals, or a usage error when fewer than `min` were given.
    func requirePositionals(_ min: Int, _ what: String) throws -> [String] {
        guard positionals.count >= min else { throw NewsGraphError.usage("missing \(what)") }
        return positionals
    }
}
