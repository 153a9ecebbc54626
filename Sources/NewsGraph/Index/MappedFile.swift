import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file mapped read-only into memory, with the identity (size, modification time) it had when opened.
///
/// The query index maps both its own file and the graph file, so a query reads only the
/// pages it touches. Unmapped on deinit.
final class MappedFile: @unchecked Sendable {
    let path: String
    let base: UnsafePointer<UInt8>
    let count: Int
    let identity: FileIdentity

    /// Size and modification time (nanoseconds) of a file.
    struct FileIdentity: Equatable {
        var size: UInt64
        var seconds: Int64
        var nanoseconds: Int64
    }

    /// Maps `path`; throws `unreadable` when it cannot be opened, stated or mapped, or is empty.
    init(_ path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw NewsGraphError.unreadable(file: path, reason: errnoText()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw NewsGraphError.unreadable(file: path, reason: errnoText()) }
        identity = Self.identity(st)
        count = Int(st.st_size)
        guard count > 0 else { throw NewsGraphError.unreadable(file: path, reason: "the file is empty") }
        guard let p = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw NewsGraphError.unreadable(file: path, reason: "mmap: \(errnoText())")
        }
        base = UnsafePointer(p.assumingMemoryBound(to: UInt8.self))
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), count) }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The identity of the file now at `path`, or nil when it cannot be read.
    static func identity(of path: String) -> FileIdentity? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return identity(st)
    }

    private static func identity(_ st: stat) -> FileIdentity {
        #if canImport(Darwin)
            let t = st.st_mtimespec
        #else
            let t = st.st_mtim
        #endif
        return FileIdentity(size: UInt64(st.st_size), seconds: Int64(t.tv_sec), nanoseconds: Int64(t.tv_nsec))
    }
}
