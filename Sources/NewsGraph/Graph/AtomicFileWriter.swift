import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one.
///
/// The bytes go to a temporary file in the destination's directory (a rename
/// is atomic only within one file system), are flushed to disk with `fsync`,
/// and the temporary file is renamed over the destination; the directory is
/// then synced so the rename itself survives a crash. On any failure the
/// temporary file is removed and the destination is left untouched.
public struct AtomicFileWriter: Sendable {
    /// Writes `bytes` to an open descriptor; replaceable so tests can simulate a failing disk.
    public typealias ChunkWriter = @Sendable (_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws -> Void

    private let writeChunk: ChunkWriter

    /// A writer that uses `write(2)`; `chunkWriter` overrides it (tests inject failures).
    public init(chunkWriter: ChunkWriter? = nil) {
        writeChunk = chunkWriter ?? AtomicFileWriter.posixWrite
    }

    /// Atomically replaces (or creates) `path` with `data`.
    public func write(_ data: Data, to path: String) throws {
        try write(to: path) { stream in try data.withUnsafeBytes { try stream.append($0) } }
    }

    /// The temporary file being written: bytes are appended in order, and earlier bytes can be
    /// rewritten in place (a header whose checksum is known only at the end).
    public struct Stream {
        let fd: Int32
        let writeChunk: ChunkWriter

        /// Appends `bytes` at the end of what was written.
        public func append(_ bytes: UnsafeRawBufferPointer) throws {
            try writeChunk(fd, bytes)
        }

        /// Rewrites the bytes at `offset` (which must already have been written) with `bytes`.
        public func overwrite(at offset: Int, _ bytes: UnsafeRawBufferPointer) throws {
            guard lseek(fd, off_t(offset), SEEK_SET) >= 0 else { throw posixFailure("lseek") }
            try writeChunk(fd, bytes)
            guard lseek(fd, 0, SEEK_END) >= 0 else { throw posixFailure("lseek") }
        }
    }

    /// Atomically replaces (or creates) `path` with what `produce` writes to the stream.
    ///
    /// The content never has to be in memory at once. If `produce` throws, the
    /// destination is left untouched and the error is reported as `writeFailed`.
    public func write(to path: String, streaming produce: (Stream) throws -> Void) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let tmpTemplate = (dir.isEmpty ? "." : dir) + "/." + base + ".tmp.XXXXXX"
        var template = Array(tmpTemplate.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw NewsGraphError.writeFailed(file: path, reason: "cannot create temporary file: \(errnoText())")
        }
        let tmpPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(tmpPath) }
        }
        do {
            try produce(Stream(fd: fd, writeChunk: writeChunk))
            guard fsync(fd) == 0 else { throw posixFailure("fsync") }
            // Keep the permissions a plain `open` would give, not mkstemp's 0600.
            let mask = umask(0)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
        } catch {
            close(fd)
            throw NewsGraphError.writeFailed(file: path, reason: Self.reason(error))
        }
        guard close(fd) == 0 else {
            throw NewsGraphError.writeFailed(file: path, reason: "close: \(errnoText())")
        }
        guard rename(tmpPath, path) == 0 else {
            throw NewsGraphError.writeFailed(file: path, reason: "rename: \(errnoText())")
        }
        ok = true
        let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY)
        if dfd >= 0 {
            _ = fsync(dfd)
            close(dfd)
        }
    }

    /// The default chunk writer: `write(2)` until every byte is written, retrying on EINTR.
    public static let posixWrite: ChunkWriter = { fd, bytes in
        var offset = 0
        while offset < bytes.count {
            let n = systemWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw posixFailure("write")
            }
            offset += n
        }
    }

    private static func reason(_ error: Error) -> String {
        if case NewsGraphError.writeFailed(_, let reason) = error { return reason }
        return "\(error)"
    }
}

/// A failed system call, as a write error whose reason names the call and errno.
func posixFailure(_ call: String) -> NewsGraphError {
    NewsGraphError.writeFailed(file: "", reason: "\(call): \(errnoText())")
}

/// The current `errno` as text.
func errnoText() -> String { String(cString: strerror(errno)) }

/// `write(2)`, named so it does not clash with Swift's `write` methods.
func systemWrite(_ fd: Int32, _ buf: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(fd, buf, count)
    #else
        return Darwin.write(fd, buf, count)
    #endif
}
