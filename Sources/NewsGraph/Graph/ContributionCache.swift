/// What `ArticleContext` resolves once per build instead of once per mention.
///
/// A large archive names the same few thousand places and organisations
/// millions of times. Resolving a place's path (a walk up the directory),
/// an organisation's parent (a scan of its prefixes) and building their ids
/// is pure work on the same inputs each time, so the answers are kept here
/// with the graph nodes they lead to. Only the lookups' results are cached;
/// every contribution still votes and adds its evidence as before.
struct ContributionCache {
    /// One level of a place's chain, leaf first: its node and the properties it votes for.
    struct PlaceStep {
        var ref: GraphAccumulator.NodeRef
        var name: String
        var path: String
        var level: String?
    }

    /// A resolved place: its path (root first) and its chain (leaf first).
    struct Place {
        var path: [String]
        var steps: [PlaceStep]
    }

    /// A known organisation: its node, its voted jurisdiction and its parent body.
    struct Organization {
        var ref: GraphAccumulator.NodeRef
        var jurisdiction: String?
        var parent: String?
    }

    private struct PlaceQuery: Hashable {
        var name: String
        var hint: String?
        var context: Int32
    }

    private var contexts: [PlaceContext: Int32] = [:]
    private var placeIndex: [PlaceQuery: Int32] = [:]
    private var places: [Place] = []
    private var organizations: [String: Organization] = [:]
    private var people: [GraphAccumulator.NodeRef] = []

    /// A small number standing for `context` (equal contexts, one number).
    mutating func context(_ context: PlaceContext) -> Int32 {
        if let i = contexts[context] { return i }
        let i = Int32(contexts.count)
        contexts[context] = i
        return i
    }

    /// The place `name` (with the parent its mention stated) in an article of `context`, as
    /// `PlaceDirectory.path(of:parentHint:context:)` resolves it, with its chain's nodes.
    mutating func place(
        _ name: String, parentHint: String? = nil, context: PlaceContext, contextID: Int32,
        directory: PlaceDirectory, _ acc: inout GraphAccumulator
    ) -> Place {
        let query = PlaceQuery(name: name, hint: parentHint, context: contextID)
        if let i = placeIndex[query] { return places[Int(i)] }
        let path = directory.path(of: name, parentHint: parentHint, context: context)
        var steps: [PlaceStep] = []
        for depth in stride(from: path.count, to: 0, by: -1) {
            let prefix = Array(path[0..<depth])
            let leaf = prefix[depth - 1]
            steps.append(
                PlaceStep(
                    ref: acc.ref(NodeID.place(path: prefix), .place), name: leaf,
                    path: prefix.joined(separator: "/"), level: directory.level(of: leaf)))
        }
        let place = Place(path: path, steps: steps)
        placeIndex[query] = Int32(places.count)
        places.append(place)
        return place
    }

    /// The organisation `name`: its node, jurisdiction and parent.
    mutating func organization(
        _ name: String, directory: OrganizationDirectory, _ acc: inout GraphAccumulator
    ) -> Organization {
        if let o = organizations[name] { return o }
        let o = Organization(
            ref: acc.ref(NodeID.organization(name), .organization), jurisdiction: directory.jurisdiction(of: name),
            parent: directory.parent(of: name))
        organizations[name] = o
        return o
    }

    /// The node of person number `index` of `resolver`.
    mutating func person(_ index: Int, resolver: PersonResolver, _ acc: inout GraphAccumulator) -> GraphAccumulator.NodeRef {
        if people.isEmpty { people = Array(repeating: -1, count: resolver.people.count) }
        if people[index] < 0 { people[index] = acc.ref(resolver.people[index].id, .person) }
        return people[index]
    }
}
