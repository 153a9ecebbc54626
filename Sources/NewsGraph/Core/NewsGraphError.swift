/// The library's typed error: each case names the file (as the user gave it) and the problem.
///
/// The library never prints and never exits; the CLI turns these into one
/// stderr line (`FILE: error: message`) and an exit code.
public enum NewsGraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The bytes are not valid in the detected or requested encoding.
    case undecodable(file: String, encoding: String, byteOffset: Int)
    /// The file is binary (NUL bytes or mostly control characters).
    case binary(file: String, byteOffset: Int)
    /// A structured input (front matter, JSON Lines, gold file) is malformed.
    case malformed(file: String, line: Int?, reason: String)
    /// A graph file is corrupt, truncated, tampered with or not a NewsGraph graph.
    case corruptGraph(file: String, reason: String)
    /// Writing an output failed; the previous file, if any, is intact.
    case writeFailed(file: String, reason: String)
    /// A lexicon file or the manifest is invalid.
    case invalidLexicon(file: String, line: Int?, reason: String)
    /// An input exceeded a safety bound (size, time).
    case limitExceeded(file: String, reason: String)
    /// A command-line usage problem.
    case usage(String)

    /// Short stable code for scripts.
    public var code: String {
        switch self {
        case .unreadable: return "unreadable"
        case .undecodable: return "undecodable"
        case .binary: return "binary"
        case .malformed: return "malformed"
        case .corruptGraph: return "corrupt-graph"
        case .writeFailed: return "write-failed"
        case .invalidLexicon: return "invalid-lexicon"
        case .limitExceeded: return "limit-exceeded"
        case .usage: return "usage"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): error: cannot read file: \(reason)"
        case .undecodable(let file, let encoding, let offset):
            return "\(file): error: invalid \(encoding) at byte \(offset)"
        case .binary(let file, let offset):
            return "\(file): error: binary content at byte \(offset), not a text page"
        case .malformed(let file, let line, let reason):
            return "\(file)\(line.map { ":\($0)" } ?? ""): error: \(reason)"
        case .corruptGraph(let file, let reason):
            return "\(file): error: not a valid NewsGraph graph: \(reason)"
        case .writeFailed(let file, let reason):
            return "\(file): error: write failed (previous file kept): \(reason)"
        case .invalidLexicon(let file, let line, let reason):
            return "\(file)\(line.map { ":\($0)" } ?? ""): error: invalid lexicon: \(reason)"
        case .limitExceeded(let file, let reason):
            return "\(file): error: \(reason)"
        case .usage(let message):
            return "usage error: \(message)"
        }
    }
}
