import Foundation

/// Hashes and writes a stream's chunks on a second thread while the next chunk is being produced.
///
/// `JSONOutput` fills one buffer while this thread feeds the previous one to the
/// FNV-1a-64 checksum (one multiply per byte in a chain, which nothing can speed
/// up) and to the sink (`write(2)`). Chunks are handled strictly in order; the
/// first error is kept and thrown to the producer at its next `submit` or `finish`.
final class ChunkWorker: @unchecked Sendable {
    private var sink: JSONOutput.Sink?
    private var hash = FNV1a64()
    private let work = DispatchSemaphore(value: 0)
    private let idle = DispatchSemaphore(value: 1)
    private let exited = DispatchSemaphore(value: 0)
    private var chunk = UnsafeRawBufferPointer(start: nil, count: 0)
    private var failure: Error?
    private var stop = false
    private var finished = false

    init(sink: @escaping JSONOutput.Sink) {
        self.sink = sink
        let thread = Thread { [self] in
            loop()
            exited.signal()
        }
        thread.start()
    }

    private func loop() {
        while true {
            work.wait()
            if stop { return }
            hash.update(chunk)
            if failure == nil, let sink {
                do { try sink(chunk) } catch { failure = error }
            }
            idle.signal()
        }
    }

    /// Hands `bytes` to the thread once it is done with the previous chunk; `bytes` must stay
    /// untouched until the next `submit` or `finish` returns.
    func submit(_ bytes: UnsafeRawBufferPointer) throws {
        idle.wait()
        if let failure {
            idle.signal()
            throw failure
        }
        chunk = bytes
        work.signal()
    }

    /// Waits for the last chunk, stops the thread and returns the checksum of every chunk.
    @discardableResult
    func finish() throws -> FNV1a64 {
        if !finished {
            finished = true
            idle.wait()
            stop = true
            work.signal()
            exited.wait()
            sink = nil
            // Back to its initial value: libdispatch traps on freeing a semaphore below it.
            idle.signal()
        }
        if let failure { throw failure }
        return hash
    }
}
