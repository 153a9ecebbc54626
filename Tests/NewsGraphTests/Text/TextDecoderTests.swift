import Foundation
import Testing

@testable import NewsGraph

@Suite struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test func readsUTF8WithABOMKeepingRawOffsets() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("本报讯 汾阳".utf8)
        let d = try decoder.decode(bytes, file: "a.txt")
        #expect(d.encoding == "utf-8")
        #expect(d.start == 3)
        let n = TextNormalizer().normalize(d)
        #expect(n.text == "本报讯汾阳")
        #expect(n.offsets.rawSpan(cleanUTF8: 0..<3) == Span(start: 3, end: 6))
    }

    @Test func reportsTheFirstInvalidUTF8ByteAndTheFile() {
        // Valid text, then a lone continuation byte at offset 9, then a stray 0xFF.
        let bytes = Array("汾阳市".utf8) + [0x80] + Array("x".utf8) + [0xFF]
        #expect(throws: NewsGraphError.undecodable(file: "bad.txt", encoding: "utf-8", byteOffset: 9)) {
            try TextDecoder(forced: .utf8).decode(bytes, file: "bad.txt")
        }
        // Detection: not GB18030 either (0x80 cannot start a character), so the UTF-8 offset is reported.
        #expect(throws: NewsGraphError.undecodable(file: "bad.txt", encoding: "utf-8", byteOffset: 9)) {
            try decoder.decode(bytes, file: "bad.txt")
        }
        // A truncated final character.
        let truncated = Array("汾阳".utf8).dropLast()
        #expect(throws: NewsGraphError.undecodable(file: "t.txt", encoding: "utf-8", byteOffset: 3)) {
            try TextDecoder(forced: .utf8).decode(Array(truncated), file: "t.txt")
        }
    }

    @Test func refusesBinaryFilesAtTheirFirstNULByte() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(throws: NewsGraphError.binary(file: "img.png", byteOffset: 8)) {
            try decoder.decode(bytes, file: "img.png")
        }
    }

    @Test func decodesUTF16WithABOMInBothByteOrders() throws {
        let text = "本报讯 １２月９日，汾 阳\n市委😀"
        for (bom, enc) in [([UInt8]([0xFF, 0xFE]), String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian)] {
            let bytes = bom + [UInt8](text.data(using: enc)!)
            let d = try decoder.decode(bytes, file: "u16.txt")
            #expect(d.encoding.hasPrefix("utf-16"))
            let n = TextNormalizer().normalize(d)
            #expect(n.text == "本报讯12月9日，汾阳市委😀")
            // 本 is the first UTF-16 unit after the BOM: raw bytes 2..<4.
            #expect(n.offsets.rawSpan(cleanUTF8: 0..<3) == Span(start: 2, end: 4))
            // The emoji is a surrogate pair: 4 raw bytes at the end.
            let emoji = n.text.utf8.count - 4
            #expect(n.offsets.rawSpan(cleanUTF8: emoji..<emoji + 4) == Span(start: bytes.count - 4, end: bytes.count))
        }
    }

    @Test func reportsAnUnpairedSurrogateInUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x2C, 0x67, 0x00, 0xD8, 0x41, 0x00]
        #expect(throws: NewsGraphError.undecodable(file: "s.txt", encoding: "utf-16", byteOffset: 4)) {
            try decoder.decode(bytes, file: "s.txt")
        }
    }

    @Test func detectsGB18030AndMapsEachCharacterToItsGBBytes() throws {
        let text = "汾阳市委书记李正\n\n奎在观摩现场指出 １２ 月"
        let bytes = [UInt8](text.data(using: TextFixtures.gb18030)!)
        let d = try decoder.decode(bytes, file: "gb.txt")
        #expect(d.encoding == "gb18030")
        let n = TextNormalizer().normalize(d)
        #expect(n.text == "汾阳市委书记李正奎在观摩现场指出12月")
        #expect(n.offsets.rawSpan(cleanUTF8: 0..<3) == Span(start: 0, end: 2))
        let name = n.text.utf8.count - "奎在观摩现场指出12月".utf8.count - "李正".utf8.count
        let span = n.offsets.rawSpan(cleanUTF8: name..<name + "李正奎".utf8.count)
        // 李正 are bytes 12..<16, then two line breaks, then 奎 at 18..<20.
        #expect(span == Span(start: 12, end: 20))
        #expect(OffsetCheck.gb(Array(bytes[span.start..<span.end])) == "李正\n\n奎")
        // A full-width digit is 2 GB bytes (A3 B1…) folded to one ASCII byte.
        let one = n.text.utf8.count - "12月".utf8.count
        let digit = n.offsets.rawSpan(cleanUTF8: one..<one + 1)
        #expect(OffsetCheck.gb(Array(bytes[digit.start..<digit.end])) == "１")
    }

    @Test func mapsFourByteGB18030CharactersToTheirFourBytes() throws {
        let bytes = [UInt8]("汾😀阳𠀀".data(using: TextFixtures.gb18030)!)
        #expect(bytes.count == 2 + 4 + 2 + 4)
        let n = TextNormalizer().normalize(try decoder.decode(bytes, file: "gb4.txt"))
        #expect(n.text == "汾😀阳𠀀")
        #expect(n.offsets.rawSpan(cleanUTF8: 3..<7) == Span(start: 2, end: 6))
        #expect(n.offsets.rawSpan(cleanUTF8: 7..<10) == Span(start: 6, end: 8))
        #expect(n.offsets.rawSpan(cleanUTF8: 10..<14) == Span(start: 8, end: 12))
    }

    @Test func reportsTheFirstBadByteOfAForcedGB18030File() {
        // 汾 (2 bytes), then 0x81 followed by 0x20: not a GB18030 character.
        let bytes = [UInt8]("汾".data(using: TextFixtures.gb18030)!) + [0x81, 0x20, 0x41]
        #expect(throws: NewsGraphError.undecodable(file: "g.txt", encoding: "gb18030", byteOffset: 2)) {
            try TextDecoder(forced: .gb18030).decode(bytes, file: "g.txt")
        }
    }

    @Test func acceptsEncodingNamesUsersType() {
        #expect(TextDecoder.Encoding(name: "GBK") == .gb18030)
        #expect(TextDecoder.Encoding(name: "utf8") == .utf8)
        #expect(TextDecoder.Encoding(name: "UTF-16LE") == .utf16)
        #expect(TextDecoder.Encoding(name: "latin1") == nil)
    }
}
