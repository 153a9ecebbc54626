import Foundation

/// The graph and export stages of a fuzz case: build, store, export, parse back.
enum FuzzExports {
    /// Builds the graph from `tagged`, writes the native file and every export, and checks each parses.
    /// Returns every output for the determinism comparison.
    static func run(_ tagged: [TaggedArticle], file: String, rawCount: Int, checkLaws: Bool = false) throws -> [(name: String, data: Data)] {
        // Filled in as the graph builder and the exporters land (issue 4, issue 5).
        []
    }
}
