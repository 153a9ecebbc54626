/// Fragments the mutator splices into inputs: the genre's structure words and hostile bytes.
///
/// Random bytes mostly die in the decoder; fragments that are valid UTF-8 and mean
/// something to the segmenter and tagger (openers, bylines, office chains, dates,
/// brackets) push mutated pages deep into the pipeline. None of them names a
/// person: the names are built from a surname and generic given-name characters.
enum FuzzTokens {
    /// Structure and vocabulary of the genre.
    static let genre: [String] = [
        "本报讯", "新华社北京5月15日电", "□ 本报记者 ", "（记者 ", "通讯员 ", "）", "（完）", " 摄", "摄影报道",
        "（下转 2 版）", "（上接 1 版）", "## 政务动态", "ZHENG WU DONG TAI", "据《经济日报》", "图为", "——",
        "市委书记", "市委副书记、市长", "副市长", "、", "省公安厅副厅长", "原副市长", "三级调研员", "县委常委、",
        "人民政府", "协会会长", "有限公司", "合作社", "党校", "镇", "村", "街道", "社区", "小区",
        "出席", "并讲话", "主持", "致辞", "强调", "指出", "要求", "上台", "签约", "参加", "会议", "推进会",
        "约谈会", "座谈会", "签约仪式", "召开", "会上", "12月9日，", "１２月３日", "2024年", "二〇二四年十二月九日",
        "今年", "近日", "5月15日是", "年", "月", "日", "我市", "全市", "省", "市", "县", "区",
        "王", "李", "张", "刘", "陈", "欧阳", "司马", "诸葛", "明", "华", "建国", "晓", "伟", "在", "的", "和",
        "李大爷", "刘女士", "蔡姓客商", "，", "。", "；", "：", "！", "？", "“", "”", "《", "》", "（", "）",
        "【", "】", "…", " ", "  ", "\u{3000}", "\n", "\n\n", "\r\n", "\t",
        "---\ndate: 2024-12-10\ncity: 吕梁市\n---\n", "---\ndate: 9999-99-99\n", "date: 2024年13月40日\n",
        "99999999999999999999年12月9日", "１２３４５６７８９０１２３４５６７８９０月", "0月0日", "2月30日",
    ]

    /// Strings an exporter must escape: markup, formula triggers, quotes, controls, odd scalars.
    static let hostile: [String] = [
        "<", ">", "&", "\"", "'", "&amp;", "&#0;", "]]>", "<![CDATA[", "</graphml>", "<node id=\"x\"/>",
        "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
        "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
        ",", ";", "\"\"", "\\", "\\u0000", "{\"@id\":", "}", "[", "]",
        "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{202E}", "\u{200B}", "\u{200D}", "\u{301}",
        "\u{1F600}", "\u{20000}", "\u{E000}", "\u{10FFFF}", "../../etc/passwd", "/tmp/x", "C:\\x",
    ]

    /// Byte sequences that are not valid UTF-8.
    static let invalidUTF8: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xFE], [0xE6, 0xB1], [0xE6],
        [0xF0, 0x9F, 0x98], [0xC3], [0xEF, 0xBB],
    ]

    /// Byte sequences that are invalid or truncated in GB18030 (and mostly in UTF-8 too).
    static let invalidGB18030: [[UInt8]] = [
        [0x80], [0xFF], [0x81], [0x81, 0x7F], [0x81, 0x30], [0x81, 0x30, 0x81], [0x81, 0x30, 0xFF, 0x30],
        [0xFE, 0x39, 0xFE, 0x39], [0x84, 0x31, 0xA5, 0x30], [0xA1, 0x20], [0xD6, 0x0A], [0x90, 0x30, 0x81, 0x30],
        [0xE3, 0x32, 0x9A, 0x36], [0xFE, 0xFF],
    ]

    /// Byte values the mutator favours when it overwrites a byte: boundaries of UTF-8 and GB18030 classes.
    static let interestingBytes: [UInt8] = [
        0x00, 0x01, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x26, 0x2C, 0x3C, 0x3D, 0x7F, 0x80, 0x81, 0xA1, 0xBF, 0xC0,
        0xC2, 0xDF, 0xE0, 0xE3, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF,
    ]

    /// Common surnames for the surname-only shape (public facts of the language, no one's name).
    static let surnames: [String] = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容",
    ]
}
