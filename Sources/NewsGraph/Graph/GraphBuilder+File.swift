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
        try build(
            facts: facts.articles, evidenceCount: facts.articles.reduce(0) { $0 + $1.evidenceCount }, savingTo: path,
            writer: writer)
    }

    /// As `build(_:savingTo:)`, from packed facts (`Pipeline.packedFacts`): the same file, and the
    /// facts held in a fifth of the memory, each article unpacked whenever a pass reads it.
    public func build(
        _ facts: PackedFactSet, savingTo path: String, writer: AtomicFileWriter = AtomicFileWriter()
    ) throws -> GraphCounts {
        try build(facts: facts.facts, evidenceCount: facts.evidenceCount, savingTo: path, writer: writer)
    }

    private func build<Facts: Collection<ArticleFacts>>(
        facts: Facts, evidenceCount: Int, savingTo path: String, writer: AtomicFileWriter
    ) throws -> GraphCounts {
        try GraphStore.checkReplaceable(path)
        var graph = compactGraph(of: facts, evidenceCount: evidenceCount, citingFacts: true)
        let counts = graph.counts
        try writer.write(to: path) { stream in
            try GraphStore.write(facts: facts, graph: &graph, append: stream.append, overwrite: stream.overwrite)
        }
        return counts
    }

    /// The file's bytes for the document of `facts`, made as `build(_:savingTo:)` makes them.
    func encodedFile<Facts: Collection<ArticleFacts>>(of facts: Facts) throws -> Data {
        var graph = compactGraph(of: facts, evidenceCount: facts.reduce(0) { $0 + $1.evidenceCount }, citingFacts: true)
        var out: [UInt8] = []
        try GraphStore.write(
            facts: facts, graph: &graph, append: { out.append(contentsOf: $0) },
            overwrite: { offset, bytes in out.replaceSubrange(offset..<(offset + bytes.count), with: bytes) })
        return Data(out)
    }
}
