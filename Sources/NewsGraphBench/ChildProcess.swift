import Foundation

/// Re-runs this executable for one stage, so each stage's peak memory is its own.
enum ChildProcess {
    /// The path of the running executable.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Runs `newsgraph-bench ARGS`, killing it after `timeout` seconds; returns the reports it printed.
    static func run(_ arguments: [String], timeout: Double) throws -> [StageReport] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: selfPath)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.standardError
        try p.run()
        let killer = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        killer.cancel()
        if p.terminationReason == .uncaughtSignal {
            throw BenchError.failed(
                "child \(arguments.prefix(2).joined(separator: " ")) stopped by signal \(p.terminationStatus) (timeout \(Int(timeout)) s?)"
            )
        }
        guard p.terminationStatus == 0 else {
            throw BenchError.failed("child \(arguments.prefix(2).joined(separator: " ")) exited \(p.terminationStatus)")
        }
        let decoder = JSONDecoder()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
            try? decoder.decode(StageReport.self, from: Data($0.utf8))
        }
    }

    /// Prints reports as JSON lines (the child side).
    static func emit(_ reports: [StageReport]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for r in reports {
            if let d = try? encoder.encode(r) { print(String(decoding: d, as: UTF8.self)) }
        }
    }
}
