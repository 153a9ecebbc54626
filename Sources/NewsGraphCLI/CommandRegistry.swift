/// Every subcommand, in the order `newsgraph --help` lists them.
/// Each lives in its own file under `Commands/`.
nonisolated(unsafe) let allCommands: [any Command.Type] = [
    ArticlesCommand.self,
    TagCommand.self,
    EvaluateCommand.self,
    BuildCommand.self,
    AddCommand.self,
    MergeCommand.self,
    ExportCommand.self,
    IndexCommand.self,
    AttendeesCommand.self,
    EventsCommand.self,
    PeopleCommand.self,
    TitlesCommand.self,
    HoldersCommand.self,
    AuditCommand.self,
    HomonymsCommand.self,
    StatsCommand.self,
    ReportCommand.self,
    FuzzCommand.self,
]
