/// Matching a place a user types against a canonical place name, short forms included.
///
/// `汾阳`, `汾阳市` and `汾阳市` all name 汾阳市; `吕梁` names 吕梁市. The short form is
/// the canonical name without its administrative suffix, kept only when at least
/// two characters remain (so `东区` does not shrink to `东`).
enum PlaceName {
    /// Administrative suffixes, longest first so `自治县` wins over `县`.
    private static let suffixes = [
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道办事处", "街道", "社区", "居委会",
        "地区", "新区", "省", "市", "州", "盟", "县", "区", "旗", "镇", "乡", "村",
    ]

    /// The name without its administrative suffix, or the name itself.
    static func stem(_ name: String) -> String {
        for s in suffixes where name.hasSuffix(s) {
            let stem = String(name.dropLast(s.count))
            if stem.count >= 2 { return stem }
        }
        return name
    }

    /// True when `query` names `place` (exactly, or both by the same short form).
    static func matches(_ query: String, _ place: String) -> Bool {
        guard !query.isEmpty else { return false }
        return query == place || stem(query) == stem(place)
    }

    /// True when `query` names any place in `chain`.
    static func matches(_ query: String, any chain: [String]) -> Bool {
        chain.contains { matches(query, $0) }
    }
}
