/// Node types of the knowledge graph.
public enum NodeType: String, Sendable, Codable, CaseIterable, Comparable {
    case person = "Person"
    case position = "Position"
    case organization = "Organization"
    case place = "Place"
    case event = "Event"
    case article = "Article"

    public static func < (lhs: NodeType, rhs: NodeType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Edge types of the knowledge graph (all directed).
public enum EdgeType: String, Sendable, Codable, CaseIterable, Comparable {
    /// Person → Position.
    case holds
    /// Position → Organization, Organization → Organization.
    case partOf
    /// Organization → Place, Place → Place (administrative parent),
    /// Position → Place (an office with a jurisdiction but no organisation).
    case locatedIn
    /// Person → Event.
    case attended
    /// Event → Place.
    case heldIn
    /// Event → Organization.
    case organizedBy
    /// Person → Article.
    case authored
    /// Article → any entity.
    case mentions

    public static func < (lhs: EdgeType, rhs: EdgeType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A node: a person, position, organisation, place, event or article.
///
/// Property keys by type (all values strings; documented in `schema/graph-model.md`):
/// - Person: `name`, `jurisdiction` (the place or organisation that disambiguates it), `anchors`
/// - Position: `title` (resolved, e.g. `汾阳市市长`), `role` (`市长`), `organization`, `jurisdiction`
/// - Organization: `name`, `jurisdiction`
/// - Place: `name`, `path` (`山西省/吕梁市/汾阳市`), `level` (`province`, `prefecture`, `county`, `township`, `subdistrict`, `community`, `village`, `compound`, `other`), `code` (division code when known)
/// - Event: `name`, `noun`, `date` (EDTF), `place`, `organizer`
/// - Article: `id`, `file`, `index`, `headline`, `subtitle`, `date`, `city`, `province`, `contentHash`
public struct Node: Sendable, Hashable, Codable {
    /// Stable id derived from content: `person:李明@汾阳市`, `place:山西省/吕梁市`.
    public var id: String
    public var type: NodeType
    public var label: String
    public var properties: [String: String]
    /// Dates the node was observed (events: their date), sorted, unique.
    public var dates: [PartialDate]
    /// Sorted, unique evidence.
    public var evidence: [Evidence]

    public init(
        id: String, type: NodeType, label: String, properties: [String: String] = [:],
        dates: [PartialDate] = [], evidence: [Evidence] = []
    ) {
        self.id = id
        self.type = type
        self.label = label
        self.properties = properties
        self.dates = dates
        self.evidence = evidence
    }

    /// Number of distinct articles among the evidence.
    public var articleCount: Int { Set(evidence.map(\.article)).count }
}

/// A directed edge between two nodes.
///
/// Property keys by type:
/// - holds: `title` (as written, all distinct forms joined by `；`), `resolvedTitle`, `former` (`true`/`false`)
/// - attended: `role` (all roles, sorted, joined by `,`)
/// - others: none required
public struct Edge: Sendable, Hashable, Codable {
    /// Stable id: `TYPE:SOURCE->TARGET`.
    public var id: String
    public var type: EdgeType
    public var source: String
    public var target: String
    public var properties: [String: String]
    /// Dates the relation was observed, sorted, unique.
    public var dates: [PartialDate]
    /// Sorted, unique evidence.
    public var evidence: [Evidence]
    /// Each sighting of the relation (holds: title and former flag; attended: role), sorted.
    public var observations: [Observation]

    public init(
        id: String, type: EdgeType, source: String, target: String,
        properties: [String: String] = [:], dates: [PartialDate] = [], evidence: [Evidence] = [],
        observations: [Observation] = []
    ) {
        self.id = id
        self.type = type
        self.source = source
        self.target = target
        self.properties = properties
        self.dates = dates
        self.evidence = evidence
        self.observations = observations
    }

    /// Number of distinct articles among the evidence (the edge's weight).
    public var articleCount: Int { Set(evidence.map(\.article)).count }
}

/// One sighting of a relation in one sentence: when, in what words, with what evidence.
public struct Observation: Sendable, Hashable, Comparable, Codable {
    /// The date the sentence speaks of (event date, else article or issue date), if known.
    public var date: PartialDate?
    /// holds: the title as written (`市长`, `原副市长`).
    public var title: String?
    /// attended: the role (`AttendanceRole` raw value).
    public var role: String?
    /// holds: the sentence marks the office as former (`原`).
    public var former: Bool
    public var evidence: Evidence

    public init(date: PartialDate?, title: String? = nil, role: String? = nil, former: Bool = false, evidence: Evidence) {
        self.date = date
        self.title = title
        self.role = role
        self.former = former
        self.evidence = evidence
    }

    public static func < (lhs: Observation, rhs: Observation) -> Bool {
        let ld = lhs.date ?? PartialDate(year: Int.max)
        let rd = rhs.date ?? PartialDate(year: Int.max)
        if ld != rd { return ld < rd }
        if lhs.evidence != rhs.evidence { return lhs.evidence < rhs.evidence }
        return (lhs.title ?? "", lhs.role ?? "", lhs.former ? 1 : 0) < (rhs.title ?? "", rhs.role ?? "", rhs.former ? 1 : 0)
    }
}

/// The knowledge graph: nodes and edges sorted by id, plus the articles it was built from.
public struct KnowledgeGraph: Sendable, Hashable, Codable {
    /// Nodes sorted by `id`.
    public var nodes: [Node]
    /// Edges sorted by `id`.
    public var edges: [Edge]

    public init(nodes: [Node] = [], edges: [Edge] = []) {
        self.nodes = nodes
        self.edges = edges
    }
}
