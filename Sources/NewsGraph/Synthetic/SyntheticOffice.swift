/// One office in a synthetic jurisdiction: its chain of links and its rank on the promotion ladder.
///
/// Links are templates: `{P}` the party committee, `{J}` the place, `{G}` the
/// government (`汾阳市人民政府`, empty when the paper writes it locally) and `{u}`
/// the unit word. The first link is written qualified (with the place's name) or
/// local (`市委常委`), later links always locally, as the papers do
/// (`汾阳市委副书记、市长`).
struct SyntheticOffice: Sendable {
    var links: [String]
    /// Higher is more senior; promotions go from rank r-1 to rank r within a paper.
    var rank: Int
    /// Index of the jurisdiction in the population.
    var jurisdiction: Int

    /// The chain as written, one string per link.
    func chain(in place: SyntheticJurisdiction, qualified: Bool) -> [String] {
        links.enumerated().map { i, template in
            Self.render(template, place: place, qualified: qualified && i == 0)
        }
    }

    /// The whole chain text, links joined by `、`.
    func text(in place: SyntheticJurisdiction, qualified: Bool) -> String {
        chain(in: place, qualified: qualified).joined(separator: "、")
    }

    private static func render(_ template: String, place: SyntheticJurisdiction, qualified: Bool) -> String {
        var s = template
        s = s.replacingOccurrences(of: "{P}", with: qualified ? place.partyQualified : place.partyLocal)
        s = s.replacingOccurrences(of: "{J}", with: qualified ? place.name : place.unit)
        s = s.replacingOccurrences(of: "{G}", with: qualified ? place.name + "人民政府" : "")
        s = s.replacingOccurrences(of: "{u}", with: place.unit)
        return s
    }

    /// The offices of a city or county government, most senior first.
    static func ladder(jurisdiction: Int, level: SyntheticJurisdiction.Level, departments: Int) -> [SyntheticOffice] {
        var out: [SyntheticOffice] = []
        func add(_ links: [String], _ rank: Int) {
            out.append(SyntheticOffice(links: links, rank: rank, jurisdiction: jurisdiction))
        }
        // A county paper's own county gets the full ladder; a county seen from its prefecture, the short one.
        let full = level == .prefecture || (level == .county && departments > 0)
        switch full ? .prefecture : level {
        case .prefecture:
            add(["{P}书记"], 10)
            add(["{P}副书记", "{u}长"], 9)
            add(["{P}副书记"], 8)
            add(["{J}人大常委会主任"], 8)
            add(["{J}政协主席"], 8)
            add(["{P}常委", "常务副{u}长"], 7)
            add(["{P}常委", "组织部部长"], 7)
            add(["{P}常委", "宣传部部长"], 7)
            add(["{P}常委", "统战部部长"], 7)
            add(["{P}常委", "政法委书记"], 7)
            add(["{P}常委", "{u}纪委书记", "{u}监委主任"], 7)
            add(["{G}副{u}长"], 6)
            add(["{G}副{u}长"], 6)
            add(["{G}副{u}长", "{u}公安局局长"], 6)
            add(["{J}人大常委会副主任"], 5)
            add(["{J}政协副主席"], 5)
            let heads = [
                "{J}教育局局长", "{J}财政局局长", "{J}商务局局长", "{J}文化和旅游局局长", "{J}农业农村局局长",
                "{J}住房和城乡建设局局长", "{J}卫生健康委员会主任", "{J}应急管理局局长", "{J}生态环境局局长",
                "{J}人民检察院检察长", "{J}人民法院院长", "{J}经济总监",
            ]
            for h in heads.prefix(departments) { add([h], 4) }
        case .county:
            // A county seen from its prefecture's paper: only its leaders make the news.
            add(["{P}书记"], 6)
            add(["{P}副书记", "{u}长"], 5)
            add(["{P}常委", "常务副{u}长"], 4)
            add(["{G}副{u}长"], 3)
            add(["{G}副{u}长"], 3)
        case .province:
            break
        case .township:
            add(["{P}书记"], 2)
            add(["{P}副书记", "{u}长"], 1)
        }
        return out
    }

    /// Provincial department offices (visitors to local events).
    static func provincial(jurisdiction: Int, department: String) -> [SyntheticOffice] {
        let head = department.hasSuffix("厅") ? "厅长" : "主任"
        return [
            SyntheticOffice(links: ["{J}\(department)副\(head)"], rank: 0, jurisdiction: jurisdiction),
            SyntheticOffice(links: ["{J}\(department)\(head)"], rank: 0, jurisdiction: jurisdiction),
        ]
    }
}
