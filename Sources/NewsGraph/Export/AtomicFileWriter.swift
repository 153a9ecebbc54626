#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a file atomically: into a temporary file beside it, then renamed over the target.
///
/// A reader never sees a half-written export, and a failed export leaves the
/// previous file intact.
public enum AtomicFileWriter {
    /// Streams `body` into a temporary file and renames it to `path`.
    public static func write(to path: String, _ body: (ExportOutput) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let temp = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temp, contents: nil) else {
            throw NewsGraphError.writeFailed(file: path, reason: "cannot create temporary file in \(dir)")
        }
        do {
            guard let handle = FileHandle(forWritingAtPath: temp) else {
                throw NewsGraphError.writeFailed(file: path, reason: "cannot open temporary file \(temp)")
            }
            do {
                let output = ExportOutput(handle: handle, path: path)
                try body(output)
                try output.flush()
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            guard rename(temp, path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw NewsGraphError.writeFailed(file: path, reason: "rename failed: \(reason)")
            }
        } catch let e as NewsGraphError {
            unlink(temp)
            throw e
        } catch {
            unlink(temp)
            throw NewsGraphError.writeFailed(file: path, reason: "\(error)")
        }
    }
}
