import Foundation
import Testing

/// Golden files under `Tests/NewsGraphTests/Fixtures/export/`: a test fails when an exporter's output changes.
///
/// After an intended change, regenerate them with
/// `NEWSGRAPH_REGENERATE_GOLDEN=1 swift test --filter GoldenFileTests` and review the diff.
enum GoldenFile {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/export")

    static var regenerating: Bool { ProcessInfo.processInfo.environment["NEWSGRAPH_REGENERATE_GOLDEN"] == "1" }

    /// Compares `bytes` with the golden file `name` (or rewrites it when regenerating).
    static func check(_ name: String, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if regenerating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            let message = "missing golden file \(name); run NEWSGRAPH_REGENERATE_GOLDEN=1 swift test --filter GoldenFileTests"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        if [UInt8](expected) != bytes {
            let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end>"
            let got = line < b.count ? String(b[line]) : "<end>"
            let message: String =
                "\(name) differs at line \(line + 1):\n  golden: \(want)\n  now:    \(got)\n"
                + "(if intended: NEWSGRAPH_REGENERATE_GOLDEN=1 swift test --filter GoldenFileTests)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}
