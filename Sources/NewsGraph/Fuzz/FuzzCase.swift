/// One input the fuzzer runs: its bytes, the name it is read under, and how it was made.
public struct FuzzCase: Sendable {
    /// Position in the run; with the seed, it regenerates the case exactly.
    public var index: Int
    /// How the case was made, e.g. `seed 003 ▸ flipBit,insertToken` or `extreme hugeLine`.
    public var origin: String
    /// The file name the bytes are read as (its extension picks page or JSON Lines).
    public var fileName: String
    /// The bytes.
    public var bytes: [UInt8]
    /// A forced encoding (`utf-8`, `utf-16`, `gb18030`), or nil to detect.
    public var encoding: String?

    public init(index: Int, origin: String, fileName: String, bytes: [UInt8], encoding: String? = nil) {
        self.index = index
        self.origin = origin
        self.fileName = fileName
        self.bytes = bytes
        self.encoding = encoding
    }
}
