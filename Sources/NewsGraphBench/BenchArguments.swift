import Foundation

/// Command-line words split into positionals and `--name value` / `--flag` options.
struct BenchArguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `words`; `flagNames` take no value, every other `--name` takes one.
    init(_ words: [String], flagNames: Set<String>) throws {
        var i = 0
        while i < words.count {
            let w = words[i]
            i += 1
            guard w.hasPrefix("--") else {
                positionals.append(w)
                continue
            }
            if let eq = w.firstIndex(of: "=") {
                values[String(w[..<eq])] = String(w[w.index(after: eq)...])
            } else if flagNames.contains(w) {
                flags.insert(w)
            } else {
                guard i < words.count else { throw BenchError.usage("\(w) needs a value") }
                values[w] = words[i]
                i += 1
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    func string(_ name: String) -> String? { values[name] }

    func int(_ name: String, default d: Int) throws -> Int {
        guard let v = values[name] else { return d }
        guard let n = Int(v.replacingOccurrences(of: "_", with: "")), n >= 0 else {
            throw BenchError.usage("\(name) needs a number, got '\(v)'")
        }
        return n
    }

    /// A comma-separated list of counts, with `k`/`M` suffixes (`10k,100k,1M`).
    func counts(_ name: String, default d: [Int]) throws -> [Int] {
        guard let v = values[name] else { return d }
        if v == "0" || v == "none" { return [] }
        return try v.split(separator: ",").map { part in
            var s = part.trimmingCharacters(in: .whitespaces)
            var scale = 1
            if s.hasSuffix("k") || s.hasSuffix("K") {
                scale = 1000
                s.removeLast()
            }
            if s.hasSuffix("M") || s.hasSuffix("m") {
                scale = 1_000_000
                s.removeLast()
            }
            guard let n = Int(s), n > 0 else { throw BenchError.usage("\(name): bad count '\(part)'") }
            return n * scale
        }
    }
}

/// Problems the harness reports on stderr.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case failed(String)

    var description: String {
        switch self {
        case .usage(let m): return "usage error: \(m)"
        case .failed(let m): return "error: \(m)"
        }
    }
}
