import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes mapped read-only into memory (or read, when it cannot be mapped), with the
/// identity (size, modification time) it had when opened.
///
/// Mapping a large graph file costs no copy, and its pages are the page
/// cache's: the kernel can drop them under pressure, and `release(upTo:)`
/// gives back what a reader has finished with, so a 1 GB file does not add
/// 1 GB of resident memory on top of the graph it decodes into. The query
/// index maps both its own file and the graph file, so a query reads only the
/// pages it touches. Unmapped on deinit.
///
/// `@unchecked Sendable`: the bytes never change after `init`; `release` only
/// advises the kernel and is called by the one reader that owns the decode.
final class MappedFile: @unchecked Sendable {
    /// Size and modification time (nanoseconds) of a file.
    struct FileIdentity: Equatable {
        var size: UInt64
        var seconds: Int64
        var nanoseconds: Int64
    }

    let path: String
    /// The file's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The file's size and modification time when it was opened.
    let identity: FileIdentity
    private let mapped: Bool
    private var released = 0
    /// The system's page size: what `release` gives back is whole pages.
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// First byte (never nil; an empty file has a one-byte placeholder).
    var base: UnsafePointer<UInt8> { bytes.baseAddress! }
    /// Number of bytes.
    var count: Int { bytes.count }

    /// Maps `path`; throws `unreadable` naming it.
    init(_ path: String) throws {
        self.path = path
        // Only a regular file is opened here: opening a FIFO would block until a writer came.
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw NewsGraphError.unreadable(file: path, reason: errnoText()) }
            defer { close(fd) }
            var now = stat()
            if fstat(fd, &now) == 0, (now.st_mode & S_IFMT) == S_IFREG, now.st_size > 0,
                let p = mmap(nil, Int(now.st_size), PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED
            {
                _ = madvise(p, Int(now.st_size), MADV_SEQUENTIAL)
                bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: Int(now.st_size))
                identity = Self.identity(now)
                mapped = true
                return
            }
        }
        // Empty, not a regular file, or not mappable: read it.
        let data = try GraphStore.readFile(path)
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(data.count, 1))
        _ = copy.initialize(from: data)
        bytes = UnsafeBufferPointer(start: copy.baseAddress, count: data.count)
        identity = Self.identity(of: path) ?? FileIdentity(size: UInt64(data.count), seconds: 0, nanoseconds: 0)
        mapped = false
    }

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

    /// Lets the kernel drop the pages before byte `offset` from this process's memory (they stay
    /// in the page cache and come back on the next access).
    func release(upTo offset: Int) {
        release(released..<offset)
        released = max(released, min(offset, bytes.count) / Self.pageSize * Self.pageSize)
    }

    /// Lets the kernel drop the whole pages inside `range` from this process's memory.
    func release(_ range: Range<Int>) {
        guard mapped, let base = bytes.baseAddress else { return }
        let start = (max(range.lowerBound, 0) + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let end = min(range.upperBound, bytes.count) / Self.pageSize * Self.pageSize
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    /// Gives back, in steps, the pages behind a forward reader of the file, so that a scan of a
    /// file of any size keeps about one step of it resident.
    ///
    /// Mapped pages count in the process's resident memory until they are given back, even
    /// though they are only page cache: a whole-file scan of a 14 GB graph would otherwise
    /// show 14 GB resident. Each reader keeps its own window (a second pass over part of the
    /// file gives back its own pages again). With no file it does nothing.
    struct Window {
        let file: MappedFile?
        /// Bytes read between two releases.
        let step: Int
        private var from: Int

        /// A window over `file` whose reader starts at byte `from`.
        init(_ file: MappedFile?, from: Int, step: Int = 1 << 24) {
            self.file = file
            self.step = max(step, 1)
            self.from = from
        }

        /// The reader is at `offset`: gives back what lies behind it once a step has been read.
        @inline(__always)
        mutating func advance(to offset: Int) {
            guard let file, offset - from >= step else { return }
            file.release(from..<offset)
            from = offset / MappedFile.pageSize * MappedFile.pageSize
        }

        /// The reader is done at `offset`: gives back everything behind it.
        mutating func finish(at offset: Int) {
            guard let file, offset > from else { return }
            file.release(from..<offset)
            from = offset / MappedFile.pageSize * MappedFile.pageSize
        }
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }
}
