#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered writer of JSON tokens that escapes exactly as Foundation's `JSONEncoder` does.
///
/// `JSONEncoder` (swift-foundation's `JSONWriter`, with `.withoutEscapingSlashes`)
/// escapes `"` and `\` with a backslash, writes U+0008, U+000C, U+000A, U+000D
/// and U+0009 as `\b \f \n \r \t`, every other byte below 0x20 as `\u00XX`
/// with lowercase hex, and copies everything else — `/`, DEL, U+2028, any
/// non-ASCII UTF-8 — as it is. Integers are plain decimal. This writer emits the
/// same bytes token by token into a fixed buffer, hands full buffers to `sink`,
/// and keeps the FNV-1a-64 of everything it emitted.
final class JSONOutput {
    /// Receives each full buffer; throws to abort the write.
    typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    private var buffer: UnsafeMutablePointer<UInt8>
    private var spare: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    private let sink: Sink
    private let worker: ChunkWorker?
    private var hash = FNV1a64()

    /// An output that flushes every `capacity` bytes to `sink`; with `background`, a second
    /// thread hashes and writes each full buffer while the next one fills.
    init(capacity: Int = 1 << 20, background: Bool = false, sink: @escaping Sink) {
        self.capacity = max(capacity, 64)
        buffer = .allocate(capacity: self.capacity)
        spare = background ? .allocate(capacity: self.capacity) : buffer
        self.sink = sink
        worker = background ? ChunkWorker(sink: sink) : nil
    }

    deinit {
        // The worker may still hold a buffer: stop it before freeing them.
        _ = try? worker?.finish()
        buffer.deallocate()
        if spare != buffer { spare.deallocate() }
    }

    /// Writes out what is buffered.
    func flush() throws {
        guard count > 0 else { return }
        let chunk = UnsafeRawBufferPointer(start: buffer, count: count)
        count = 0
        if let worker {
            try worker.submit(chunk)
            swap(&buffer, &spare)
        } else {
            hash.update(chunk)
            try sink(chunk)
        }
    }

    /// Flushes, waits for the background thread, and returns the FNV-1a-64 of every byte written.
    func finish() throws -> FNV1a64 {
        try flush()
        return try worker?.finish() ?? hash
    }

    @inline(__always)
    private func reserve(_ n: Int) throws {
        if count &+ n > capacity { try flush() }
    }

    /// One ASCII byte.
    @inline(__always)
    func byte(_ b: UInt8) throws {
        if count == capacity { try flush() }
        buffer[count] = b
        count &+= 1
    }

    /// Literal ASCII text (punctuation, keys known to need no escaping).
    @inline(__always)
    func raw(_ s: StaticString) throws {
        try bytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Bytes copied as they are.
    @inline(__always)
    func bytes(_ p: UnsafeBufferPointer<UInt8>) throws {
        let n = p.count
        if n == 0 { return }
        var from = p.baseAddress!
        var left = n
        while count &+ left > capacity {
            // Fill the buffer, flush it, go on with the rest (a sentence longer than the buffer).
            let room = capacity &- count
            (buffer + count).update(from: from, count: room)
            count = capacity
            from += room
            left &-= room
            try flush()
        }
        (buffer + count).update(from: from, count: left)
        count &+= left
    }

    /// A decimal integer.
    @inline(__always)
    func int(_ v: Int) throws {
        try reserve(20)
        if v >= 0 && v < 10 {
            buffer[count] = 0x30 &+ UInt8(truncatingIfNeeded: v)
            count &+= 1
            return
        }
        var magnitude = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let written: Int = withUnsafeMutableBytes(of: &digits) { raw in
            let d = raw.bindMemory(to: UInt8.self)
            var i = 24
            repeat {
                i -= 1
                d[i] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if v < 0 {
                i -= 1
                d[i] = UInt8(ascii: "-")
            }
            (buffer + count).update(from: d.baseAddress! + i, count: 24 - i)
            return 24 - i
        }
        count &+= written
    }

    /// `true` or `false`.
    @inline(__always)
    func bool(_ v: Bool) throws { try v ? raw("true") : raw("false") }

    /// A JSON string, escaped as `JSONEncoder` escapes it.
    @inline(__always)
    func string(_ s: String) throws {
        try byte(0x22)
        try UTF8Bytes.with(s) { try stringContents($0) }
        try byte(0x22)
    }

    /// The escaped contents of a string, without the quotes.
    func stringContents(_ p: UnsafeBufferPointer<UInt8>) throws {
        let n = p.count
        guard let base = p.baseAddress else { return }
        var mark = 0
        var i = 0
        while i < n {
            let b = base[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                i &+= 1
                continue
            }
            try bytes(UnsafeBufferPointer(start: base + mark, count: i - mark))
            try escape(b)
            i &+= 1
            mark = i
        }
        try bytes(UnsafeBufferPointer(start: base + mark, count: n - mark))
    }

    private func escape(_ b: UInt8) throws {
        switch b {
        case 0x22: try raw("\\\"")
        case 0x5C: try raw("\\\\")
        case 0x08: try raw("\\b")
        case 0x0C: try raw("\\f")
        case 0x0A: try raw("\\n")
        case 0x0D: try raw("\\r")
        case 0x09: try raw("\\t")
        default:
            try raw("\\u00")
            try byte(Self.hexDigit(b >> 4))
            try byte(Self.hexDigit(b & 0xF))
        }
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
}
