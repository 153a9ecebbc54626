import Foundation
import Testing

@testable import NewsGraph

/// Random sentences built from the genre's own pieces (offices, names, verbs, punctuation) never
/// trap the tagger and always give ranges inside the text. Deterministic: a fixed-seed generator.
struct TaggerFuzzTests {
    struct LCG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let pieces = [
        "市委", "书记", "副书记", "、", "市长", "副市长", "原", "县", "省", "公安厅", "会长", "协会", "王", "李", "欧阳", "司马",
        "宏", "建国", "晓", "在", "出席", "会议", "并", "讲话", "和", "，", "。", "；", "12月", "3日", "召开", "推进会",
        "上", "会上", "同志", "任", "免去", "职务", "当选为", "社区", "村", "镇", "街道", "（", "）", "摄", "记者", " ",
        "汾阳", "吕梁市", "自治区", "居民", "第一名", "等", "他说", "近日", "举行", "签约仪式", "公司", "董事长", "的",
        "大爷", "姓", "\n", "“", "”", "2024年", "致辞", "主持", "上台接受", "部长", "组织", "党总支",
    ]

    @Test func randomSentencesOfTheGenreGiveWellFormedResults() {
        var rng = LCG(state: 20_241_209)
        for _ in 0..<(Int(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"] ?? "") ?? 1500) {
            var text = ""
            for _ in 0..<(1 + rng.next(30)) { text += Self.pieces[rng.next(Self.pieces.count)] }
            let t = TagTestSupport.tag(text, city: rng.next(2) == 0 ? "吕梁市" : nil)
            let n = text.utf8.count
            for m in t.mentions { #expect(m.cleanStart >= 0 && m.cleanStart <= m.cleanEnd && m.cleanEnd <= n, "\(text)") }
            for o in t.offices { #expect(o.evidence.start <= o.evidence.end && o.evidence.end <= n, "\(text)") }
            for a in t.attendances { #expect(t.events.contains { $0.key == a.event }, "\(text)") }
        }
    }
}
