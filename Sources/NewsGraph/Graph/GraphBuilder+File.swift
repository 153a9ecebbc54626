import Foundation

/// `build` straight to a graph file: facts → accumulator → file, without a `KnowledgeGraph` in between.
extension GraphBuilder {
    /// Builds the graph of `facts` and saves the document to `path`: byte for byte the file that
    /// `GraphStore.save(build(facts), to: path)` writes, in much less memory.
    ///
    /// The graph is never materialised as `Node`s and `Edge`s with copies of their evidence: the
    /// accumulator is finished into a `CompactGraph` whose evidence table is the file's (the facts'
    /// evidence included), and the writer frees it as it goes. Like `save`, refuses (with
    /// `corruptGraph`) to replace an existing file that is not a valid graph, and writes atomically.
    /// Returns the graph's counts (what a summary reports).
    public func build(
        _ facts: ArticleFactSet, savingTo path: String, writer: AtomicFileWriter = AtomicFileWriter()
    ) throws -> GraphCounts {
        try GraphStore.checkReplaceable(path)
        var graph = compactGraph(of: facts.articles, citingFacts: true)
        let counts = graph.counts
        try writer.write(to: path) { stream in
            try GraphStore.write(facts: facts, graph: &graph, append: stream.append, overwrite: stream.overwrite)
        }
        return counts
    }

    /// The file's bytes for the document of `facts`, made as `build(_:savingTo:)` makes them.
    func encodedFile(of facts: ArticleFactSet) throws -> Data {
        var graph = compactGraph(of: facts.articles, citingFacts: true)
        var out: [UInt8] = []
        try GraphStore.write(
            facts: facts, graph: &graph, append: { out.append(contentsOf: $0) },
            overwrite: { offset, bytes in out.replaceSubrange(offset..<(offset + bytes.count), with: bytes) })
        return Data(out)
    }
}
