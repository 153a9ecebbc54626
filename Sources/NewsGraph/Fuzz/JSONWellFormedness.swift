/// A strict RFC 8259 syntax check for exported JSON.
///
/// `JSONSerialization` on Linux accepts raw control characters inside strings,
/// which strict readers (Python's `json`, `jq`, browsers) refuse; an export must
/// pass both. Iterative, so deep nesting cannot overflow the stack.
public enum JSONWellFormedness {
    /// The first syntax error, with its byte offset.
    public struct Violation: Error, Sendable, Equatable, CustomStringConvertible {
        public var byteOffset: Int
        public var reason: String
        public var description: String { "JSON not well-formed at byte \(byteOffset): \(reason)" }
    }

    /// Throws the first violation in `b` (UTF-8, one value, surrounding whitespace allowed).
    public static func check(_ b: [UInt8]) throws {
        var i = 0
        let n = b.count
        func fail(_ r: String) -> Violation { Violation(byteOffset: i, reason: r) }
        func space() { while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 } }
        func string() throws {
            i += 1
            while true {
                guard i < n else { throw fail("unterminated string") }
                let c = b[i]
                if c == 0x22 {
                    i += 1
                    return
                }
                if c < 0x20 { throw fail("raw control character in a string") }
                if c == 0x5C {
                    i += 1
                    guard i < n else { throw fail("unterminated escape") }
                    switch b[i] {
                    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 1
                    case 0x75:
                        guard i + 4 < n,
                            b[(i + 1)...(i + 4)].allSatisfy({
                                ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66)
                            })
                        else { throw fail("bad \\u escape") }
                        i += 5
                    default: throw fail("bad escape")
                    }
                    continue
                }
                i += 1
            }
        }
        func number() throws {
            if b[i] == 0x2D { i += 1 }
            guard i < n, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("bad number") }
            if b[i] == 0x30 { i += 1 } else { while i < n, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } }
            if i < n, b[i] == 0x2E {
                i += 1
                guard i < n, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("bad fraction") }
                while i < n, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            }
            if i < n, b[i] | 0x20 == 0x65 {
                i += 1
                if i < n, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
                guard i < n, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("bad exponent") }
                while i < n, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            }
        }
        func literal(_ word: String) throws {
            let w = Array(word.utf8)
            guard i + w.count <= n, Array(b[i..<(i + w.count)]) == w else { throw fail("unknown literal") }
            i += w.count
        }
        // Stack of open containers: true = object, false = array.
        var stack: [Bool] = []
        if let bad = TextDecoder.firstInvalidUTF8(b, from: 0) {
            i = bad
            throw fail("invalid UTF-8")
        }
        space()
        var expectValue = true
        while true {
            space()
            if expectValue {
                guard i < n else { throw fail("expected a value") }
                switch b[i] {
                case 0x7B:
                    i += 1
                    space()
                    if i < n, b[i] == 0x7D {
                        i += 1
                        expectValue = false
                        break
                    }
                    stack.append(true)
                    guard i < n, b[i] == 0x22 else { throw fail("expected a key") }
                    try string()
                    space()
                    guard i < n, b[i] == 0x3A else { throw fail("expected `:`") }
                    i += 1
                    continue
                case 0x5B:
                    i += 1
                    space()
                    if i < n, b[i] == 0x5D {
                        i += 1
                        expectValue = false
                        break
                    }
                    stack.append(false)
                    continue
                case 0x22: try string()
                case 0x2D, 0x30...0x39: try number()
                case 0x74: try literal("true")
                case 0x66: try literal("false")
                case 0x6E: try literal("null")
                default: throw fail("expected a value")
                }
                expectValue = false
                continue
            }
            guard let top = stack.last else {
                guard i == n else { throw fail("content after the value") }
                return
            }
            guard i < n else { throw fail("unclosed \(top ? "object" : "array")") }
            if b[i] == 0x2C {
                i += 1
                if top {
                    space()
                    guard i < n, b[i] == 0x22 else { throw fail("expected a key") }
                    try string()
                    space()
                    guard i < n, b[i] == 0x3A else { throw fail("expected `:`") }
                    i += 1
                }
                expectValue = true
            } else if b[i] == (top ? 0x7D : 0x5D) {
                i += 1
                stack.removeLast()
            } else {
                throw fail("expected `,` or a closing bracket")
            }
        }
    }
}
