/// A subcommand of `evident`.
protocol Command: SendableMetatype {
    /// The command's options, positionals and help text.
    static var spec: CommandSpec { get }

    /// Runs the command on parsed arguments.
    ///
    /// - Returns: The exit status.
    /// - Throws: `UsageError` for arguments the parser accepted but the command cannot use, and any
    ///   error reading input or writing output. The caller reports it and exits with status 2.
    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus
}

/// A command in the dispatch table: its spec and a way to run it.
///
/// The table stores these values rather than `any Command.Type`, because calling an async static
/// requirement through an existential metatype crashes the Swift 6.3.1 compiler in SIL generation.
struct CommandEntry: Sendable {
    /// The command's options, positionals and help text.
    let spec: CommandSpec
    /// Runs the command.
    let run: @Sendable (ParsedArguments, Console) async throws -> ExitStatus

    /// Creates the entry of a command type.
    init<C: Command>(_ command: C.Type) {
        self.spec = command.spec
        self.run = { arguments, console in try await command.run(arguments, console: console) }
    }
}
