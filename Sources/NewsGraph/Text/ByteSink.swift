/// An append-only byte buffer for the normalizer's inner loop.
///
/// An `Array` append checks uniqueness and capacity through calls the optimizer does not always
/// inline; here an append is one comparison and one store. The owner frees the storage (`free()`).
struct ByteSink {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ b: UInt8) {
        if count == capacity { grow() }
        storage[count] = b
        count += 1
    }

    /// Appends the UTF-8 encoding of scalar value `v`.
    @inline(__always) mutating func appendUTF8(_ v: UInt32) {
        if count + 4 > capacity { grow() }
        if v < 0x80 {
            storage[count] = UInt8(v)
            count += 1
        } else if v < 0x800 {
            storage[count] = UInt8(0xC0 | (v >> 6))
            storage[count + 1] = UInt8(0x80 | (v & 0x3F))
            count += 2
        } else if v < 0x10000 {
            storage[count] = UInt8(0xE0 | (v >> 12))
            storage[count + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            storage[count + 2] = UInt8(0x80 | (v & 0x3F))
            count += 3
        } else {
            storage[count] = UInt8(0xF0 | (v >> 18))
            storage[count + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            storage[count + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            storage[count + 3] = UInt8(0x80 | (v & 0x3F))
            count += 4
        }
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity *= 2
    }

    /// The bytes written, as a String (decoded as UTF-8).
    func string() -> String {
        String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self)
    }

    /// Releases the storage; the sink must not be used afterwards.
    func free() { storage.deallocate() }
}
