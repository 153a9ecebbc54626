/// Rule names met so far, one `EvidenceRule` each: whoever makes much evidence hands out one
/// reference per name.
///
/// Names are told apart by their bytes, never by `String`'s canonical equivalence: evidence
/// keeps the very bytes of its rule.
struct EvidenceRuleTable {
    /// The rules by name; canonically equivalent names with other bytes share a slot.
    private var byName: [String: [EvidenceRule]] = [:]

    /// The one rule with exactly the bytes of `name`, made on first sight.
    mutating func rule(_ name: String) -> EvidenceRule {
        if let found = byName[name]?.first(where: { UTF8Bytes.equal($0.name, name) }) { return found }
        let made = EvidenceRule(name)
        byName[name, default: []].append(made)
        return made
    }

    /// The rule with the bytes of `rule` met first (`rule` itself when it is the first).
    mutating func rule(_ rule: EvidenceRule) -> EvidenceRule {
        if let found = byName[rule.name]?.first(where: { UTF8Bytes.equal($0.name, rule.name) }) { return found }
        byName[rule.name, default: []].append(rule)
        return rule
    }
}
