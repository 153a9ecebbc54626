import Foundation

/// The graph and export stages of a fuzz case: build, check, store and read back, export, parse back.
enum FuzzExports {
    /// Builds the graph from `tagged`, checks it, round-trips the native file and writes every export
    /// in memory, checking each with a strict reader. Returns every output for the determinism check.
    static func run(_ tagged: [TaggedArticle], file: String, rawCount: Int, checkLaws: Bool = false) throws -> [(
        name: String, data: Data
    )] {
        let document: GraphDocument
        do { document = try GraphBuilder().build(tagged) } catch let e as NewsGraphError {
            // One article id with two contents (a JSON Lines archive repeating an `id`) is the user's
            // error; it must name the file as given.
            guard e.description.hasPrefix(file) else {
                throw FuzzFailure("graph", "builder error does not name the file: \(e.description.prefix(200))")
            }
            throw e
        }
        let graph = document.graph
        try checkGraph(graph, file: file, rawCount: rawCount)
        do { try GraphValidator.validate(graph, file: file) } catch {
            throw FuzzFailure("graph", "export validator refuses the built graph: \(error)")
        }

        var outputs: [(name: String, data: Data)] = []
        let native: Data
        do { native = try GraphStore.encode(document) } catch { throw FuzzFailure("store", "encode failed: \(error)") }
        try parse(native, as: .json, "native graph file")
        let back: GraphDocument
        do { back = try GraphStore.decode(native, file: "roundtrip.graph.json") } catch {
            throw FuzzFailure("store", "the file just written does not load: \(error)")
        }
        guard back.graph == graph else { throw FuzzFailure("store", "the graph read back differs from the one written") }
        outputs.append((name: "native", data: native))
        if checkLaws { try checkSetLaw(tagged, native: native) }

        let writers: [(String, OutputValidator.Syntax, (ExportOutput) throws -> Void)] = [
            ("graphml", .xml, { try GraphMLWriter().write(graph, to: $0) }),
            ("gexf", .xml, { try GEXFWriter().write(graph, to: $0) }),
            ("jsonld", .json, { try JSONLDWriter().write(graph, to: $0) }),
            ("nodes.csv", .csv, { try CSVWriter().writeGephiNodes(graph, to: $0) }),
            ("edges.csv", .csv, { try CSVWriter().writeGephiEdges(graph, to: $0) }),
            ("neo4j-nodes.csv", .csv, { try CSVWriter().writeNeo4jNodes(graph, to: $0) }),
            ("neo4j-edges.csv", .csv, { try CSVWriter().writeNeo4jEdges(graph, to: $0) }),
        ]
        for (name, syntax, write) in writers {
            let out = ExportOutput()
            do {
                try write(out)
                try out.flush()
            } catch { throw FuzzFailure("export", "\(name) writer threw: \(error)") }
            let data = Data(out.bytes)
            try parse(data, as: syntax, name)
            outputs.append((name: name, data: data))
        }
        return outputs
    }

    /// The graph is a function of the *set* of articles: reversed input order, and the merge of two
    /// halves (in either order), give the same file byte for byte.
    static func checkSetLaw(_ tagged: [TaggedArticle], native: Data) throws {
        guard tagged.count >= 2 else { return }
        do {
            let reversed = try GraphStore.encode(try GraphBuilder().build(tagged.reversed()))
            guard reversed == native else {
                throw FuzzFailure("graph", "building from the articles in reverse order gives other bytes")
            }
            let even = try GraphBuilder().build(tagged.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
            let odd = try GraphBuilder().build(tagged.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
            for (label, order) in [("even+odd", [even, odd]), ("odd+even", [odd, even])] {
                let merged = try GraphStore.encode(try GraphMerger().merge(order, names: ["a.graph.json", "b.graph.json"]))
                guard merged == native else {
                    throw FuzzFailure("merge", "merging the two halves (\(label)) differs from building all at once")
                }
            }
            // `add` of the whole page to the graph of its even half (a re-read file) is the whole; again, nothing changes.
            // This holds also when two articles share their content (schema/reliability.md, finding 10).
            var grown = even
            let all = tagged.map { ArticleFacts($0) }
            _ = try grown.add(all, file: "grown.graph.json")
            guard try GraphStore.encode(grown) == native else {
                throw FuzzFailure("add", "adding the whole page to its even half's graph differs from building all at once")
            }
            guard try !grown.add(all, file: "grown.graph.json").changed else {
                throw FuzzFailure("add", "adding the same articles again changed the graph")
            }
        } catch let f as FuzzFailure {
            throw f
        } catch {
            throw FuzzFailure("merge", "building or merging halves threw: \(error)")
        }
    }

    static func parse(_ data: Data, as syntax: OutputValidator.Syntax, _ name: String) throws {
        do { try OutputValidator.validate(data, as: syntax) } catch {
            throw FuzzFailure("export", "\(name) does not parse: \(error)")
        }
    }

    /// Ids unique and sorted, edges between existing nodes, evidence sorted and inside the file as given.
    static func checkGraph(_ g: KnowledgeGraph, file: String, rawCount: Int) throws {
        func fail(_ m: String) -> FuzzFailure { FuzzFailure("graph", m) }
        func check(_ evidence: [Evidence], _ owner: String) throws {
            for (k, e) in evidence.enumerated() {
                guard e.file == file else { throw fail("\(owner) evidence cites `\(e.file)`, not the file as given") }
                guard e.start >= 0 && e.start <= e.end && e.end <= rawCount else {
                    throw fail("\(owner) evidence span \(e.start)..<\(e.end) outside the file's \(rawCount) bytes")
                }
                if k > 0 && !(evidence[k - 1] < e) { throw fail("\(owner) evidence not sorted and unique") }
            }
        }
        var ids = Set<String>()
        for (k, n) in g.nodes.enumerated() {
            if k > 0 && !(g.nodes[k - 1].id < n.id) { throw fail("nodes not sorted by id at \(n.id)") }
            ids.insert(n.id)
            try check(n.evidence, "node \(n.id)")
        }
        for (k, e) in g.edges.enumerated() {
            if k > 0 && !(g.edges[k - 1].id < e.id) { throw fail("edges not sorted by id at \(e.id)") }
            guard ids.contains(e.source) && ids.contains(e.target) else { throw fail("edge \(e.id) joins a missing node") }
            try check(e.evidence, "edge \(e.id)")
        }
    }
}
