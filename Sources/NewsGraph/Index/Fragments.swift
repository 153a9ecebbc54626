/// The JSON objects of the graph file a query decodes one at a time, with their evidence citations
/// (indices into the file's evidence table); see `LeanFragment` for the forms without them.
enum Fragment {
    struct Node: Decodable {
        var id: String
        var type: NodeType
        var label: String
        var properties: [String: String]
        var dates: [PartialDate]
        var evidence: [Int]
    }

    struct Observation: Decodable {
        var date: PartialDate?
        var title: String?
        var role: String?
        var former: Bool
        var evidence: Int
    }

    struct Edge: Decodable {
        var id: String
        var type: EdgeType
        var source: String
        var target: String
        var properties: [String: String]
        var dates: [PartialDate]
        var evidence: [Int]
        var observations: [Observation]
    }

    /// One entry of the evidence table: the sentence by index into the file's sentence list.
    struct Evidence: Decodable {
        var file: String
        var article: String
        var start: Int
        var end: Int
        var sentence: Int
        var rule: String
    }
}
