/// The place a paper writes from: what `市`, `我市`, `全市`, `省` and `县` mean in its articles.
struct PaperPlace: Sendable, Hashable {
    /// The paper's city or county, canonical (`吕梁市`, `汾阳市`, `祁县`).
    var city: String?
    /// Its province, canonical (`山西省`).
    var province: String?
    /// The prefecture above a county-level city, when known (`吕梁市` for `汾阳市`).
    var prefecture: String?
    /// The county an article of a prefecture paper is about (`兴县`): what its `县` means.
    var county: String?

    init(city: String? = nil, province: String? = nil, prefecture: String? = nil, county: String? = nil) {
        self.city = city
        self.province = province
        self.prefecture = prefecture
        self.county = county
    }

    /// The place a bare level character stands for: 市 → the city, 省 → the province, 县/区 → a county-level paper place.
    func place(forLevel level: UInt32) -> String? {
        switch level {
        case 0x7701:  // 省
            return province
        case 0x5E02:  // 市
            guard let city else { return nil }
            return city.hasSuffix("市") ? city : prefecture
        case 0x53BF:  // 县
            return [city, county].compactMap { $0 }.first { $0.hasSuffix("县") }
        case 0x533A:  // 区
            return [city, county].compactMap { $0 }.first { $0.hasSuffix("区") }
        case 0x5DDE:  // 州 (自治州)
            return [city, prefecture].compactMap { $0 }.first { $0.hasSuffix("州") }
        default:
            return nil
        }
    }

    /// What a bare level character at `pos` stands for: a division of that level named earlier in the
    /// same sentence (`交城县投资…建设县委党校` → 交城县), else the paper's place of that level.
    func place(forLevel level: UInt32, at pos: Int, sentence: Range<Int>, places: [PlaceFinding]) -> String? {
        if let p = places.lastPlace(
            before: pos, from: sentence.lowerBound,
            where: {
                $0.range.upperBound <= pos && ["province", "prefecture", "county"].contains($0.level)
                    && $0.canonical.unicodeScalars.last?.value == level
            })
        {
            return p.canonical
        }
        return place(forLevel: level)
    }

    /// The level character a place-ref word stands for: its `level` attribute (自治区 → 省), else its last character.
    static func level(ofRef entry: LexiconEntry?, surface: String) -> UInt32 {
        entry?.attributes["level"]?.unicodeScalars.first?.value ?? surface.unicodeScalars.last!.value
    }

    /// Level characters that may stand alone for the paper's place (州 for an autonomous prefecture's paper).
    static func isLevelChar(_ s: UInt32) -> Bool { s == 0x7701 || s == 0x5E02 || s == 0x53BF || s == 0x533A || s == 0x5DDE }
}
