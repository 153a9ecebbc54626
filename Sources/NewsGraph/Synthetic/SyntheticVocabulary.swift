/// The generator's own word lists: the genre's stock phrases, never real people.
///
/// These are the raw material of synthetic articles (issue 7), not tagger lexicons:
/// the tagger never reads them. Given-name characters are common ones chosen so that
/// none begins a name-boundary word (在, 出席, 指出, 说, 和 …): a generated name then
/// ends exactly where the generator says it does, which keeps the ground truth exact.
enum SyntheticVocabulary {
    /// Common given-name characters (both sexes). Names are surname + one or two of these.
    static let givenNameCharacters: [Unicode.Scalar] = scalars(
        "伟刚勇毅俊峰军平保东文辉力明永健世广志义兴良海山仁波宁贵福龙元国胜祥才武飞彬富顺信杰涛昌成康星光达安岩茂林坚彪博诚先敬震振壮思群豪邦承乐绍功松善厚庆磊民友裕哲江超浩亮政谦奇翰朗伯宏鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士建家树炎德泰盛雄琛钧冠策腾楠航弘秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红玲芬芳燕彩春菊兰凤洁梅琳素云莲雪荣爱霞香月艳瑞凡佳嘉琼勤珍莉桂晶妍茜秋珊锦青倩婷婉瑾颖露瑶怡蓉君琴蕊薇菁岚馨韵卿聪澜毓悦昭冰爽茗羽希欣育筠晓欢枫芸菲亚宜舒丽阳宝恒鸿剑睿烁威雯萱彦宇雨洋忠宗逸贤卫斐晋耀继宪锋金铭鑫森"
    )

    /// Characters for made-up township, village and compound names.
    static let placeCharacters: [Unicode.Scalar] = scalars(
        "东西南北城关河山桥庄店堡坪沟营寨湾岭泉石柳杏花龙凤马牛大小古安宁丰乐阳水林峪头官屯槐榆枣桃李梨杨松柏清金银铜铁红黄白青高平长永兴富贵庙塔园"
    )

    /// Work topics that name meetings, inspections and training classes.
    static let topics = [
        "城市基层党建", "安全生产", "乡村振兴", "重点项目建设", "优化营商环境", "招商引资", "生态环境保护",
        "文明城市创建", "民生实事", "防汛抗旱", "森林防火", "义务教育均衡发展", "医疗卫生服务", "文化旅游融合发展",
        "科技创新", "社会消费品零售额完成情况", "粮食生产", "信访稳定", "平安建设", "农村人居环境整治",
        "冬季清洁取暖", "金融服务实体经济", "民营经济发展", "秸秆禁烧", "耕地保护", "河湖长制", "养老服务体系建设",
        "就业创业", "市场监管", "食品安全", "数字政府建设", "统计数据质量", "项目谋划储备", "城乡供水保障",
    ]

    /// Industries for companies and forums.
    static let industries = [
        "煤业", "新能源", "酒业", "农业科技", "食品", "物流", "建材", "文化旅游", "医药", "电子科技", "装备制造",
        "新材料", "现代农业", "电力", "纺织", "陶瓷",
    ]

    /// Company suffixes (organisation suffixes of the genre).
    static let companySuffixes = ["有限公司", "有限责任公司", "集团", "股份有限公司", "专业合作社"]

    /// Meeting nouns and their ordinal-free name patterns.
    static let meetingNouns = ["推进会", "约谈会", "座谈会", "工作会议", "专题会议", "动员大会", "调度会", "现场会"]

    /// What a meeting does, one clause each.
    static let meetingAgenda = [
        "会议通报了前一阶段工作进展情况，安排部署了下一步重点任务",
        "会议传达学习了上级有关会议精神，听取了各相关部门工作汇报",
        "会议审议通过了有关实施方案，并就做好相关工作进行了安排部署",
        "会上，各县（市、区）和相关部门负责人分别作了表态发言",
        "会议观看了专题片，通报了考核结果",
        "与会人员围绕工作中存在的问题进行了深入交流",
    ]

    /// Verb phrases for instructions (`要…`).
    static let actions = [
        "深入贯彻落实", "全面加强", "持续推进", "扎实做好", "着力提升", "切实抓好", "不断完善", "加快推进",
        "统筹推进", "坚决落实", "高质量完成", "进一步压实",
    ]

    /// Objects of instructions.
    static let objects = [
        "各项工作任务", "主体责任", "工作机制", "重点项目建设", "基层治理能力", "安全隐患排查整治", "民生保障工作",
        "干部队伍建设", "风险防范化解", "要素保障", "政策宣传解读", "督导检查",
    ]

    /// Sentence endings that give the genre's cadence.
    static let purposes = [
        "确保各项任务落地见效", "为全市高质量发展提供坚强保障", "推动各项工作再上新台阶", "切实增强群众获得感幸福感安全感",
        "以实际成效检验工作成果", "全力以赴完成全年目标任务", "奋力谱写中国式现代化新篇章",
    ]

    /// Things a resident says.
    static let residentQuotes = [
        "现在村里的路修好了，出门方便多了", "家门口就能看病，我们老年人省心多了", "合作社带着大家一起干，收入一年比一年高",
        "社区的服务越来越周到，有事找网格员就行", "今年的收成不错，日子越过越有奔头", "老年食堂饭菜可口，价格也实惠",
    ]

    /// Work residents are doing when the reporter meets them.
    static let residentScenes = [
        "正在大棚里采摘蔬菜", "正忙着打扫院落", "正在合作社分拣小米", "正在社区食堂就餐", "正在广场上锻炼身体",
        "正在车间里检查设备",
    ]

    /// Provincial departments whose officials visit local events.
    static let provincialDepartments = [
        "公安厅", "教育厅", "财政厅", "商务厅", "农业农村厅", "文化和旅游厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅",
        "水利厅", "自然资源厅", "卫生健康委员会", "发展和改革委员会",
    ]

    /// Associations that retired officials head (the `原… 、…会长` pattern).
    static let associations = ["老年体育协会", "慈善总会", "旅游协会", "书法家协会", "关心下一代工作委员会", "老促会"]

    /// Picture captions.
    static let captions = ["图为活动现场。", "图为会议现场。", "图为项目建设现场。", "图为签约现场。", "图为群众参加活动。"]

    /// Page furniture: section headings and their pinyin lines.
    static let sections: [(String, String)] = [
        ("政务动态", "ZHENG WU DONG TAI"), ("要闻", "YAO WEN"), ("综合新闻", "ZONG HE XIN WEN"), ("县域经济", "XIAN YU JING JI"),
    ]

    private static func scalars(_ s: String) -> [Unicode.Scalar] {
        var seen = Set<Unicode.Scalar>()
        return s.unicodeScalars.filter { seen.insert($0).inserted }
    }
}
