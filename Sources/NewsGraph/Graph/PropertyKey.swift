/// The name of a property a contribution votes for: the closed set of `schema/graph-model.md`.
///
/// The accumulator keeps millions of votes and the finished graph millions of
/// properties; a one-byte key instead of a `String` makes a vote 24 bytes
/// instead of 40, and lets the label ride in the same list as the properties.
enum PropertyKey: UInt8, CaseIterable, Sendable {
    /// The node's label (a vote, never a property).
    case label
    case anchors, city, contentHash, date, file, former, headline, id, index, jurisdiction, level, name, noun,
        organization, organizer, path, place, province, resolvedTitle, role, subtitle, title

    /// The property's name in the graph file and the model.
    var name: String {
        switch self {
        case .label: ""
        case .anchors: "anchors"
        case .city: "city"
        case .contentHash: "contentHash"
        case .date: "date"
        case .file: "file"
        case .former: "former"
        case .headline: "headline"
        case .id: "id"
        case .index: "index"
        case .jurisdiction: "jurisdiction"
        case .level: "level"
        case .name: "name"
        case .noun: "noun"
        case .organization: "organization"
        case .organizer: "organizer"
        case .path: "path"
        case .place: "place"
        case .province: "province"
        case .resolvedTitle: "resolvedTitle"
        case .role: "role"
        case .subtitle: "subtitle"
        case .title: "title"
        }
    }

    /// The key's rank in the UTF-8 byte order of the names: the order a graph file writes properties in.
    var byteRank: UInt8 { Self.byteRanks[Int(rawValue)] }

    private static let byteRanks: [UInt8] = {
        var rank = [UInt8](repeating: 0, count: allCases.count)
        let sorted = allCases.sorted { UTF8Bytes.less($0.name, $1.name) }
        for (r, key) in sorted.enumerated() { rank[Int(key.rawValue)] = UInt8(r) }
        return rank
    }()
}

/// One property of a finished node or edge: its key and winning value.
struct Property: Sendable, Equatable {
    var key: PropertyKey
    var value: String
}
