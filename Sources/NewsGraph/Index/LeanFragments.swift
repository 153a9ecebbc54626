/// A node or edge fragment decoded without its evidence and observations.
///
/// The decoder still checks the whole fragment is JSON but builds nothing for the keys
/// left out: a province's node or a city's `locatedIn` edge cites thousands of evidence entries.
enum LeanFragment {
    struct Node: Decodable {
        var id: String
        var type: NodeType
        var label: String
        var properties: [String: String]
        var dates: [PartialDate]
    }

    struct Edge: Decodable {
        var id: String
        var type: EdgeType
        var source: String
        var target: String
        var properties: [String: String]
        var dates: [PartialDate]
    }
}
