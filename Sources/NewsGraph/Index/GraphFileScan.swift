/// What the index needs from one graph file, found by one byte scan of it (no full decode).
///
/// Byte ranges are absolute offsets into the file. The scan checks what the full load
/// checks about the graph's shape — ids unique and sorted, edges between existing nodes —
/// so a file the full load refuses gets no index either.
struct GraphFileScan {
    struct NodeEntry {
        var range: Range<Int>
        var type: NodeType
        var id: String
        /// `name`, else `title`, else the label (what queries match a person, event or place by).
        var name: String
        var label: String
        /// Article nodes: the `id` property (`FILE#N`).
        var articleID: String?
        /// Event nodes: the `date` property when it is EDTF, else the first observed date.
        var eventDate: String?
    }

    struct EdgeEntry {
        var range: Range<Int>
        var type: EdgeType
        var source: Int
        var target: Int
    }

    var nodes: [NodeEntry] = []
    var edges: [EdgeEntry] = []
    var evidence: [Range<Int>] = []
    var sentences: [Range<Int>] = []

    /// Problems that make a file unindexable, phrased for the user.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    /// Scans the body (`body` is the byte range of the header's `body` value).
    init(_ base: UnsafePointer<UInt8>, body: Range<Int>) throws {
        var r = JSONBytes(base, count: body.upperBound, at: body.lowerBound)
        var edgesRange: Range<Int>?
        var sawGraph = false
        do {
            try r.object { key, r in
                switch key {
                case "evidence":
                    try r.array { r in
                        let start = r.at
                        try r.skipValue()
                        evidence.append(start..<r.at)
                    }
                case "sentences":
                    try r.array { r in
                        let start = r.at
                        _ = try r.skipString()
                        sentences.append(start..<r.at)
                    }
                case "graph":
                    sawGraph = true
                    try r.object { key, r in
                        switch key {
                        case "nodes": try scanNodes(&r)
                        case "edges":
                            let start = r.at
                            try r.skipValue()
                            edgesRange = start..<r.at
                        default: try r.skipValue()
                        }
                    }
                default: try r.skipValue()
                }
            }
        } catch let m as JSONBytes.Malformed {
            throw Refusal(description: "malformed JSON at byte \(m.position)")
        }
        guard sawGraph, let edgesRange else { throw Refusal(description: "the body has no graph edges") }
        var byID: [String: Int] = [:]
        byID.reserveCapacity(nodes.count)
        for (i, n) in nodes.enumerated() {
            guard byID.updateValue(i, forKey: n.id) == nil else { throw Refusal(description: "node id \(n.id) appears twice") }
            if i > 0, !(nodes[i - 1].id < n.id) { throw Refusal(description: "nodes are not sorted by id at \(n.id)") }
        }
        var e = JSONBytes(base, count: edgesRange.upperBound, at: edgesRange.lowerBound)
        do {
            var previousID: String?
            try e.array { r in
                let start = r.at
                var id: String?
                var type: EdgeType?
                var source: String?
                var target: String?
                try r.object { key, r in
                    switch key {
                    case "id": id = try r.string()
                    case "type": type = EdgeType(rawValue: try r.string())
                    case "source": source = try r.string()
                    case "target": target = try r.string()
                    default: try r.skipValue()
                    }
                }
                guard let id, let type, let source, let target else {
                    throw Refusal(description: "an edge near byte \(start) lacks its id, type, source or target")
                }
                guard let s = byID[source], let t = byID[target] else {
                    throw Refusal(description: "edge \(id) points to a missing node")
                }
                if let previousID, !(previousID < id) { throw Refusal(description: "edges are not sorted by id at \(id)") }
                previousID = id
                edges.append(EdgeEntry(range: start..<r.at, type: type, source: s, target: t))
            }
        } catch let m as JSONBytes.Malformed {
            throw Refusal(description: "malformed JSON at byte \(m.position)")
        }
    }

    private mutating func scanNodes(_ r: inout JSONBytes) throws {
        try r.array { r in
            let start = r.at
            var id: String?
            var type: NodeType?
            var label: String?
            var props: [String: String] = [:]
            var firstDate: String?
            try r.object { key, r in
                switch key {
                case "id": id = try r.string()
                case "type": type = NodeType(rawValue: try r.string())
                case "label": label = try r.string()
                case "properties":
                    try r.object { key, r in
                        switch key {
                        case "name", "title", "id", "date": props[key] = try r.string()
                        default: try r.skipValue()
                        }
                    }
                case "dates":
                    try r.array { r in
                        if firstDate == nil { firstDate = try r.string() } else { try r.skipValue() }
                    }
                default: try r.skipValue()
                }
            }
            guard let id, let type, let label else {
                throw Refusal(description: "a node near byte \(start) lacks its id, type or label")
            }
            var entry = NodeEntry(
                range: start..<r.at, type: type, id: id, name: props["name"] ?? props["title"] ?? label, label: label)
            if type == .article { entry.articleID = props["id"] }
            if type == .event {
                if let d = props["date"], PartialDate(edtf: d) != nil { entry.eventDate = d } else { entry.eventDate = firstDate }
            }
            nodes.append(entry)
        }
    }
}
