/// Lookups over a knowledge graph for the report: nodes by id, edges by end, anchors.
struct ReportIndex: Sendable {
    let graph: KnowledgeGraph
    private let nodesByID: [String: Node]
    private let outgoing: [String: [Edge]]
    private let incoming: [String: [Edge]]
    private let anchors: [String: String]

    init(_ graph: KnowledgeGraph) {
        self.graph = graph
        var byID: [String: Node] = [:]
        for node in graph.nodes { byID[node.id] = node }
        nodesByID = byID
        var out: [String: [Edge]] = [:]
        var inc: [String: [Edge]] = [:]
        // Graph edges are sorted by id, so each list comes out in a stable order.
        for edge in graph.edges.sorted(by: { $0.id < $1.id }) {
            out[edge.source, default: []].append(edge)
            inc[edge.target, default: []].append(edge)
        }
        outgoing = out
        incoming = inc
        // Anchors from a hash of the node id: stable across runs and safe in URLs; a
        // collision (never seen, but possible) gets a counter.
        var used: Set<String> = []
        var a: [String: String] = [:]
        for id in graph.nodes.map(\.id).sorted() {
            var anchor = "n-" + Self.hex(Self.fnv1a(id))
            var k = 2
            while used.contains(anchor) {
                anchor = "n-" + Self.hex(Self.fnv1a(id)) + "-\(k)"
                k += 1
            }
            used.insert(anchor)
            a[id] = anchor
        }
        anchors = a
    }

    func node(_ id: String) -> Node? { nodesByID[id] }

    func edges(from id: String, _ type: EdgeType) -> [Edge] { (outgoing[id] ?? []).filter { $0.type == type } }

    func edges(to id: String, _ type: EdgeType) -> [Edge] { (incoming[id] ?? []).filter { $0.type == type } }

    /// The HTML id of a node's section (`n-` and 16 hex digits).
    func anchor(_ id: String) -> String { anchors[id] ?? "n-" + Self.hex(Self.fnv1a(id)) }

    /// Nodes of one type, sorted by label then id.
    func nodes(of type: NodeType) -> [Node] {
        graph.nodes.filter { $0.type == type }.sorted { ($0.label, $0.id) < ($1.label, $1.id) }
    }

    /// A person's display name.
    static func name(_ node: Node) -> String { node.properties["name"].flatMap { $0.isEmpty ? nil : $0 } ?? node.label }

    /// A position's resolved title.
    static func title(_ node: Node) -> String {
        node.properties["title"].flatMap { $0.isEmpty ? nil : $0 } ?? node.label
    }

    /// The sightings of an edge: its observations, or one per evidence when it has none.
    /// Edges with their sightings, the earliest first sighting first (undated last), then by `tieBreak`.
    static func byFirstSighting(_ edges: [Edge], tieBreak: (Edge) -> String) -> [(Edge, [Observation])] {
        let unknown = PartialDate(year: Int.max)
        return edges.map { ($0, sightings($0)) }
            .sorted { a, b in
                let da = a.1.compactMap(\.date).min() ?? unknown
                let db = b.1.compactMap(\.date).min() ?? unknown
                if da != db { return da < db }
                return tieBreak(a.0) < tieBreak(b.0)
            }
    }

    static func sightings(_ edge: Edge) -> [Observation] {
        if !edge.observations.isEmpty { return edge.observations.sorted() }
        let former = edge.properties["former"] == "true"
        return edge.evidence.sorted().map {
            Observation(
                date: edge.dates.count == 1 ? edge.dates[0] : nil, title: edge.properties["title"], former: former,
                evidence: $0)
        }
    }

    /// Number of distinct neighbours over all edges except `mentions` (articles mention everything).
    func degree(_ id: String) -> Int {
        var seen: Set<String> = []
        for e in outgoing[id] ?? [] where e.type != .mentions { seen.insert(e.target) }
        for e in incoming[id] ?? [] where e.type != .mentions { seen.insert(e.source) }
        return seen.count
    }

    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
