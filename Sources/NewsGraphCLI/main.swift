import Foundation
import NewsGraph

/// `newsgraph COMMAND [ARGS]`: exit 0 ok, 1 failure or partial batch, 2 usage.
let console = Console()
let words = Array(CommandLine.arguments.dropFirst())

func usageText() -> String {
    var s = """
        newsgraph — a knowledge graph of people, offices, organisations, places and events
        from Chinese local-government news.

        Usage: newsgraph COMMAND [OPTIONS] [ARGS]

        Commands:

        """
    let width = allCommands.map { $0.name.count }.max() ?? 0
    for c in allCommands {
        s += "  " + c.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + c.summary + "\n"
    }
    s += "\nRun `newsgraph help COMMAND` for a command's options and examples.\n"
    return s
}

func runMain() -> Int32 {
    guard let first = words.first else {
        console.error(usageText())
        return 2
    }
    if first == "--help" || first == "-h" || first == "help" && words.count == 1 {
        console.print(usageText())
        return 0
    }
    if first == "--version" {
        console.print("newsgraph 0.1.0")
        return 0
    }
    var name = first
    var rest = Array(words.dropFirst())
    if first == "help" {
        name = words[1]
        rest = ["--help"]
    }
    guard let command = allCommands.first(where: { $0.name == name }) else {
        console.error("usage error: unknown command '\(name)'. Run `newsgraph --help`.")
        return 2
    }
    if rest.contains("--help") || rest.contains("-h") {
        console.print(command.help)
        return 0
    }
    do {
        let args = try ParsedArguments(rest, flags: command.flagOptions, values: command.valueOptions)
        return try command.run(args, console)
    } catch let e as NewsGraphError {
        if case .usage = e {
            console.error("\(e.description)\nRun `newsgraph help \(name)`.")
            return 2
        }
        console.error(e.description)
        return 1
    } catch {
        console.error("error: \(error)")
        return 1
    }
}

var status = runMain()
if let failure = console.outputFailed {
    console.error("error: cannot write the output: \(failure)")
    status = max(status, 1)
}
exit(status)
