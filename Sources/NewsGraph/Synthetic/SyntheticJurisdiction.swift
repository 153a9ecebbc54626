/// A place whose officials the generator models: a prefecture-level city, a county or a township.
struct SyntheticJurisdiction: Sendable {
    enum Level: Sendable { case province, prefecture, county, township }

    /// Full name: `吕梁市`, `兴县`, `杏花镇`.
    var name: String
    var level: Level
    /// The unit word: `市`, `县`, `区`, `镇`, `乡`.
    var unit: String
    /// Province (full name).
    var province: String
    /// Parent jurisdiction's full name (a county's prefecture, a township's county).
    var parent: String?

    init(name: String, level: Level, province: String, parent: String?) {
        self.name = name
        self.level = level
        self.unit = String(name.unicodeScalars.last.map(Character.init) ?? "市")
        self.province = province
        self.parent = parent
    }

    /// The party committee as written with the place named: `汾阳市委`, `兴县县委`, `杏花镇党委`.
    var partyQualified: String {
        if level == .township { return name + "党委" }
        // Two-character counties repeat the unit: 兴县 → 兴县县委.
        return name.unicodeScalars.count == 2 ? name + unit + "委" : name + "委"
    }

    /// The party committee as a local paper writes it: `市委`, `县委`, `镇党委`.
    var partyLocal: String { level == .township ? unit + "党委" : unit + "委" }

    /// The short form used in headlines and prose (`吕梁` for 吕梁市), when the name allows one.
    var short: String {
        let s = Array(name.unicodeScalars)
        guard s.count >= 3 else { return name }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s.dropLast())
        return String(v)
    }
}
