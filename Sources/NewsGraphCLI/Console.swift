import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the CLI writes: results to stdout, diagnostics and progress to stderr.
///
/// Writes never trap: a full disk or a closed pipe on stdout is remembered in
/// `outputFailed` (the command then exits 1 with one line on stderr), and output stops.
final class Console: @unchecked Sendable {
    private let out = FileHandle.standardOutput
    private let err = FileHandle.standardError

    /// True when stderr is a terminal (progress lines are shown only then).
    let stderrIsTerminal: Bool = isatty(2) == 1

    /// The first error writing stdout, if any.
    private(set) var outputFailed: String?

    func print(_ text: String) {
        write(text + "\n")
    }

    func write(_ text: String) {
        write(Data(text.utf8))
    }

    /// Writes bytes already encoded (UTF-8 text).
    func write(_ data: Data) {
        guard outputFailed == nil else { return }
        do { try out.write(contentsOf: data) } catch { outputFailed = "\(error.localizedDescription)" }
    }

    func error(_ text: String) {
        try? err.write(contentsOf: Data((text + "\n").utf8))
    }

    /// A transient progress line on stderr (terminal only).
    func progress(_ text: String) {
        guard stderrIsTerminal else { return }
        try? err.write(contentsOf: Data(("\r\u{1B}[K" + text).utf8))
    }

    func endProgress() {
        guard stderrIsTerminal else { return }
        try? err.write(contentsOf: Data("\r\u{1B}[K".utf8))
    }
}
