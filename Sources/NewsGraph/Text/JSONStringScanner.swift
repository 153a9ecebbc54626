/// Finds and decodes JSON string literals while keeping each character's byte range in the file.
enum JSONStringScanner {
    /// The raw ranges (quotes included) of the top-level object's string values, by key; nil if malformed.
    static func topLevelStrings(_ b: [UInt8], _ range: Range<Int>) throws -> [String: Range<Int>]? {
        var i = range.lowerBound
        let end = range.upperBound
        func skipWS() { while i < end, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 } }
        func stringEnd(_ s: Int) -> Int? {
            var k = s + 1
            while k < end {
                if b[k] == 0x5C {
                    k += 2
                    continue
                }
                if b[k] == 0x22 { return k + 1 }
                k += 1
            }
            return nil
        }
        func skipValue() -> Bool {
            skipWS()
            guard i < end else { return false }
            if b[i] == 0x22 {
                guard let e = stringEnd(i) else { return false }
                i = e
                return true
            }
            var depth = 0
            while i < end {
                let c = b[i]
                if c == 0x22 {
                    guard let e = stringEnd(i) else { return false }
                    i = e
                    continue
                }
                if c == 0x7B || c == 0x5B { depth += 1 }
                if c == 0x7D || c == 0x5D {
                    if depth == 0 { return true }
                    depth -= 1
                }
                if c == 0x2C && depth == 0 { return true }
                i += 1
            }
            return depth == 0
        }
        var out: [String: Range<Int>] = [:]
        skipWS()
        guard i < end, b[i] == 0x7B else { return nil }
        i += 1
        while true {
            skipWS()
            guard i < end else { return nil }
            if b[i] == 0x7D { return out }
            if b[i] == 0x2C {
                i += 1
                continue
            }
            guard b[i] == 0x22, let ke = stringEnd(i) else { return nil }
            let key = decode(b, literal: i..<ke).map { String(decoding: $0.utf8, as: UTF8.self) }
            i = ke
            skipWS()
            guard i < end, b[i] == 0x3A else { return nil }
            i += 1
            skipWS()
            let vs = i
            guard skipValue() else { return nil }
            if vs < end, b[vs] == 0x22, let key { out[key] = vs..<i }
        }
    }

    /// Decodes the literal at `literal` (quotes included) to UTF-8 with a map to the file's bytes.
    static func decode(_ b: [UInt8], literal: Range<Int>) -> DecodedText? {
        var out: [UInt8] = []
        var map = OffsetMap()
        var i = literal.lowerBound + 1
        let end = literal.upperBound - 1
        func hex4(_ k: Int) -> UInt32? {
            guard k + 4 <= end else { return nil }
            var v: UInt32 = 0
            for j in k..<(k + 4) {
                let c = b[j]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x37)
                case 0x61...0x66: d = UInt32(c - 0x57)
                default: return nil
                }
                v = v << 4 | d
            }
            return v
        }
        while i < end {
            let c = b[i]
            if c != 0x5C {
                let len = c < 0x80 ? 1 : (c < 0xE0 ? 2 : (c < 0xF0 ? 3 : 4))
                out.append(contentsOf: b[i..<min(i + len, end)])
                map.append(cleanByteCount: min(len, end - i), raw: Span(start: i, end: min(i + len, end)))
                i += len
                continue
            }
            guard i + 1 < end else { return nil }
            var v: UInt32
            var len = 2
            switch b[i + 1] {
            case 0x22: v = 0x22
            case 0x5C: v = 0x5C
            case 0x2F: v = 0x2F
            case 0x62: v = 0x08
            case 0x66: v = 0x0C
            case 0x6E: v = 0x0A
            case 0x72: v = 0x0D
            case 0x74: v = 0x09
            case 0x75:
                guard let h = hex4(i + 2) else { return nil }
                v = h
                len = 6
                if (0xD800...0xDBFF).contains(h), i + 12 <= end, b[i + 6] == 0x5C, b[i + 7] == 0x75,
                    let lo = hex4(i + 8), (0xDC00...0xDFFF).contains(lo)
                {
                    v = 0x10000 + ((h - 0xD800) << 10) + (lo - 0xDC00)
                    len = 12
                } else if (0xD800...0xDFFF).contains(h) {
                    v = 0xFFFD
                }
            default: return nil
            }
            let before = out.count
            TextDecoder.appendUTF8(v, to: &out)
            map.append(cleanByteCount: out.count - before, raw: Span(start: i, end: i + len))
            i += len
        }
        return DecodedText(encoding: "utf-8", utf8: out, map: map)
    }
}
