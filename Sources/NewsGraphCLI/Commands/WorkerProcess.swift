import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A child `newsgraph` process whose stdout is read line by line with a timeout and whose stderr tail is kept.
final class WorkerProcess {
    /// How the child ended.
    enum Exit: CustomStringConvertible {
        case exited(Int32)
        case signaled(Int32)

        var description: String {
            switch self {
            case .exited(let code): return "exit code \(code)"
            case .signaled(let sig):
                return
                    "signal \(sig)\(sig == SIGILL || sig == SIGTRAP ? " (a Swift runtime trap)" : sig == SIGKILL ? " (killed)" : "")"
            }
        }
    }

    private let process = Process()
    private let out = Pipe()
    private let err = Pipe()
    private var buffer: [UInt8] = []
    private var stderrBuffer: [UInt8] = []
    private(set) var atEOF = false

    init(arguments: [String]) throws {
        process.executableURL = Self.executable
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// This executable: `/proc/self/exe` on Linux, else the path it was started by.
    static var executable: URL {
        #if os(Linux)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: target)
            }
        #endif
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// Complete stdout lines available within `timeout` seconds (possibly none); sets `atEOF` at the end.
    func readLines(timeout: Double) -> [String] {
        let deadline = Double(DispatchTime.now().uptimeNanoseconds) / 1e9 + timeout
        var lines: [String] = []
        while lines.isEmpty && !atEOF {
            let remaining = deadline - Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            guard remaining > 0 || timeout == 0 else { break }
            var fds = [
                pollfd(fd: out.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: err.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, 2, Int32(max(0, min(remaining, 1)) * 1000))
            if ready < 0 && errno != EINTR { atEOF = true }
            if fds[1].revents != 0 { drainStderr() }
            if fds[0].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 65536)
                let n = read(fds[0].fd, &chunk, chunk.count)
                if n <= 0 {
                    atEOF = true
                    drainStderr()
                } else {
                    buffer += chunk[0..<n]
                }
            }
            while let nl = buffer.firstIndex(of: 0x0A) {
                lines.append(String(decoding: buffer[..<nl], as: UTF8.self))
                buffer.removeSubrange(...nl)
            }
            if timeout == 0 { break }
        }
        return lines
    }

    private func drainStderr() {
        var chunk = [UInt8](repeating: 0, count: 65536)
        var fds = [pollfd(fd: err.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)]
        while poll(&fds, 1, 0) > 0 && fds[0].revents != 0 {
            let n = read(fds[0].fd, &chunk, chunk.count)
            guard n > 0 else { break }
            stderrBuffer += chunk[0..<n]
            if stderrBuffer.count > 64 << 10 { stderrBuffer.removeFirst(stderrBuffer.count - (32 << 10)) }
        }
    }

    /// The last 32–64 KB of the child's stderr (it writes there only when something goes wrong).
    var stderrTail: String {
        drainStderr()
        return String(decoding: stderrBuffer, as: UTF8.self)
    }

    /// Kills the child (SIGKILL: a hung stage will not answer SIGTERM).
    func kill() {
        if process.isRunning { sendKill(process.processIdentifier) }
    }

    func waitForExit() -> Exit {
        // Drain stderr while waiting so a chatty crash report cannot block the child.
        while process.isRunning {
            drainStderr()
            usleep(20_000)
        }
        process.waitUntilExit()
        drainStderr()
        return process.terminationReason == .uncaughtSignal
            ? .signaled(process.terminationStatus) : .exited(process.terminationStatus)
    }
}

/// `kill(pid, SIGKILL)`, named apart from `WorkerProcess.kill()`.
private func sendKill(_ pid: Int32) {
    #if canImport(Glibc)
        _ = Glibc.kill(pid, SIGKILL)
    #else
        _ = Darwin.kill(pid, SIGKILL)
    #endif
}
