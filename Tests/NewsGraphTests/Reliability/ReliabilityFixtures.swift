import Foundation

@testable import NewsGraph

/// Shared helpers for the reliability tests: the built CLI, subprocess runs with a time limit, temp folders.
enum ReliabilityFixtures {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The built `newsgraph` next to the test bundle.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("newsgraph")
    }

    static var executableExists: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    /// The seed pages as (file name, bytes), sorted.
    static var seedPages: [(name: String, bytes: [UInt8])] {
        (try? FuzzCorpus.loadSeedPages(directory: root.appendingPathComponent("seeds").path)) ?? []
    }

    /// Seed page paths, sorted.
    static var seedPaths: [String] {
        let dir = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    /// A fresh empty folder under the temp directory; the caller removes it.
    static func tempDir(_ label: String = "rel") throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The result of one CLI run.
    struct Run {
        var code: Int32
        var out: String
        var err: String
        var timedOut: Bool
        /// Terminated by a signal (a crash), not an exit.
        var signaled: Bool
    }

    /// Runs `newsgraph ARGS` in `cwd`, killing it after `timeout` seconds.
    static func run(_ args: [String], cwd: String? = nil, timeout: Double = 120) throws -> Run {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("ng-out-\(UUID().uuidString)")
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("ng-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        let outHandle = try FileHandle(forWritingTo: outFile)
        let errHandle = try FileHandle(forWritingTo: errFile)
        p.standardOutput = outHandle
        p.standardError = errHandle
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while p.isRunning {
            if Date() > deadline {
                timedOut = true
                kill(p.processIdentifier, SIGKILL)
                break
            }
            usleep(10_000)
        }
        p.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let out = String(decoding: (try? Data(contentsOf: outFile)) ?? Data(), as: UTF8.self)
        let err = String(decoding: (try? Data(contentsOf: errFile)) ?? Data(), as: UTF8.self)
        return Run(
            code: p.terminationStatus, out: out, err: err, timedOut: timedOut,
            signaled: p.terminationReason == .uncaughtSignal)
    }

    /// True when this process runs as root (file permissions do not stop reads then).
    static var isRoot: Bool { getuid() == 0 }
}
