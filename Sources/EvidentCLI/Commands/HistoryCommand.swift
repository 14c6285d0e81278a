import EvidentCore
import EvidentReport
import Foundation

/// `evident history`: lists the stored runs of the workspace's organization.
enum HistoryCommand: Command {
    static let spec = CommandSpec(
        name: "history",
        abstract: "List stored assessment runs, newest first, with their posture.",
        usage: "history [DIR] [options]",
        discussion: """
            Lists the runs recorded by 'evident assess' for the organization of the workspace DIR
            (default: the current folder), newest first, with the checks passed, failed and lacking
            evidence, and the findings by severity. With --all, lists the runs of every organization
            in the database. With --by-category, shows instead how many applicable checks passed in
            each safeguard category, one column per run, oldest first (the newest --limit runs).
            """,
        options: [
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json"],
                help: "Output format. Default text."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else DIR/.evident/evident.db."
            ),
            .flag("all", help: "List the runs of every organization in the database."),
            .flag("by-category", help: "Show passed/applicable checks per safeguard category for each run."),
            .value(
                "limit", placeholder: "COUNT",
                help: "With --by-category, how many of the newest runs to show. Default 8."),
        ],
        maximumPositionals: 1
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let location = WorkspaceLocation(arguments)
        if arguments.has("by-category") {
            return try runByCategory(arguments, location: location, console: console)
        }
        let organizationID = arguments.has("all") ? nil : try location.organizationID()

        let store = try location.openExistingStore()
        let runs = try store.runs(organizationID: organizationID)

        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(try HistoryListing.renderJSON(runs))
        default:
            console.writeOutput(HistoryListing.renderText(runs))
        }
        return .success
    }

    // MARK: - Private

    private static func runByCategory(_ arguments: ParsedArguments, location: WorkspaceLocation, console: Console)
        throws -> ExitStatus
    {
        guard !arguments.has("all") else {
            throw UsageError.invalidArgument("--by-category shows one organization; leave out --all.")
        }
        let limitText = arguments.values["limit"] ?? "8"
        guard let limit = Int(limitText), limit > 0 else {
            throw UsageError.invalidArgument(
                "invalid value '\(limitText)' for '--limit'; expected a positive whole number.")
        }

        let history = try location.openExistingStore().postureHistory(
            organizationID: try location.organizationID(), limit: limit)

        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(try PostureTrendListing.renderJSON(history))
        default:
            console.writeOutput(PostureTrendListing.renderText(history))
        }
        return .success
    }
}
