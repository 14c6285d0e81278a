import Synchronization
import Testing

@testable import EvidentCLI

/// Runs the command line in process and captures what it writes.
private func run(_ arguments: [String]) async -> (status: Int32, output: String, error: String) {
    let output = Mutex("")
    let error = Mutex("")
    let console = Console(
        writeOutput: { text in output.withLock { $0 += text } },
        writeError: { text in error.withLock { $0 += text } }
    )
    let status = await CommandLineTool.run(arguments: arguments, console: console)
    return (status, output.withLock { $0 }, error.withLock { $0 })
}

@Suite struct CommandLineToolTests {
    @Test func versionPrintsVersion() async {
        let result = await run(["--version"])

        #expect(result.status == 0)
        #expect(result.output == "evident \(CommandLineTool.version)\n")
    }

    @Test func helpListsEveryCommand() async {
        let result = await run(["--help"])

        #expect(result.status == 0)
        for command in ["assess", "evidence", "history", "diff", "orgs", "help"] {
            #expect(result.output.contains("  \(command) "))
        }
    }

    @Test func helpAssessListsOptions() async {
        let result = await run(["help", "assess"])

        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: evident assess [DIR] [options]"))
        #expect(result.output.contains("--fail-on SEVERITY"))
        #expect(result.output.contains("One of: critical, high, medium, low, none."))
    }

    @Test func unknownOptionExitsTwoAndNamesIt() async {
        let result = await run(["assess", "--frobnicate"])

        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("unknown option '--frobnicate' for 'evident assess'"))
        #expect(result.error.contains("USAGE: evident assess"))
    }

    @Test func verifyMissingBinderSaysNotFound() async {
        let result = await run(["verify", "/tmp/evident-no-such-binder.tar"])

        #expect(result.status == 2)
        #expect(result.error.contains("binder file /tmp/evident-no-such-binder.tar not found"))
        #expect(!result.error.contains("history database"))
    }

    @Test func verifyMissingFolderSaysNotFound() async {
        let result = await run(["verify", "/tmp/evident-no-such-workspace"])

        #expect(result.status == 2)
        #expect(result.error.contains("no workspace folder or binder file at /tmp/evident-no-such-workspace"))
    }

    @Test func unknownTopLevelOptionExitsTwo() async {
        let result = await run(["--verbose"])

        #expect(result.status == 2)
        #expect(result.error.contains("'--verbose'"))
    }

    @Test func unknownCommandExitsTwo() async {
        let result = await run(["asses"])

        #expect(result.status == 2)
        #expect(result.error.contains("unknown command 'asses'"))
    }

    @Test func helpForUnknownCommandExitsTwo() async {
        let result = await run(["help", "nothing"])

        #expect(result.status == 2)
        #expect(result.error.contains("unknown command 'nothing'"))
    }

    @Test func planSetErrorShowsSetUsage() async {
        let result = await run(["plan", "set", "3"])

        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("'evident plan set' needs at least one of --status, --owner and --due."))
        #expect(
            result.error.hasSuffix(
                "\nUSAGE: evident plan set ITEM [DIR] [--status STATUS] [--owner NAME] [--due DATE]"
                    + "   (see 'evident help plan')\n"))
        #expect(!result.error.contains("evident plan show"))
        #expect(!result.error.contains("evident COMMAND"))
    }

    @Test func planShowErrorShowsShowUsage() async {
        let result = await run(["plan", "show"])

        #expect(result.status == 2)
        #expect(result.error.contains("'evident plan show' needs the item id"))
        #expect(result.error.contains("\nUSAGE: evident plan show ITEM [DIR] [--format text|json]"))
        #expect(!result.error.contains("evident plan set ITEM"))
    }

    @Test func subcommandFoundPastOptionValues() async {
        let result = await run(["plan", "--status", "done", "set"])

        #expect(result.status == 2)
        #expect(result.error.contains("'evident plan set' needs the item id"))
        #expect(result.error.contains("\nUSAGE: evident plan set ITEM [DIR]"))
    }

    @Test func planErrorWithoutSubcommandShowsEveryForm() async {
        let result = await run(["plan", "one", "two"])

        #expect(result.status == 2)
        #expect(result.error.contains("unexpected argument 'two' for 'evident plan'"))
        #expect(
            result.error.contains(
                "\nUSAGE: evident plan [DIR] [options]\n       evident plan set ITEM [DIR] [--status STATUS]"))
        #expect(result.error.contains("\n       evident plan show ITEM [DIR]"))
    }

    @Test func reviewWithoutLogsShowsReviewUsage() async {
        let result = await run(["review"])

        #expect(result.status == 2)
        #expect(result.error.contains("no log files given"))
        #expect(result.error.contains("\nUSAGE: evident review LOGS... [--workspace DIR] [options]"))
        #expect(!result.error.contains("evident COMMAND"))
    }

    @Test func riskUnknownOptionShowsRiskUsage() async {
        let result = await run(["risk", "--frobnicate"])

        #expect(result.status == 2)
        #expect(result.error.contains("unknown option '--frobnicate' for 'evident risk'"))
        #expect(result.error.contains("\nUSAGE: evident risk [WORKSPACE] [options]   (see 'evident help risk')"))
    }

    @Test func missingValueShowsCommandUsage() async {
        let result = await run(["diff", "--format"])

        #expect(result.status == 2)
        #expect(result.error.contains("option '--format' needs a value"))
        #expect(result.error.contains("\nUSAGE: evident diff [RUN_A] [RUN_B] [options]"))
    }

    @Test func unknownCommandShowsGeneralUsage() async {
        let result = await run(["asses", "--frobnicate"])

        #expect(result.status == 2)
        #expect(result.error.contains("\nUSAGE: evident COMMAND [options]   (see 'evident --help')"))
    }
}
