import Foundation

/// Inputs of pathological shape, generated on demand at a chosen scale.
///
/// Each shape targets a way a line- or scalar-scanning stage can go
/// superlinear, recurse, overflow or allocate without bound. `bytes(scale:)`
/// builds the input only when its turn comes; `scale` 1.0 is the full size the
/// CLI pass uses (the huge line is 100 MB there), unit tests use a fraction.
public enum ExtremeShape: String, Sendable, CaseIterable, Codable {
    /// One line of body text without a single line break (100 MB at scale 1).
    case hugeLine
    /// A million tiny lines: single characters, punctuation, blanks.
    case millionTinyLines
    /// Only punctuation, full- and half-width.
    case onlyPunctuation
    /// Only surnames, back to back, then one per line.
    case onlySurnames
    /// An office chain `市委书记、副书记、…` thousands of links long before a name.
    case enumerationChain
    /// 50,000 nested brackets of mixed kinds around a name, half of them unclosed.
    case nestedBrackets
    /// Thousands of `本报讯` openers: many tiny articles on one page.
    case manyOpeners
    /// Blank lines and spaces only, hundreds of thousands.
    case onlyWhitespace
    /// Digit runs long enough to overflow any integer before `年`, `月`, `日`.
    case hugeNumbers
    /// A front matter header that never closes, with a hundred thousand keys.
    case endlessFrontMatter
    /// A JSON Lines archive: deep nesting, huge escapes, broken lines.
    case hostileJSONLines
    /// Every scalar class the normalizer folds: full-width forms, combining marks, controls, private use.
    case scalarSoup

    /// The file extension the shape is read as.
    public var fileExtension: String { self == .hostileJSONLines ? "jsonl" : "txt" }

    /// The shape's bytes at `scale` (1.0 = full size; sizes never drop below a small floor).
    public func bytes(scale: Double) -> [UInt8] {
        func n(_ full: Int, floor: Int = 16) -> Int { max(floor, Int(Double(full) * scale)) }
        switch self {
        case .hugeLine:
            let unit = Array("汾 阳 市委书记王某在观摩现场指出，全市城市基层党建工作有思路、有措施、有成效。".utf8)
            return Self.repeated(unit, toBytes: n(100_000_000, floor: 4096))
        case .millionTinyLines:
            let pieces = ["王\n", "。\n", "\n", "一\n", "市\n", " \n", "、\n", "日\n"]
            var out: [UInt8] = []
            let lines = n(1_000_000)
            out.reserveCapacity(lines * 3)
            for i in 0..<lines { out += pieces[(i &* 7 &+ i / 3) % pieces.count].utf8 }
            return out
        case .onlyPunctuation:
            let unit = Array("，。、；：？！…—（）《》“”‘’【】·,.;:?!()[]{}<>\"'-–—/\\|@#$%^&*_+=~`".utf8)
            return Self.repeated(unit, toBytes: n(2_000_000))
        case .onlySurnames:
            let joined = FuzzTokens.surnames.joined()
            let lined = FuzzTokens.surnames.joined(separator: "\n") + "\n"
            let half = n(1_000_000)
            return Self.repeated(Array(joined.utf8), toBytes: half) + Self.repeated(Array(lined.utf8), toBytes: half)
        case .enumerationChain:
            let links = ["市委书记", "副书记", "市长", "常务副市长", "市委常委", "统战部长", "三级调研员", "原副市长"]
            var s = "本报讯 12月9日，"
            for i in 0..<n(20_000) { s += links[i % links.count] + "、" }
            s += "王建国出席会议并讲话。\n"
            return Array(s.utf8)
        case .nestedBrackets:
            let opens = ["（", "(", "《", "【", "[", "“", "{"]
            let closes = ["）", ")", "》", "】", "]", "”", "}"]
            let depth = n(50_000)
            var s = "本报讯 "
            for i in 0..<depth { s += opens[i % opens.count] }
            s += "记者 王明 市长李华出席"
            for i in stride(from: depth - 1, through: depth / 2, by: -1) { s += closes[i % closes.count] }
            s += "。\n"
            return Array(s.utf8)
        case .manyOpeners:
            var s = ""
            for i in 0..<n(20_000) {
                s += "本报讯（记者 张\(i % 10)）\(i % 12 + 1)月\(i % 28 + 1)日，市长李华出席会议。\n（王明）\n"
            }
            return Array(s.utf8)
        case .onlyWhitespace:
            let unit = Array("\n\n \u{3000}\t\r\n  \n".utf8)
            return Self.repeated(unit, toBytes: n(2_000_000))
        case .hugeNumbers:
            var s = "本报讯 "
            let digits = String(repeating: "9", count: n(100_000))
            s += digits + "年" + digits + "月" + digits + "日，"
            s += String(repeating: "１２３４５６７８９０", count: n(10_000)) + "年12月9日召开会议。\n"
            s += "二〇二四年十二月九日" + String(repeating: "〇", count: n(50_000)) + "年十二月九日。\n"
            return Array(s.utf8)
        case .endlessFrontMatter:
            var s = "---\n"
            for i in 0..<n(100_000) { s += "key\(i): value \(i)\n" }
            s += "date: 2024-12-10\n本报讯 市长李华出席会议。\n"
            return Array(s.utf8)
        case .hostileJSONLines:
            var lines: [String] = []
            let depth = n(50_000)
            lines.append(
                "{\"text\": \"本报讯 市长李华出席会议。\", \"x\": " + String(repeating: "[", count: depth)
                    + String(repeating: "]", count: depth) + "}")
            lines.append("{\"text\": \"" + String(repeating: "\\u4e2d", count: n(200_000)) + "\"}")
            lines.append("{\"text\": \"" + String(repeating: "\\", count: 3) + "\"}")
            lines.append("{\"text\": \"\\ud800\\udc00\\ud800 \\u0000 \\u001b\"}")
            lines.append("{\"text\": 12, \"date\": \"9999-99-99\"}")
            lines.append(String(repeating: "{", count: depth))
            lines.append("{\"title\": \"=cmd|' /C calc'!A0\", \"text\": \"<script>&amp;\\\"</script>\", \"city\": \"@x\"}")
            lines.append("{\"text\": \"" + String(repeating: "市委书记、", count: n(10_000)) + "王明出席\"}")
            return Array(lines.joined(separator: "\n").utf8)
        case .scalarSoup:
            var scalars: [Unicode.Scalar] = []
            let ranges: [ClosedRange<UInt32>] = [
                0x01...0x1F, 0x7F...0xA0, 0x300...0x36F, 0x2000...0x206F, 0x3000...0x303F, 0xE000...0xE0FF,
                0xFE00...0xFE6F, 0xFF00...0xFFEF, 0xFFF0...0xFFFF, 0x1F300...0x1F3FF, 0x20000...0x200FF,
            ]
            for r in ranges { for v in r { if let s = Unicode.Scalar(v) { scalars.append(s) } } }
            var s = ""
            for _ in 0..<max(1, n(50, floor: 1)) {
                for (i, c) in scalars.enumerated() {
                    s.unicodeScalars.append(c)
                    if i % 97 == 0 { s += "本报讯 市长李华出席会议。\n" }
                }
            }
            return Array(s.utf8)
        }
    }

    /// `unit` repeated until at least `count` bytes (whole units, so the text stays valid UTF-8).
    static func repeated(_ unit: [UInt8], toBytes count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count + unit.count)
        while out.count < count { out += unit }
        return out
    }
}
