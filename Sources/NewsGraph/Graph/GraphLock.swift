#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock on a graph file, held through a sibling `GRAPH.lock` file with `flock`.
///
/// `add` holds it from reading the graph to renaming the new one into place,
/// so two concurrent adds run one after the other and neither loses the
/// other's articles. The lock file is left in place (removing it would race
/// with a process about to lock it); the kernel releases the lock when the
/// process ends, even on a crash.
public final class GraphLock: @unchecked Sendable {
    private var fd: Int32

    /// The lock file's path for a graph path.
    public static func lockPath(for graphPath: String) -> String { graphPath + ".lock" }

    /// Blocks until the lock on `graphPath` is held.
    public init(graphPath: String) throws {
        let path = Self.lockPath(for: graphPath)
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw NewsGraphError.writeFailed(file: path, reason: "cannot open lock file: \(errnoText())")
        }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = errnoText()
            close(fd)
            fd = -1
            throw NewsGraphError.writeFailed(file: path, reason: "cannot lock: \(reason)")
        }
    }

    /// Releases the lock (also done on deinit).
    public func unlock() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { unlock() }
}
