/// Reads a person's name at a position: a surname plus one or two characters, ended by a boundary.
///
/// The boundary decides the length: `黄宏在致辞中` gives 黄宏 (在 follows the
/// one-character given name), `宋晓原在介绍` gives 宋晓原 (原 is not a
/// boundary, 在 is). A candidate is refused when a not-person suffix
/// (大爷, 女士, 姓) or a place or organisation suffix follows the surname
/// (`司马断面`, `东方红社区`): those start with a surname but are not people.
struct NameReader {
    let doc: TagDocument

    /// The name starting at `p`, within `limit`, or nil.
    func name(at p: Int, limit: Int) -> Range<Int>? {
        guard p < limit, doc.starts(TypeBits.surname, at: p) else { return nil }
        // A verb or boundary word opening here (荣获, 高度) is not a surname's start.
        if let w = doc.longest(TypeBits.nameEnd, startingAt: p), w.end - w.start >= 6 { return nil }
        // Nor is a word listed whole as no person (班子, 司马断面).
        if let w = doc.longest(TypeBits.notPerson, startingAt: p),
            !doc.lexicon.has(CompiledLexicon.Flag.notPersonSuffix, pattern: Int(w.pattern))
        {
            return nil
        }
        for s in doc.matches(startingAt: p) where doc.lexicon.typeMask[Int(s.pattern)] & TypeBits.surname != 0 {
            if let r = given(after: Int(s.end), from: p, limit: limit) { return r }
        }
        return nil
    }

    /// A three-character name right after an office chain whose surname the lexicon does not list
    /// (`副县长纳晓燕主持`, `县长盘月娥，`): taken only where a strong boundary follows it and none of
    /// its characters opens a word of the lexicons or an ordinary word, so `市长出席`, `书记一行`
    /// and `局长亲自部署` give nothing.
    func unlistedSurnameName(at p: Int, limit: Int) -> Range<Int>? {
        var i = p
        for _ in 0..<3 {
            guard i < limit, doc.isIdeograph(at: i), !doc.starts(~TypeBits.surname, at: i) else { return nil }
            i += doc.scalarLength(at: i)
        }
        guard boundary(i, limit: limit) == .strong, !refused(at: i) else { return nil }
        return p..<i
    }

    private func given(after g1: Int, from p: Int, limit: Int) -> Range<Int>? {
        if refused(at: g1) || startsWord(at: g1) { return nil }
        guard g1 < limit, doc.isIdeograph(at: g1) else { return nil }
        let e1 = g1 + doc.scalarLength(at: g1)
        let b1 = boundary(e1, limit: limit)
        if b1 == .strong { return refused(at: e1) ? nil : p..<e1 }
        if refused(at: e1) { return nil }
        let canExtend = e1 < limit && doc.isIdeograph(at: e1) && !startsWord(at: e1)
        if canExtend {
            let e2 = e1 + doc.scalarLength(at: e1)
            if boundary(e2, limit: limit) != .none { return refused(at: e2) ? nil : p..<e2 }
        }
        // `王建中` is read whole when a boundary follows it; `王建中` alone before more text keeps 2 characters.
        if b1 == .weak { return p..<e1 }
        return nil
    }

    /// How strongly a name may end at a position.
    enum Boundary { case none, weak, strong }

    /// `.strong` at the end of the sentence, before a non-ideograph, or where a boundary word starts;
    /// `.weak` where only a character that also ends given names starts (刚, 正, 中).
    func boundary(_ i: Int, limit: Int) -> Boundary {
        if i >= limit || !doc.isIdeograph(at: i) { return .strong }
        guard doc.starts(TypeBits.nameEnd, at: i) else { return .none }
        // 和 joins a second person or body only when something follows it: before punctuation or a
        // verb (`县长赵永和出席`, `赵永和，`) it ends the given name instead.
        if doc.scalar(at: i) == 0x548C {
            let j = i + 3
            if j >= limit || !doc.isIdeograph(at: j) { return .none }
            if doc.scalar(at: j) != 0x548C, boundary(j, limit: limit) == .strong { return .none }
        }
        for m in doc.matches(startingAt: i) where doc.lexicon.typeMask[Int(m.pattern)] & TypeBits.nameEnd != 0 {
            let mask = doc.lexicon.typeMask[Int(m.pattern)]
            if mask & TypeBits.boundary != 0, mask & ~TypeBits.boundary & TypeBits.nameEnd == 0,
                doc.lexicon.has(CompiledLexicon.Flag.weakBoundary, pattern: Int(m.pattern))
            {
                continue
            }
            return .strong
        }
        return .weak
    }

    /// A not-person suffix, or a place or organisation suffix, starts at `i`.
    /// A one-character suffix (村, 局) refuses only when the word ends there (`张三村，`), since
    /// such characters also start ordinary verbs after real names (`张三部署`).
    private func refused(at i: Int) -> Bool {
        if let m = doc.longest(TypeBits.placeSuffix | TypeBits.orgSuffix, startingAt: i) {
            if m.end - m.start >= 6 || !doc.isIdeograph(at: Int(m.end)) { return true }
        }
        guard let m = doc.longest(TypeBits.notPerson, startingAt: i) else { return false }
        return doc.lexicon.has(CompiledLexicon.Flag.notPersonSuffix, pattern: Int(m.pattern))
    }

    /// True when the surname at `p` is also a common word (于, 和, 高): safe rules want more evidence then.
    func surnameIsAmbiguous(at p: Int) -> Bool {
        guard let s = doc.longest(TypeBits.surname, startingAt: p) else { return false }
        return doc.lexicon.has(CompiledLexicon.Flag.ambiguousSurname, pattern: Int(s.pattern))
    }

    /// An office, body, place or event word starts inside the candidate (`和市长`, `于会上` are not names).
    private func startsWord(at i: Int) -> Bool {
        doc.starts(TypeBits.office | TypeBits.orgAbbrev | TypeBits.placeRef | TypeBits.eventRef | TypeBits.eventNoun, at: i)
    }

    /// True when a name may end at `i`: the sentence ends, a non-ideograph follows, or a boundary word starts.
    func isBoundary(_ i: Int, limit: Int) -> Bool {
        boundary(i, limit: limit) != .none
    }
}
