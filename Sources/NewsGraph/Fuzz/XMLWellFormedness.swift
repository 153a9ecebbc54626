/// A strict XML 1.0 well-formedness check for exported documents.
///
/// Foundation's `XMLParser` on Linux runs libxml2 in recovery mode: it returns
/// `true` for an unclosed root and sets no error for an undeclared entity, so it
/// cannot be the only judge. This checker covers what exporters write — a
/// declaration, comments, processing instructions, elements, attributes, text,
/// CDATA, character and the five predefined entity references — and refuses a
/// DOCTYPE outright (an export has no business declaring entities).
public enum XMLWellFormedness {
    /// The first well-formedness error, with its byte offset.
    public struct Violation: Error, Sendable, Equatable, CustomStringConvertible {
        public var byteOffset: Int
        public var reason: String
        public var description: String { "XML not well-formed at byte \(byteOffset): \(reason)" }
    }

    /// Throws the first violation in `bytes` (UTF-8).
    public static func check(_ bytes: [UInt8]) throws {
        let scalars = try decode(bytes)
        var p = Parser(s: scalars)
        try p.document()
    }

    /// Scalars with their byte offsets; invalid UTF-8 is a violation.
    static func decode(_ bytes: [UInt8]) throws -> [(Unicode.Scalar, Int)] {
        var out: [(Unicode.Scalar, Int)] = []
        out.reserveCapacity(bytes.count)
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var at = 0
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s):
                out.append((s, at))
                offset += UTF8.width(s)
                at = offset
            case .emptyInput: break loop
            case .error: throw Violation(byteOffset: offset, reason: "invalid UTF-8")
            }
        }
        return out
    }

    /// XML 1.0 `Char`.
    static func isChar(_ v: UInt32) -> Bool {
        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
            || (0x10000...0x10FFFF).contains(v)
    }

    static func isNameStart(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x5F || v == 0x3A || (v >= 0xC0 && v != 0xD7 && v != 0xF7)
    }

    static func isNameChar(_ v: UInt32) -> Bool {
        isNameStart(v) || (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x2E || v == 0xB7
    }

    struct Parser {
        let s: [(Unicode.Scalar, Int)]
        var i = 0

        init(s: [(Unicode.Scalar, Int)]) { self.s = s }

        var atEnd: Bool { i >= s.count }
        var offset: Int { i < s.count ? s[i].1 : (s.last.map { $0.1 + UTF8.width($0.0) } ?? 0) }
        func peek(_ k: Int = 0) -> UInt32? { i + k < s.count ? s[i + k].0.value : nil }

        func fail(_ reason: String) -> Violation { Violation(byteOffset: offset, reason: reason) }

        func starts(_ text: String) -> Bool {
            var k = 0
            for u in text.unicodeScalars {
                guard peek(k) == u.value else { return false }
                k += 1
            }
            return true
        }

        mutating func expect(_ text: String) throws {
            guard starts(text) else { throw fail("expected `\(text)`") }
            i += text.unicodeScalars.count
        }

        mutating func skipSpace() {
            while let v = peek(), v == 0x20 || v == 0x9 || v == 0xA || v == 0xD { i += 1 }
        }

        mutating func name() throws -> String {
            guard let v = peek(), isNameStart(v) else { throw fail("expected a name") }
            var n = String.UnicodeScalarView()
            while let v = peek(), isNameChar(v) {
                n.append(s[i].0)
                i += 1
            }
            return String(n)
        }

        mutating func document() throws {
            if starts("\u{FEFF}") { i += 1 }
            if starts("<?xml") { try pi() }
            try misc()
            if starts("<!DOCTYPE") { throw fail("a DOCTYPE (exports must not declare entities)") }
            guard starts("<") else { throw fail(atEnd ? "no root element" : "text before the root element") }
            try element()
            try misc()
            guard atEnd else { throw fail("content after the root element") }
        }

        mutating func misc() throws {
            while true {
                skipSpace()
                if starts("<!--") { try comment() } else if starts("<?") { try pi() } else { return }
            }
        }

        mutating func comment() throws {
            try expect("<!--")
            while !starts("-->") {
                guard let v = peek() else { throw fail("unterminated comment") }
                if starts("--") { throw fail("`--` inside a comment") }
                guard isChar(v) else { throw fail(String(format: "character U+%04X not allowed in XML", v)) }
                i += 1
            }
            i += 3
        }

        mutating func pi() throws {
            try expect("<?")
            _ = try name()
            while !starts("?>") {
                guard let v = peek() else { throw fail("unterminated processing instruction") }
                guard isChar(v) else { throw fail(String(format: "character U+%04X not allowed in XML", v)) }
                i += 1
            }
            i += 2
        }

        /// An element and everything inside it; iterative, so deep nesting cannot overflow the stack.
        mutating func element() throws {
            var open: [String] = []
            repeat {
                if starts("</") {
                    i += 2
                    let n = try name()
                    skipSpace()
                    try expect(">")
                    guard let top = open.popLast(), top == n else { throw fail("closing tag `\(n)` does not match") }
                } else if starts("<!--") {
                    try comment()
                } else if starts("<![CDATA[") {
                    i += 9
                    while !starts("]]>") {
                        guard let v = peek() else { throw fail("unterminated CDATA") }
                        guard isChar(v) else { throw fail(String(format: "character U+%04X not allowed in XML", v)) }
                        i += 1
                    }
                    i += 3
                } else if starts("<?") {
                    try pi()
                } else if starts("<") {
                    i += 1
                    let n = try name()
                    var seen = Set<String>()
                    while true {
                        let hadSpace = peek().map { $0 == 0x20 || $0 == 0x9 || $0 == 0xA || $0 == 0xD } ?? false
                        skipSpace()
                        if starts("/>") {
                            i += 2
                            break
                        }
                        if starts(">") {
                            i += 1
                            open.append(n)
                            break
                        }
                        guard hadSpace else { throw fail("expected space, `>` or `/>` in tag `\(n)`") }
                        let a = try name()
                        guard seen.insert(a).inserted else { throw fail("attribute `\(a)` repeated in `\(n)`") }
                        skipSpace()
                        try expect("=")
                        skipSpace()
                        guard let q = peek(), q == 0x22 || q == 0x27 else { throw fail("attribute value not quoted") }
                        i += 1
                        while peek() != q {
                            guard let v = peek() else { throw fail("unterminated attribute value") }
                            if v == 0x3C { throw fail("`<` inside an attribute value") }
                            if v == 0x26 {
                                try reference()
                            } else {
                                guard isChar(v) else { throw fail(String(format: "character U+%04X not allowed in XML", v)) }
                                i += 1
                            }
                        }
                        i += 1
                    }
                } else {
                    guard let v = peek() else { throw fail("unclosed element `\(open.last ?? "")`") }
                    if v == 0x26 {
                        try reference()
                    } else {
                        guard isChar(v) else { throw fail(String(format: "character U+%04X not allowed in XML", v)) }
                        if starts("]]>") { throw fail("`]]>` in text") }
                        i += 1
                    }
                }
            } while !open.isEmpty
        }

        /// `&name;` (predefined only) or `&#N;` / `&#xH;` naming an allowed character.
        mutating func reference() throws {
            try expect("&")
            if starts("#") {
                i += 1
                let hex = starts("x")
                if hex { i += 1 }
                var value: UInt32 = 0
                var digits = 0
                while let v = peek(), v != 0x3B {
                    let d: UInt32
                    switch v {
                    case 0x30...0x39: d = v - 0x30
                    case 0x61...0x66 where hex: d = v - 0x61 + 10
                    case 0x41...0x46 where hex: d = v - 0x41 + 10
                    default: throw fail("bad character reference")
                    }
                    value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + d
                    digits += 1
                    i += 1
                }
                try expect(";")
                guard digits > 0, isChar(value) else { throw fail("character reference to a character XML does not allow") }
                return
            }
            let n = try name()
            try expect(";")
            guard ["lt", "gt", "amp", "quot", "apos"].contains(n) else { throw fail("undeclared entity `&\(n);`") }
        }
    }
}
