/// What a batch produced: the articles of the files that could be read, and one error per file that could not.
public struct PipelineResult<Output: Sendable>: Sendable {
    /// Per file that succeeded, in input order: its path and its outputs (in page order).
    public var outputs: [(file: String, items: [Output])]
    /// Per file that failed, in input order.
    public var failures: [NewsGraphError]
    /// Number of files attempted.
    public var fileCount: Int

    /// All outputs, file by file, in page order.
    public var items: [Output] { outputs.flatMap(\.items) }
}

/// Progress of a batch, reported after each file.
public struct PipelineProgress: Sendable {
    public var filesDone: Int
    public var fileCount: Int
    public var articles: Int
    public var failures: Int
    /// Raw bytes of the files done.
    public var bytes: Int
}
