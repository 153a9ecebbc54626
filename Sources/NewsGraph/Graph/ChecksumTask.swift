import Foundation

/// The FNV-1a-64 of a graph file's body, computed on another thread while the body is parsed.
///
/// FNV-1a is one multiply per byte in a chain: it cannot be made faster, only
/// overlapped. The caller must `wait()` before the bytes go away, and trusts
/// nothing it parsed until the checksum matched.
final class ChecksumTask: @unchecked Sendable {
    private let body: UnsafeBufferPointer<UInt8>
    private let release: ((Range<Int>) -> Void)?
    private let done = DispatchSemaphore(value: 0)
    private var hash = FNV1a64()

    /// Starts hashing `body`; `release` is told which ranges were hashed (a mapped file gives them back).
    init(_ body: UnsafeBufferPointer<UInt8>, release: ((Range<Int>) -> Void)?) {
        self.body = body
        self.release = release
        let thread = Thread { [self] in
            run()
            done.signal()
        }
        thread.start()
    }

    private func run() {
        let chunk = 1 << 24
        var at = 0
        while at < body.count {
            let n = min(chunk, body.count - at)
            hash.update(UnsafeBufferPointer(rebasing: body[at..<(at + n)]))
            release?(at..<(at + n))
            at += n
        }
    }

    /// The checksum as 16 hex digits, once the thread is done.
    func wait() -> String {
        done.wait()
        return hash.hex
    }
}
