import Foundation

/// Which offices one person holds at a time: the rule behind the audit's conflicts.
///
/// The roles come from the office lexicon (`offices.tsv`, entries flagged `single=1`:
/// 书记, 市长, 县长, 主席, 院长, 检察长, 常务副市长 …), so a user's lexicon folder can add
/// or override them. This type holds only structure: matching a role against a title,
/// and telling a deputy (`副…`) from the head of the same body.
public struct SingleHolderRule: Sendable {
    /// Role words with one holder per body at a time.
    public let roles: Set<String>

    public init(roles: Set<String>) {
        self.roles = roles
    }

    /// The rule of the bundled office lexicon, plus a user's lexicon folder when given.
    public static func bundled(extraLexicons: URL? = nil) throws -> SingleHolderRule {
        let entries = try LexiconLoader.load(extra: extraLexicons)
        return SingleHolderRule(roles: Set(entries.filter { $0.type == .office && $0.flag("single") }.map(\.surface)))
    }

    /// True when one person at a time holds an office with this role (`书记`: yes, `副书记`: no).
    ///
    /// Without a role, the resolved title's ending decides (`汾水市市长`: yes, `汾水市副市长`: no).
    public func isSingleHolder(role: String?, resolvedTitle: String) -> Bool {
        if var r = role, !r.isEmpty {
            if r.hasPrefix("原") { r.removeFirst() }
            return roles.contains(r)
        }
        guard let head = headRole(of: resolvedTitle) else { return false }
        return roles.contains(head)
    }

    /// The longest lexicon role the title ends with, deputy marks included (`汾水市副市长` → `副市长`
    /// when the lexicon knows only `市长`: the deputy is not the head).
    func headRole(of title: String) -> String? {
        guard let end = roles.filter({ title.hasSuffix($0) }).max(by: { ($0.count, $1) < ($1.count, $0) }) else {
            return nil
        }
        let before = title.dropLast(end.count)
        for mark in ["常务副", "副"] where before.hasSuffix(mark) && !roles.contains(mark + end) {
            return mark + end
        }
        return end
    }

    /// The office a title is a rank of, as `SCOPE|BASE`: `汾水市副市长` and `汾水市市长` are both
    /// `汾水市|市长`; `nil` when the base role is not a single-holder role.
    func family(resolvedTitle title: String, role: String?) -> String? {
        var prefix: Substring
        var r: String
        if let role, !role.isEmpty, title.hasSuffix(role) {
            prefix = title.dropLast(role.count)
            r = role
        } else {
            guard let head = headRole(of: title) else { return nil }
            prefix = title.dropLast(head.count)
            r = head
        }
        for mark in ["常务副", "副"] where prefix.hasSuffix(mark) {
            prefix = prefix.dropLast(mark.count)
            r = mark + r
            break
        }
        let base = Self.baseRole(r)
        guard roles.contains(base) else { return nil }
        return String(prefix) + "|" + base
    }

    /// The role without its deputy marks (`常务副市长` → `市长`), to compare ranks of one office.
    static func baseRole(_ role: String) -> String {
        var r = role
        if r.hasPrefix("原") { r.removeFirst() }
        for p in ["常务副", "副"] where r.hasPrefix(p) { return String(r.dropFirst(p.count)) }
        return r
    }

    /// True when the title is a deputy's (`副市长`, `常务副市长`, `市委副书记`).
    static func isDeputy(_ title: String) -> Bool { title.contains("副") }
}
