import Foundation
import Testing

@testable import NewsGraph

/// The fuzzer re-encodes any mutant as GB18030; that must never trap the supervisor
/// (Foundation's converter did, seed 92669990 in CI).
@Suite struct FuzzTranscodingTests {
    @Test func anyTextReEncodesAsGB18030AndDecodesBackOrIsRefused() throws {
        let samples = [
            "汾阳市委书记李明出席会议。", "", "\u{FFFD}\u{FFFE}\u{E000}\u{10FFFF}", "a\u{0}b\u{1B}c", "𠀀𪚥🙂ﾟ",
            String(decoding: [0xE4, 0xB8, 0xFF, 0x41], as: UTF8.self),
        ]
        for text in samples {
            guard let gb = FuzzCorpus.Transcoding.gb18030.encode(Array(text.utf8)) else { continue }
            let back = try TextDecoder.iconvGB18030ToUTF8(gb, file: "sample")
            #expect(String(decoding: back, as: UTF8.self) == text)
        }
    }
}
