import Foundation

@testable import NewsGraph

/// Runs the built `newsgraph` binary as a user would, in a scratch directory.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    enum Failure: Error, CustomStringConvertible {
        case binaryNotFound([String])
        var description: String {
            switch self {
            case .binaryNotFound(let places):
                return "newsgraph binary not found (build it with `swift build`); looked in: " + places.joined(separator: ", ")
            }
        }
    }

    /// A fresh scratch directory, removed by `cleanUp()`.
    let directory: URL
    let binary: URL

    init() throws {
        binary = try Self.locateBinary()
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-cli-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }

    /// Saves `graph` in the scratch directory as `name` and returns its path.
    @discardableResult
    func save(_ graph: KnowledgeGraph, as name: String = "fixture.graph.json") throws -> String {
        let path = directory.appendingPathComponent(name).path
        try GraphStore.save(graph, to: path)
        return path
    }

    /// Writes raw bytes to a file in the scratch directory and returns its path.
    func write(_ text: String, as name: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs `newsgraph ARGS` in the scratch directory.
    func run(_ args: [String]) throws -> Result {
        try Self.run(args, in: directory, binary: binary)
    }

    /// Runs `newsgraph ARGS` in `directory`; stdout and stderr go through files there,
    /// so a large answer on either cannot block a pipe.
    static func run(_ args: [String], in directory: URL, binary: URL? = nil) throws -> Result {
        let binary = try binary ?? locateBinary()
        let out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = directory
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// The `newsgraph` executable next to the test bundle (whatever the build path),
    /// else `NEWSGRAPH_BIN`, else the package's `.build/debug`.
    static func locateBinary() throws -> URL {
        var dirs: [URL] = []
        if let env = ProcessInfo.processInfo.environment["NEWSGRAPH_BIN"] {
            dirs.append(URL(fileURLWithPath: env).deletingLastPathComponent())
        }
        dirs.append(Bundle.main.bundleURL)
        if let exe = Bundle.main.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dirs.append(bundle.bundleURL.deletingLastPathComponent())
        }
        dirs.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        dirs.append(repo.appendingPathComponent(".build/debug"))
        for dir in dirs {
            let candidate = dir.appendingPathComponent("newsgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.standardizedFileURL }
        }
        throw Failure.binaryNotFound(dirs.map(\.path))
    }
}
