import Foundation

/// Path helpers for the exporters.
enum ExportPaths {
    /// `dir/name` without doubling the slash.
    static func join(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    /// Creates `dir` and its parents when missing; a clear error when it cannot.
    static func makeDirectory(_ dir: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw NewsGraphError.writeFailed(file: dir, reason: "exists and is not a directory")
            }
            return
        }
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            throw NewsGraphError.writeFailed(file: dir, reason: "cannot create directory: \(error.localizedDescription)")
        }
    }
}
