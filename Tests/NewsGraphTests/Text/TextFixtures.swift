import Foundation

@testable import NewsGraph

/// Where the seeds and text fixtures are, and small helpers shared by the text-stage tests.
enum TextFixtures {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Paths of the five seed pages, sorted.
    static var seeds: [String] {
        let dir = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    /// The seed whose file name starts with `prefix` (`"000"`…).
    static func seed(_ prefix: String) -> String {
        seeds.first { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(prefix) }!
    }

    /// A fixture under `Fixtures/text`.
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/text")!.path
    }

    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// A temporary file holding `bytes`, removed by the caller.
    static func temp(_ bytes: [UInt8], ext: String = "txt") throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-text-\(UUID().uuidString).\(ext)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Clean text with `⟦…⟧` marks removed, and the clean UTF-8 ranges the marks enclosed.
    static func marked(_ s: String) -> (String, [Range<Int>]) {
        var out = ""
        var ranges: [Range<Int>] = []
        var open = 0
        for ch in s.unicodeScalars {
            if ch == "⟦" {
                open = out.utf8.count
            } else if ch == "⟧" {
                ranges.append(open..<out.utf8.count)
            } else {
                out.unicodeScalars.append(ch)
            }
        }
        return (out, ranges)
    }
}
