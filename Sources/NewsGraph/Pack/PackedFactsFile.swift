import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Packed facts kept in a scratch file instead of the heap, each article read back with `pread`.
///
/// A million-article build holds every article's packed facts (about a
/// gigabyte) from tagging until the graph file is written, through the
/// memory-hungry accumulation. Here they sit in an unlinked file beside the
/// graph: the kernel's page cache keeps them (and gives the memory back under
/// pressure), the process holds 8 bytes an article. The file is unlinked as soon
/// as it is made, so nothing is left behind, whatever way the process ends.
final class PackedFactsFile: @unchecked Sendable {
    // Immutable after `init`; `pread` is safe from any thread.
    private let descriptor: Int32
    /// Where each article starts in the file, and (last) where the file ends.
    private let offsets: [Int]

    /// Writes `articles` in order to a new scratch file in `directory`; throws `writeFailed` naming the
    /// directory when it cannot be made or written.
    init(_ articles: [PackedFacts], directory: String) throws {
        var template = Array((directory.isEmpty ? "." : directory).utf8CString.dropLast())
        template += Array("/.newsgraph-facts-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard fd >= 0 else { throw Self.failure(directory, "cannot create a scratch file: \(Self.reason())") }
        unlink(path)
        descriptor = fd
        var offsets = [0]
        offsets.reserveCapacity(articles.count + 1)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        func flush() throws {
            var done = 0
            while done < buffer.count {
                let n = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw Self.failure(directory, "cannot write a scratch file: \(Self.reason())") }
                done += n
            }
            buffer.removeAll(keepingCapacity: true)
        }
        do {
            for a in articles {
                buffer += a.bytes
                offsets.append(offsets.last! + a.bytes.count)
                if buffer.count >= 1 << 20 { try flush() }
            }
            try flush()
        } catch {
            close(fd)
            throw error
        }
        self.offsets = offsets
    }

    deinit { close(descriptor) }

    /// The number of articles.
    var count: Int { offsets.count - 1 }

    /// Article `i`'s packed facts, read back from the file.
    subscript(i: Int) -> PackedFacts {
        let start = offsets[i]
        let length = offsets[i + 1] - start
        guard length > 0 else { return PackedFacts(bytes: []) }
        let bytes = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            var done = 0
            while done < length {
                let n = pread(descriptor, buffer.baseAddress! + done, length - done, off_t(start + done))
                if n < 0 && errno == EINTR { continue }
                // The file is this process's own, unlinked and never truncated: a failed read is a broken disk.
                guard n > 0 else { preconditionFailure("scratch file of packed facts unreadable: \(Self.reason())") }
                done += n
            }
            initialized = length
        }
        return PackedFacts(bytes: bytes)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }

    private static func failure(_ directory: String, _ reason: String) -> NewsGraphError {
        .writeFailed(file: directory.isEmpty ? "." : directory, reason: reason)
    }
}
