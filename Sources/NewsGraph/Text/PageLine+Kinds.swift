/// Line-level tests the segmenter uses: page furniture, headlines, captions.
extension PageLine {
    /// `ZHENG WU DONG TAI`: a pinyin section name (upper-case Latin words only).
    func isPinyin(_ decoded: DecodedText) -> Bool {
        guard isWhole, visible >= 4, prefix.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return false }
        return BylineParser.tokens(decoded, range).count >= 2
    }

    /// A Markdown heading (`## 政务动态`): the range of its text after the `#` marks.
    func headingText() -> Range<Int>? {
        guard prefix.first == 0x23 else { return nil }
        guard let k = prefix.firstIndex(where: { $0 != 0x23 }) else { return nil }
        return prefixPos[k]..<range.upperBound
    }

    /// `——副标题`: a subtitle line.
    var isSubtitle: Bool {
        starts(withAnyOf: Self.subtitleMarks) || (starts(withAnyOf: Self.dash) && visible > 2)
    }

    /// `图为…`: a picture caption starts here.
    var isCaptionStart: Bool {
        starts(withAnyOf: Self.captionWords)
    }

    /// `据《经济日报》`, `（据《人民日报》）`, `来源：…`: the source line of a reprint.
    var isReprintSource: Bool {
        guard isWhole, visible <= 30 else { return false }
        if starts(withAnyOf: Self.reprintOpeners) {
            return ends(with: "》") || ends(with: "》）") || ends(with: "》)") || ends(with: "报道") || ends(with: "消息")
        }
        return starts(withAnyOf: Self.sourceWords)
    }

    /// A line that may be a headline: short, no sentence punctuation, not ending in a clause mark.
    /// `strict` (inside an article) also refuses any clause punctuation.
    func isHeadlineLike(strict: Bool) -> Bool {
        guard isWhole, visible >= 2, visible <= 32, !hasStop else { return false }
        if strict && hasClause { return false }
        if ScalarClass.isClause(last) || ScalarClass.isSentenceEnd(last) { return false }
        if starts(with: "（") && ends(with: "）") { return false }
        return true
    }

    /// The line's last token (as `BylineParser.tokens` splits it) ends in the last character of a credit
    /// word (摄, 摄影, 摄影报道), so a photo credit may end it; other lines need no tokens for a credit.
    var mayEndInCredit: Bool {
        guard let v = suffix.last(where: { $0 != 0x3001 && $0 != 0xFF0C && $0 != 0x2C && $0 != 0x2F }) else {
            return false
        }
        return v == 0x6444 || v == 0x5F71 || v == 0x9053
    }

    /// `责任编辑：X`, `责编 X`, `编辑：X`, `校对：X`: desk credits, not authors of the story.
    var isDeskCredit: Bool {
        guard isWhole, visible <= 24 else { return false }
        return starts(withAnyOf: Self.deskCreditWords)
    }

    private static let subtitleMarks = Words(["——", "──", "--"])
    private static let dash = Words(["—"])
    private static let captionWords = Words(["图为", "图片为", "上图", "下图", "左图", "右图", "图：", "图:"])
    private static let reprintOpeners = Words(["据《", "（据《", "(据《"])
    private static let sourceWords = Words(["来源：", "来源:"])
    private static let deskCreditWords = Words(["责任编辑", "责编", "编辑：", "编辑:", "校对", "审核：", "审核:", "（责任编辑", "(责任编辑"])
    /// Own-paper openers with a byline (`□ 本报记者 X`) and agency openers (`新华社…电`).
    static let bylineOpeners = Words(["□", "■", "本报记者"])
    static let agencies = Words(["新华社", "中新社", "中新网", "人民日报", "央视网", "人民网"])

    /// The index in `suffix` of a trailing `（下转2版）` / `（上接1版）` / `（完）` marker, if any.
    func transferMarkerStart() -> Int? {
        guard last == 0xFF09 || last == 0x29 else { return nil }
        guard let open = suffix.lastIndex(where: { $0 == 0xFF08 || $0 == 0x28 }) else { return nil }
        let inner = Array(suffix[(open + 1)..<(suffix.count - 1)])
        let s = String(String.UnicodeScalarView(inner.compactMap(Unicode.Scalar.init)))
        if s == "完" { return open }
        let markers = ["下转", "上接", "转第", "接第", "转", "接"]
        guard markers.contains(where: { s.hasPrefix($0) }), s.hasSuffix("版"), s.unicodeScalars.count <= 8 else {
            return nil
        }
        return open
    }

    /// The marker at `start` (from `transferMarkerStart`) continues the story elsewhere or ends it
    /// (`下转`, `转`, `完`), rather than saying where it came from (`上接`, `接`).
    func markerCloses(_ start: Int) -> Bool {
        guard start + 1 < suffix.count else { return true }
        let first = suffix[start + 1]
        return first != 0x4E0A && first != 0x63A5  // 上 接
    }
}
