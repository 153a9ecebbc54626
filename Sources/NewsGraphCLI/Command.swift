import NewsGraph

/// One subcommand of `newsgraph`: its name, its help and how it runs.
protocol Command {
    /// The word after `newsgraph`.
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// Full help: usage, options, examples.
    static var help: String { get }
    /// Option names the command accepts (with leading dashes); values follow flags listed in `valueOptions`.
    static var flagOptions: Set<String> { get }
    static var valueOptions: Set<String> { get }
    /// Runs the command; returns the exit code (0 ok, 1 failure or partial batch).
    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32
}

extension Command {
    static var flagOptions: Set<String> { [] }
    static var valueOptions: Set<String> { [] }
}
