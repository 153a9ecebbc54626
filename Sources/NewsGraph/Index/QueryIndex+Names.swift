extension QueryIndex {
    /// One string of a name-table entry: its bytes, whether they are plain text, and the text.
    struct NameString {
        let bytes: UnsafeBufferPointer<UInt8>
        let plain: Bool
        var string: String { String(decoding: bytes, as: UTF8.self) }

        /// True when the text equals `query` (whose key is `key`), as Swift's `==` says.
        func equals(_ query: String, key: [UInt8]) -> Bool {
            plain ? NameBytes.equal(bytes, key) : string == query
        }

        /// True when the text contains `query`, as Swift's `contains` says.
        func contains(_ query: String, plainBytes: [UInt8]?) -> Bool {
            if plain, let plainBytes { return NameBytes.contains(bytes, plainBytes) }
            return string.contains(query)
        }
    }

    /// Name-table entries of the nodes of one type (persons, events, places), in file order.
    func nameEntries(of type: NodeType) throws -> Range<Int> {
        guard let g = QueryIndexLayout.nameGroupTypes.firstIndex(of: type) else { return 0..<0 }
        let from = try u32(.nameGroups, g)
        let to = try u32(.nameGroups, g + 1)
        guard from <= to, to <= count(.nameOrdinals) else { throw Damaged("the name table is damaged") }
        return from..<to
    }

    /// String `which` (0 name, 1 label, 2 event date) of name-table entry `k`.
    func nameString(_ k: Int, _ which: Int) throws -> NameString {
        let from = try u64(.nameStrings, 3 * k + which)
        let to = try u64(.nameStrings, 3 * k + which + 1)
        guard from <= to, to <= UInt64(count(.nameBlob)) else { throw Damaged("the name table is damaged") }
        let flags = try u8(.nameFlags, k)
        let plain =
            which == 0 ? flags & QueryIndexLayout.namePlain != 0 : which == 1 ? flags & QueryIndexLayout.labelPlain != 0 : false
        return NameString(bytes: try bytes(.nameBlob, Int(from)..<Int(to)), plain: plain)
    }

    /// Ordinals of the nodes whose id may be `id` (same hash; the caller checks the decoded id).
    func ordinals(ofID id: String) throws -> [Int] {
        try lookup(NameBytes.hash(NameBytes.key(id)), keys: .idKeys, ordinals: .idOrdinals)
    }

    /// Ordinals of the Article nodes whose `id` property may be `articleID` (same hash).
    func articleOrdinals(_ articleID: String) throws -> [Int] {
        try lookup(NameBytes.hash(NameBytes.key(articleID)), keys: .articleKeys, ordinals: .articleOrdinals)
    }

    /// Name-table entries of one type whose name (or label, with `labels`) contains `query`, in file order.
    func entries(of type: NodeType, containing query: String, labels: Bool) throws -> [Int] {
        let q = Array(query.utf8)
        let plain = NameBytes.isPlain(q) ? q : nil
        var found: [Int] = []
        for k in try nameEntries(of: type) {
            if try nameString(k, 0).contains(query, plainBytes: plain)
                || (labels && (try nameString(k, 1).contains(query, plainBytes: plain)))
            {
                found.append(k)
            }
        }
        return found
    }
}
