/// How a node looks on a first open in Gephi: a colour per node type, a size growing with degree.
///
/// Gephi reads `r`/`g`/`b`/`size` from GraphML and `viz:color`/`viz:size` from GEXF;
/// without them every node is the same grey dot until the user runs a layout.
public struct NodeStyle: Sendable, Equatable {
    public var red: Int
    public var green: Int
    public var blue: Int
    /// Node size (Gephi's default node is 10).
    public var size: Double

    /// The colour of a node type (a colour-blind-friendly qualitative palette).
    public static func color(of type: NodeType) -> (red: Int, green: Int, blue: Int) {
        switch type {
        case .person: return (31, 119, 180)
        case .position: return (255, 127, 14)
        case .organization: return (44, 160, 44)
        case .place: return (148, 103, 189)
        case .event: return (214, 39, 40)
        case .article: return (127, 127, 127)
        }
    }

    /// Size for a node of `degree`: 10 plus 4·√degree, rounded to one decimal so output is stable.
    public static func size(degree: Int) -> Double {
        let raw = 10.0 + 4.0 * Double(max(0, degree)).squareRoot()
        return (raw * 10).rounded() / 10
    }

    /// The style of a node of `type` with `degree` edges.
    public init(type: NodeType, degree: Int) {
        let c = NodeStyle.color(of: type)
        red = c.red
        green = c.green
        blue = c.blue
        size = NodeStyle.size(degree: degree)
    }
}
