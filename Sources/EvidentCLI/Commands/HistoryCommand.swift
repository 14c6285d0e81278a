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
            in the database.
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
        ],
        maximumPositionals: 1
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let location = WorkspaceLocation(arguments)
        let organizationID = arguments.has("all") ? nil : try location.organizationID()

        let store = try location.openStore()
        let runs = try store.runs(organizationID: organizationID)

        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(try HistoryListing.renderJSON(runs))
        default:
            console.writeOutput(HistoryListing.renderText(runs))
        }
        return .success
    }
}
