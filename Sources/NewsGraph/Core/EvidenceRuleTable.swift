/// Rule names met so far, one `EvidenceRule` each: whoever makes much evidence hands out one
/// reference per name.
///
/// Names are told apart by their bytes, never by `String`'s canonical equivalence: evidence
/// keeps the very bytes of its rule.
struct EvidenceRuleTable {
    /// The rules by name; canonically equivalent names with other bytes share a slot.
    private var byName: [String: [EvidenceRule]] = [:]
    /// The rule handed out last, and the one before: evidence comes in runs of one rule, and
    /// comparing bytes (equal storage first) is cheaper than hashing the name.
    private var last: EvidenceRule?
    private var previous: EvidenceRule?

    /// The one rule with exactly the bytes of `name`, made on first sight.
    mutating func rule(_ name: String) -> EvidenceRule {
        if let last, UTF8Bytes.equal(last.name, name) { return last }
        if let previous, UTF8Bytes.equal(previous.name, name) { return remember(previous) }
        if let found = byName[name]?.first(where: { UTF8Bytes.equal($0.name, name) }) { return remember(found) }
        let made = EvidenceRule(name)
        byName[name, default: []].append(made)
        return remember(made)
    }

    /// The rule with the bytes of `rule` met first (`rule` itself when it is the first).
    mutating func rule(_ rule: EvidenceRule) -> EvidenceRule {
        if let last, last === rule || UTF8Bytes.equal(last.name, rule.name) { return last }
        if let previous, previous === rule || UTF8Bytes.equal(previous.name, rule.name) { return remember(previous) }
        if let found = byName[rule.name]?.first(where: { UTF8Bytes.equal($0.name, rule.name) }) { return remember(found) }
        byName[rule.name, default: []].append(rule)
        return remember(rule)
    }

    private mutating func remember(_ rule: EvidenceRule) -> EvidenceRule {
        if rule !== last {
            previous = last
            last = rule
        }
        return rule
    }
}
