/// The `evident` command line: finds the command, parses its arguments, runs it and maps the outcome
/// to an exit status.
public enum CommandLineTool {
    /// The version `evident --version` prints.
    public static let version = "0.1.0"

    /// Every command, in the order `evident --help` lists them.
    static let commands: [CommandEntry] = [
        CommandEntry(AssessCommand.self), CommandEntry(EvidenceCommand.self), CommandEntry(HistoryCommand.self),
        CommandEntry(CatalogCommand.self),
        CommandEntry(DiffCommand.self),
        CommandEntry(OrganizationsCommand.self),
        CommandEntry(ReviewCommand.self),
        CommandEntry(RiskCommand.self),
        CommandEntry(PlanCommand.self),
        CommandEntry(VerifyCommand.self), CommandEntry(BinderCommand.self), CommandEntry(PruneCommand.self),
    ]

    /// Runs the command line.
    ///
    /// - Parameters:
    ///   - arguments: The arguments after the program name.
    ///   - console: Where to write output and diagnostics.
    /// - Returns: The process exit status: 0 success, 1 findings at or above `--fail-on`, 2 usage or
    ///   input errors.
    public static func run(arguments: [String], console: Console = .standard) async -> Int32 {
        do {
            return try await dispatch(arguments, console: console).rawValue
        } catch let failure as CommandUsageError {
            console.error(failure.error.description)
            console.writeError("\n" + failure.usage + "\n")
            return ExitStatus.failure.rawValue
        } catch let error as UsageError {
            console.error(error.description)
            console.writeError("\n" + HelpText.usage(for: nil) + "\n")
            return ExitStatus.failure.rawValue
        } catch {
            console.error(String(describing: error))
            return ExitStatus.failure.rawValue
        }
    }

    // MARK: - Private

    /// A usage error of a known command, with the usage form to print after it: the form of the
    /// subcommand the arguments name, else the command's.
    private struct CommandUsageError: Error {
        let error: UsageError
        let usage: String
    }

    private static func dispatch(_ arguments: [String], console: Console) async throws -> ExitStatus {
        guard let first = arguments.first else {
            console.print(HelpText.overview(commands: commands.map(\.spec)))
            return .success
        }

        switch first {
        case "--help", "-h":
            console.print(HelpText.overview(commands: commands.map(\.spec)))
            return .success
        case "--version":
            console.print("evident \(version)")
            return .success
        case "help":
            return try help(arguments.dropFirst(), console: console)
        default:
            break
        }

        if first.hasPrefix("-") { throw UsageError.unknownGlobalOption(first) }
        guard let command = command(named: first) else { throw UsageError.unknownCommand(first) }

        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.print(HelpText.detail(for: command.spec))
            return .success
        }

        do {
            let parsed = try ArgumentParser.parse(rest, for: command.spec)
            return try await command.run(parsed, console)
        } catch let error as UsageError {
            throw CommandUsageError(error: error, usage: HelpText.usage(for: command.spec, arguments: rest))
        }
    }

    private static func help(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitStatus {
        guard let name = arguments.first else {
            console.print(HelpText.overview(commands: commands.map(\.spec)))
            return .success
        }
        guard let command = command(named: name) else { throw .unknownCommand(name) }
        console.print(HelpText.detail(for: command.spec))
        return .success
    }

    private static func command(named name: String) -> CommandEntry? {
        commands.first { $0.spec.name == name }
    }
}
