import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes the bytes of a page: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
///
/// Detection: a BOM decides; otherwise NUL bytes mean binary; valid UTF-8 is
/// UTF-8; otherwise GB18030 when the whole file decodes as GB18030. An
/// encoding can be forced. Errors name the file and the first bad *byte*.
public struct TextDecoder: Sendable {
    /// Encodings that can be forced, by their accepted names.
    public enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case utf16 = "utf-16"
        case gb18030 = "gb18030"

        /// Parses a user's name for an encoding (`utf8`, `UTF-8`, `utf-16`, `gbk`, `gb2312`, `gb18030`…).
        public init?(name: String) {
            switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
            case "utf-8", "utf8": self = .utf8
            case "utf-16", "utf16", "utf-16le", "utf-16be": self = .utf16
            case "gb18030", "gbk", "gb2312", "cp936", "gb-18030": self = .gb18030
            default: return nil
            }
        }
    }

    /// `nil` detects the encoding.
    public var forced: Encoding?

    public init(forced: Encoding? = nil) {
        self.forced = forced
    }

    /// Decodes `bytes` read from `file` (the name is used in errors only).
    public func decode(_ bytes: [UInt8], file: String) throws -> DecodedText {
        guard bytes.count < Int(Int32.max) / 2 else {
            throw NewsGraphError.limitExceeded(file: file, reason: "file of \(bytes.count) bytes exceeds the 1 GB limit")
        }
        let hasUTF8BOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let utf16BOM: Bool? =
            bytes.count >= 2
            ? (bytes[0] == 0xFF && bytes[1] == 0xFE ? true : (bytes[0] == 0xFE && bytes[1] == 0xFF ? false : nil)) : nil
        switch forced {
        case .utf8:
            return try decodeUTF8(bytes, file: file, bom: hasUTF8BOM)
        case .utf16:
            return try decodeUTF16(bytes, file: file, littleEndian: utf16BOM ?? true, skip: utf16BOM == nil ? 0 : 2)
        case .gb18030:
            return try decodeGB18030(bytes, file: file)
        case nil:
            break
        }
        if hasUTF8BOM { return try decodeUTF8(bytes, file: file, bom: true) }
        if let le = utf16BOM { return try decodeUTF16(bytes, file: file, littleEndian: le, skip: 2) }
        if let nul = bytes.firstIndex(of: 0) { throw NewsGraphError.binary(file: file, byteOffset: nul) }
        let bad = Self.firstInvalidUTF8(bytes, from: 0)
        guard let bad else { return DecodedText(encoding: "utf-8", utf8: bytes) }
        if let gb = try? decodeGB18030(bytes, file: file) { return gb }
        throw NewsGraphError.undecodable(file: file, encoding: "utf-8", byteOffset: bad)
    }

    // MARK: - UTF-8

    private func decodeUTF8(_ bytes: [UInt8], file: String, bom: Bool) throws -> DecodedText {
        let start = bom ? 3 : 0
        if let nul = bytes[start...].firstIndex(of: 0) { throw NewsGraphError.binary(file: file, byteOffset: nul) }
        if let bad = Self.firstInvalidUTF8(bytes, from: start) {
            throw NewsGraphError.undecodable(file: file, encoding: "utf-8", byteOffset: bad)
        }
        return DecodedText(encoding: "utf-8", utf8: bytes, start: start)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8], from: Int) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            let n = p.count
            var i = from
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                var len = 0
                var lowMin: UInt8 = 0x80
                var lowMax: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: len = 2
                case 0xE0:
                    len = 3
                    lowMin = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: len = 3
                case 0xED:
                    len = 3
                    lowMax = 0x9F
                case 0xF0:
                    len = 4
                    lowMin = 0x90
                case 0xF1...0xF3: len = 4
                case 0xF4:
                    len = 4
                    lowMax = 0x8F
                default: return i
                }
                guard i + len <= n else { return i }
                let b1 = p[i + 1]
                if b1 < lowMin || b1 > lowMax { return i }
                var k = 2
                while k < len {
                    if p[i + k] & 0xC0 != 0x80 { return i }
                    k += 1
                }
                i += len
            }
            return nil
        }
    }

    // MARK: - UTF-16

    private func decodeUTF16(_ bytes: [UInt8], file: String, littleEndian: Bool, skip: Int) throws -> DecodedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 2)
        var map = OffsetMap()
        var i = skip
        let n = bytes.count
        @inline(__always) func unit(_ at: Int) -> UInt32 {
            littleEndian ? UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 : UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1])
        }
        while i < n {
            guard i + 1 < n else { throw NewsGraphError.undecodable(file: file, encoding: "utf-16", byteOffset: i) }
            let u = unit(i)
            var scalarValue = u
            var len = 2
            if (0xD800...0xDBFF).contains(u) {
                guard i + 3 < n else { throw NewsGraphError.undecodable(file: file, encoding: "utf-16", byteOffset: i) }
                let lo = unit(i + 2)
                guard (0xDC00...0xDFFF).contains(lo) else {
                    throw NewsGraphError.undecodable(file: file, encoding: "utf-16", byteOffset: i)
                }
                scalarValue = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                len = 4
            } else if (0xDC00...0xDFFF).contains(u) {
                throw NewsGraphError.undecodable(file: file, encoding: "utf-16", byteOffset: i)
            }
            if scalarValue == 0 { throw NewsGraphError.binary(file: file, byteOffset: i) }
            let before = out.count
            Self.appendUTF8(scalarValue, to: &out)
            map.append(cleanByteCount: out.count - before, raw: Span(start: i, end: i + len))
            i += len
        }
        return DecodedText(encoding: littleEndian ? "utf-16le" : "utf-16be", utf8: out, map: map)
    }

    @inline(__always) static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    // MARK: - GB18030

    /// Byte length of the GB18030 character starting at `i`, or nil when the bytes cannot start one.
    /// 1 byte ASCII; 2 bytes lead 0x81–0xFE, trail 0x40–0xFE except 0x7F;
    /// 4 bytes lead 0x81–0xFE, 0x30–0x39, 0x81–0xFE, 0x30–0x39.
    static func gb18030Length(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = p[i]
        if b < 0x80 { return 1 }
        guard b >= 0x81 && b <= 0xFE, i + 1 < p.count else { return nil }
        let b1 = p[i + 1]
        if b1 >= 0x30 && b1 <= 0x39 {
            guard i + 3 < p.count else { return nil }
            let b2 = p[i + 2]
            let b3 = p[i + 3]
            guard b2 >= 0x81 && b2 <= 0xFE && b3 >= 0x30 && b3 <= 0x39 else { return nil }
            return 4
        }
        guard b1 >= 0x40 && b1 <= 0xFE && b1 != 0x7F else { return nil }
        return 2
    }

    private func decodeGB18030(_ bytes: [UInt8], file: String) throws -> DecodedText {
        if let nul = bytes.firstIndex(of: 0) { throw NewsGraphError.binary(file: file, byteOffset: nul) }
        // Structural check first: it gives the first bad byte without relying on the converter.
        let structuralBad: Int? = bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                guard let len = Self.gb18030Length(p, at: i) else { return i }
                i += len
            }
            return nil
        }
        if let structuralBad {
            throw NewsGraphError.undecodable(file: file, encoding: "gb18030", byteOffset: structuralBad)
        }
        let utf8 = try Self.iconvGB18030ToUTF8(bytes, file: file)
        // Walk raw characters and decoded scalars in step: GB18030 maps each character to one scalar.
        var map = OffsetMap()
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            var d = 0
            while i < p.count {
                let len = Self.gb18030Length(p, at: i) ?? 1
                let lead = utf8[d]
                let ulen = lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
                map.append(cleanByteCount: ulen, raw: Span(start: i, end: i + len))
                i += len
                d += ulen
            }
        }
        return DecodedText(encoding: "gb18030", utf8: utf8, map: map)
    }

    /// Converts the whole buffer with glibc's iconv; an invalid sequence is reported at its byte offset.
    static func iconvGB18030ToUTF8(_ bytes: [UInt8], file: String) throws -> [UInt8] {
        guard let cd = iconv_open("UTF-8", "GB18030"), cd != iconv_t(bitPattern: -1) else {
            throw NewsGraphError.unreadable(file: file, reason: "GB18030 converter unavailable")
        }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let produced: Int = try input.withUnsafeMutableBufferPointer { inBuf in
            try out.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if r == -1 {
                    throw NewsGraphError.undecodable(file: file, encoding: "gb18030", byteOffset: inBuf.count - inLeft)
                }
                return outBuf.count - outLeft
            }
        }
        out.removeSubrange(produced...)
        return out
    }
}
