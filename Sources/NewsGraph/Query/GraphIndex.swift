/// Lookups over one graph, built once: nodes by id, edges by their ends, names of places.
///
/// The query engine and the auditor answer every question through this index so
/// that no answer scans the edge list more than once.
struct GraphIndex: Sendable {
    let graph: KnowledgeGraph
    let nodesByID: [String: Node]
    let outgoing: [String: [Edge]]
    let incoming: [String: [Edge]]
    /// Place nodes by their name (`汾阳市`), several when names repeat.
    let placesByName: [String: [Node]]
    /// Article nodes by article id (`FILE#N`, their `id` property).
    let articlesByID: [String: Node]

    init(_ graph: KnowledgeGraph) {
        self.graph = graph
        var nodes: [String: Node] = [:]
        var places: [String: [Node]] = [:]
        var articles: [String: Node] = [:]
        for n in graph.nodes {
            nodes[n.id] = n
            if n.type == .place { places[Self.name(of: n), default: []].append(n) }
            if n.type == .article, let id = n.properties["id"] { articles[id] = n }
        }
        var out: [String: [Edge]] = [:]
        var inc: [String: [Edge]] = [:]
        for e in graph.edges {
            out[e.source, default: []].append(e)
            inc[e.target, default: []].append(e)
        }
        nodesByID = nodes
        outgoing = out
        incoming = inc
        placesByName = places
        articlesByID = articles
    }

    func node(_ id: String) -> Node? { nodesByID[id] }

    /// Edges of one type leaving `id`, in id order.
    func edges(from id: String, _ type: EdgeType) -> [Edge] {
        (outgoing[id] ?? []).filter { $0.type == type }
    }

    /// Edges of one type arriving at `id`, in id order.
    func edges(to id: String, _ type: EdgeType) -> [Edge] {
        (incoming[id] ?? []).filter { $0.type == type }
    }

    /// Nodes of one type, in id order.
    func nodes(of type: NodeType) -> [Node] { graph.nodes.filter { $0.type == type } }

    /// The name a user would type for a node: `name`, else `title`, else the label.
    static func name(of node: Node) -> String {
        node.properties["name"] ?? node.properties["title"] ?? node.label
    }

    /// A place and all its administrative parents, nearest first (`汾阳市`, `吕梁市`, `山西省`).
    ///
    /// Parents come from `locatedIn` edges; the id path (`place:山西省/吕梁市/汾阳市`)
    /// is a fallback for graphs whose builder wrote no such edges.
    func placeChain(_ place: Node) -> [String] {
        var names: [String] = [Self.name(of: place)]
        var seen: Set<String> = [place.id]
        var frontier = [place.id]
        while let id = frontier.first {
            frontier.removeFirst()
            for e in edges(from: id, .locatedIn) where !seen.contains(e.target) {
                seen.insert(e.target)
                guard let parent = node(e.target), parent.type == .place else { continue }
                names.append(Self.name(of: parent))
                frontier.append(parent.id)
            }
        }
        if place.id.hasPrefix("place:") {
            let path = place.id.dropFirst("place:".count).split(separator: "/").map(String.init)
            for name in path.reversed() where !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A place given by name and its parents; the name alone when no Place node has it.
    func placeChain(named name: String) -> [String] {
        guard let nodes = placesByName[name], !nodes.isEmpty else { return [name] }
        var names: [String] = []
        for n in nodes { for p in placeChain(n) where !names.contains(p) { names.append(p) } }
        return names
    }
}
