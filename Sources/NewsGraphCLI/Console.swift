#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where the CLI writes: results to stdout, diagnostics and progress to stderr.
final class Console: @unchecked Sendable {
    private var out = FileHandle.standardOutput
    private var err = FileHandle.standardError

    /// True when stderr is a terminal (progress lines are shown only then).
    let stderrIsTerminal: Bool = isatty(2) == 1

    func print(_ text: String) {
        out.write(Data((text + "\n").utf8))
    }

    func write(_ text: String) {
        out.write(Data(text.utf8))
    }

    func error(_ text: String) {
        err.write(Data((text + "\n").utf8))
    }

    /// A transient progress line on stderr (terminal only).
    func progress(_ text: String) {
        guard stderrIsTerminal else { return }
        err.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    func endProgress() {
        guard stderrIsTerminal else { return }
        err.write(Data("\r\u{1B}[K".utf8))
    }
}
