import EvidentReport
import Foundation

/// `evident orgs`: every organization in the database with its latest posture.
enum OrganizationsCommand: Command {
    static let spec = CommandSpec(
        name: "orgs",
        abstract: "List the organizations in the database with their latest posture and last run.",
        usage: "orgs [options]",
        discussion: """
            Lists every organization that has runs in the database, by organization id (from
            evident.yaml), with its name, number of runs, the time and as-of day of its latest run,
            and that run's checks and critical and high findings. Meant for an MSP database shared
            by many workspaces: point --database or EVIDENT_DATABASE_URL at it.
            """,
        options: [
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json"],
                help: "Output format. Default text."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else ./.evident/evident.db."
            ),
        ],
        maximumPositionals: 0
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let location = WorkspaceLocation(folderPath: nil, database: arguments.values["database"])
        let organizations = try location.openExistingStore().organizations()

        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(try OrganizationListing.renderJSON(organizations))
        default:
            console.writeOutput(OrganizationListing.renderText(organizations))
        }
        return .success
    }
}
