import Foundation
import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `newsgraph fuzz --minimize FILE`: shrink a failing input while it fails the same way (delta debugging).
///
/// Each candidate runs in a child (`fuzz --replay`), so a crash or hang is an answer, not the end.
/// The failure kind must stay the same: a crash stays a crash, a hang a hang, a failed stage that stage.
extension FuzzCommand {
    /// How a replay ended, coarse enough to compare across candidates.
    enum ReplayKind: Equatable, CustomStringConvertible {
        case passed
        case crashed
        case hung
        case failed(stage: String)

        var description: String {
            switch self {
            case .passed: return "passed"
            case .crashed: return "crash"
            case .hung: return "hang"
            case .failed(let stage): return "failure in \(stage)"
            }
        }
    }

    static func minimize(_ path: String, _ settings: Settings, _ console: Console) throws -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsGraphError.unreadable(file: path, reason: "cannot read the input to minimize")
        }
        let ext = (path as NSString).pathExtension.isEmpty ? "txt" : (path as NSString).pathExtension
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-minimize-\(getpid()).\(ext)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let timeout = min(settings.timeout, 30)
        func kind(_ bytes: [UInt8]) throws -> ReplayKind {
            try Data(bytes).write(to: URL(fileURLWithPath: scratch))
            var args = ["fuzz", "--replay", scratch, "--max-article-mb", String(settings.maxArticleMB)]
            args += settings.crashOn.flatMap { ["--selftest", "crash-on@" + $0] }
            let child = try WorkerProcess(arguments: args)
            var out = ""
            let start = Date()
            while !child.atEOF {
                out += child.readLines(timeout: 1).map { $0 + "\n" }.joined()
                if Date().timeIntervalSince(start) > timeout {
                    child.kill()
                    _ = child.waitForExit()
                    return .hung
                }
            }
            if case .signaled = child.waitForExit() { return .crashed }
            if let r = out.range(of: "FAILED in ") {
                return .failed(stage: String(out[r.upperBound...].prefix { $0 != ":" }))
            }
            return .passed
        }
        // Work on whole scalars when the input is UTF-8 (the reduced input stays readable), else on bytes.
        var units: [[UInt8]] =
            String(validating: Data(data), as: UTF8.self).map { s in s.unicodeScalars.map { Array(String($0).utf8) } }
            ?? data.map { [$0] }
        let target = try kind(units.flatMap { $0 })
        guard target != .passed else {
            console.error("\(path): error: the input does not fail on replay; nothing to minimize")
            return 1
        }
        let deadline = Date().addingTimeInterval(settings.seconds ?? 120)
        var n = 2
        while units.count >= 2 && Date() < deadline {
            let chunk = max(1, units.count / n)
            var reduced = false
            var i = 0
            while i < units.count && Date() < deadline {
                let candidate = Array(units[..<i]) + units[min(units.count, i + chunk)...]
                if !candidate.isEmpty, try kind(candidate.flatMap { $0 }) == target {
                    units = candidate
                    n = max(n - 1, 2)
                    reduced = true
                    break
                }
                i += chunk
            }
            if !reduced {
                if chunk == 1 { break }
                n = min(units.count, n * 2)
            }
        }
        let outPath = ((path as NSString).deletingPathExtension) + ".min." + ext
        let bytes = units.flatMap { $0 }
        do { try Data(bytes).write(to: URL(fileURLWithPath: outPath), options: .atomic) } catch {
            throw NewsGraphError.writeFailed(file: outPath, reason: error.localizedDescription)
        }
        console.print("minimized \(path) (\(data.count) bytes) to \(outPath) (\(bytes.count) bytes), still a \(target)")
        return 0
    }
}
