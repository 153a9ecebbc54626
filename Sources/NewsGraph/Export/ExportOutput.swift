import Foundation

/// A buffered UTF-8 output that writers stream into, flushed to a file in fixed-size chunks.
///
/// Exporters never build a whole document as one `String`: a graph of a million
/// edges would need gigabytes. They append small pieces here; the buffer goes to
/// the file handle whenever it passes `chunkSize` bytes. A memory output (for
/// tests and small documents) keeps everything instead.
public final class ExportOutput {
    private enum Destination {
        case file(FileHandle, path: String)
        case memory
    }

    private let destination: Destination
    private var buffer: [UInt8] = []
    private var collected: [UInt8] = []
    /// Bytes after which the buffer is handed to the file.
    public let chunkSize: Int

    /// An output that writes to `handle`; `path` names the file in errors.
    public init(handle: FileHandle, path: String, chunkSize: Int = 1 << 16) {
        self.destination = .file(handle, path: path)
        self.chunkSize = chunkSize
        buffer.reserveCapacity(chunkSize + 4096)
    }

    /// An output that keeps everything in memory (see `text`, `bytes`).
    public init(chunkSize: Int = 1 << 16) {
        self.destination = .memory
        self.chunkSize = chunkSize
    }

    /// Appends `text` as UTF-8, flushing when the buffer is full.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= chunkSize { try flush() }
    }

    /// Hands the buffered bytes to the destination.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        switch destination {
        case .file(let handle, let path):
            do { try handle.write(contentsOf: buffer) } catch {
                throw NewsGraphError.writeFailed(file: path, reason: error.localizedDescription)
            }
        case .memory:
            collected.append(contentsOf: buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Everything written so far (memory outputs; a file output returns only the unflushed tail).
    public var bytes: [UInt8] { collected + buffer }

    /// Everything written so far as a string (memory outputs).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
