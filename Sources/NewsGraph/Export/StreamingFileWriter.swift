import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file atomically while it is being streamed: into a temporary file beside
/// it, synced to disk, then renamed over the target.
///
/// Exports are too large to build in memory first, so unlike a write of finished
/// bytes the body receives an `ExportOutput` and writes chunk by chunk. A reader
/// never sees a half-written export, and a failed export leaves the previous file
/// intact and no temporary file behind.
public enum StreamingFileWriter {
    /// Streams `body` into a temporary file and renames it to `path`.
    public static func write(to path: String, _ body: (ExportOutput) throws -> Void) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((dir.isEmpty ? "." : dir) + "/." + name + ".tmp.XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw NewsGraphError.writeFailed(file: path, reason: "cannot create a temporary file: \(errorText())")
        }
        let temp = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        var done = false
        defer {
            if !done { unlink(temp) }
        }
        do {
            let output = ExportOutput(handle: handle, path: path)
            try body(output)
            try output.flush()
            guard fsync(fd) == 0 else {
                throw NewsGraphError.writeFailed(file: path, reason: "fsync: \(errorText())")
            }
            // The permissions a plain create would give, not mkstemp's 0600.
            let mask = umask(0)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
        } catch let e as NewsGraphError {
            close(fd)
            throw e
        } catch {
            close(fd)
            throw NewsGraphError.writeFailed(file: path, reason: "\(error)")
        }
        guard close(fd) == 0 else {
            throw NewsGraphError.writeFailed(file: path, reason: "close: \(errorText())")
        }
        guard rename(temp, path) == 0 else {
            throw NewsGraphError.writeFailed(file: path, reason: "rename: \(errorText())")
        }
        done = true
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
