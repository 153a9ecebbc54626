/// Which offices one person holds at a time: the rule behind the audit's conflicts.
///
/// A position is single-holder when its role names the head of a body — 书记,
/// 市长, 县长, 主席, 院长, 检察长, 局长, 主任, 会长 … — and is not a deputy (`副…`)
/// nor a member or rank (`常委`, `委员`, `调研员`, `成员`…), which many hold at once.
/// The lists are structure, not people: they name kinds of office, never a person.
enum SingleHolderRule {
    /// Role endings of a head of a body.
    static let headEndings = [
        "书记", "市长", "县长", "区长", "州长", "省长", "旗长", "镇长", "乡长", "村长", "主席", "院长",
        "检察长", "局长", "厅长", "部长", "处长", "科长", "所长", "主任", "会长", "社长", "校长", "行长",
        "董事长", "总经理", "秘书长", "总监", "队长", "庭长", "站长", "馆长", "团长", "司令员", "政委",
    ]
    /// Markers of a role many hold at once, anywhere in the role.
    static let sharedMarkers = [
        "副", "常委", "委员", "调研员", "成员", "代表", "干部", "助理", "巡视员", "督导", "专员", "顾问",
        "理事", "会员", "党员", "职员", "记者", "通讯员", "工作人员",
    ]

    /// True when one person at a time holds an office with this role.
    static func isSingleHolder(role: String) -> Bool {
        var r = role
        if r.hasPrefix("原") { r.removeFirst() }
        guard !r.isEmpty else { return false }
        if sharedMarkers.contains(where: { r.contains($0) }) { return false }
        return headEndings.contains(where: { r.hasSuffix($0) })
    }

    /// The role without its deputy marks (`常务副市长` → `市长`), to compare ranks of one office.
    static func baseRole(_ role: String) -> String {
        var r = role
        if r.hasPrefix("原") { r.removeFirst() }
        for p in ["常务副", "副"] where r.hasPrefix(p) { return String(r.dropFirst(p.count)) }
        return r
    }
}

extension SingleHolderRule {
    /// The office a title is a rank of, as `SCOPE|BASE`: `汾阳市副市长` and `汾阳市市长` are both
    /// `汾阳市|市长`; `nil` when the title does not end in a head's role.
    static func family(resolvedTitle title: String, role: String?) -> String? {
        var prefix: Substring
        var r: String
        if let role, !role.isEmpty, title.hasSuffix(role) {
            prefix = title.dropLast(role.count)
            r = role
        } else {
            guard let end = headEndings.filter({ title.hasSuffix($0) }).max(by: { $0.count < $1.count }) else { return nil }
            prefix = title.dropLast(end.count)
            r = end
        }
        for mark in ["常务副", "副"] where prefix.hasSuffix(mark) {
            prefix = prefix.dropLast(mark.count)
            r = mark + r
            break
        }
        let base = baseRole(r)
        guard headEndings.contains(where: { base.hasSuffix($0) }) else { return nil }
        return String(prefix) + "|" + base
    }

    /// True when the role or title is a deputy's (`副市长`, `常务副市长`, `市委副书记`).
    static func isDeputy(_ title: String) -> Bool { title.contains("副") }
}
